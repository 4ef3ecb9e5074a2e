import { actorId } from '../../auth/actor.ts';
import { invalid, problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import {
  type FieldErrors,
  fieldErrors,
  formFields,
  keptValues,
  translateProblems,
} from '../../web/form/index.ts';
import { loadPair, loadPairCandidates, loadPairs, mayViewProcess, otherTitle } from './pair.load.ts';
import { proposePair, removePair, respondToPair } from './pair.service.ts';
import { PairsPage, ProposePairPage } from './pair.views.tsx';
import type { Process } from './process.presenter.ts';
import { pairForm } from './process.schema.ts';
import { ConfirmPage } from './stage.views.tsx';
import { loadWorkspace } from './workspace.ts';

/** Paired processes (reciprocity): propose, answer, withdraw or end a pairing. */
export function pairRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const signedIn = { config: { policy: 'signed-in' as const } };
  const base = (process: Process) => `/processes/${process.id}/pairs`;

  app.get('/processes/:id/pairs', { config: { policy: 'public' } }, async (request, reply) => {
    const { process, may } = await loadWorkspace(kysely, request, 'view');
    const pairs = await loadPairs(kysely, request.actor, request.i18n, process, may.manage);
    return reply.page(<PairsPage process={process} pairs={pairs} canManage={may.manage} />);
  });

  app.get('/processes/:id/pairs/new', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const candidates = await loadPairCandidates(kysely, request.actor, request.i18n, process);
    return reply.page(<ProposePairPage process={process} candidates={candidates} values={{}} errors={{}} />);
  });

  app.post('/processes/:id/pairs', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const fields = formFields(request.body);
    const labels = {
      partnerId: request.i18n.t('process.pair.field.partner'),
      note: request.i18n.t('process.pair.field.note'),
    };
    const show = async (errors: FieldErrors, status: number) =>
      reply.page(
        <ProposePairPage
          process={process}
          candidates={await loadPairCandidates(kysely, request.actor, request.i18n, process)}
          values={keptValues(fields)}
          errors={errors}
        />,
        status,
      );
    const parsed = pairForm.safeParse(fields);
    if (!parsed.success) return show(fieldErrors(parsed.error, request.i18n, labels), 422);
    // A process the actor may not see cannot be proposed to (and is not named as existing).
    const result = (await mayViewProcess(kysely, request.actor, parsed.data.partnerId))
      ? await proposePair(kysely, actorId(request.actor), process.id, parsed.data)
      : invalid({ partnerId: 'process.pair.error.partner' });
    if (!result.ok) {
      if (result.kind === 'not-found') throw notFound();
      return show(translateProblems(problemsOf(result), request.i18n, { labels }), failureStatus(result));
    }
    return reply.seeOther(base(process), { kind: 'success', key: 'process.pair.proposed' });
  });

  for (const answer of ['accept', 'decline'] as const) {
    app.post(`/processes/:id/pairs/:itemId/${answer}`, signedIn, async (request, reply) => {
      const { process, pair } = await loadPair(kysely, request);
      // Only the process that was asked may answer.
      if (pair.partner_id !== process.id || pair.status !== 'proposed') throw notFound();
      const result = await respondToPair(
        kysely,
        actorId(request.actor),
        process.id,
        pair.id,
        answer === 'accept' ? 'accepted' : 'declined',
      );
      if (!result.ok) throw notFound(); // its one failure: the proposal was answered or withdrawn
      return reply.seeOther(base(process), { kind: 'success', key: `process.pair.${answer}ed` });
    });
  }

  app.get('/processes/:id/pairs/:itemId/remove', signedIn, async (request, reply) => {
    const { process, pair } = await loadPair(kysely, request);
    const { t } = request.i18n;
    const other = await otherTitle(kysely, request.actor, process, pair);
    const title = pair.status === 'accepted' ? t('process.pair.end') : t('process.pair.withdraw');
    return reply.page(
      <ConfirmPage
        process={process}
        title={title}
        question={t('process.pair.removeQuestion', { title: other ?? t('process.pair.hidden') })}
        detail={pair.status === 'accepted' ? t('process.pair.removeDetail') : undefined}
        action={`${base(process)}/${pair.id}/remove`}
        submit={title}
        cancelHref={base(process)}
        active="pairs"
      />,
    );
  });

  app.post('/processes/:id/pairs/:itemId/remove', signedIn, async (request, reply) => {
    const { process, pair } = await loadPair(kysely, request);
    const result = await removePair(kysely, actorId(request.actor), process.id, pair.id);
    if (!result.ok) throw notFound(); // its one failure: the pairing is gone
    return reply.seeOther(base(process), { kind: 'success', key: 'process.pair.removed' });
  });
}
