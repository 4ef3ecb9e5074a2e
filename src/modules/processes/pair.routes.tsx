import type { FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { formFields } from '../../web/forms.ts';
import { findPair, listPairs } from './pair.repository.ts';
import { proposePair, removePair, respondToPair } from './pair.service.ts';
import { PairsPage, type PairView, ProposePairPage } from './pair.views.tsx';
import { processRoleOf } from './process.access.ts';
import { actorIdOf, commandErrors, inputErrors, kept } from './process.forms.ts';
import { can } from './process.policy.ts';
import type { Process } from './process.presenter.ts';
import { findProcessRow, pairCandidates, visibleAmong } from './process.repository.ts';
import { presentRows } from './process.routes.tsx';
import { itemParams, pairForm } from './process.schema.ts';
import { ConfirmPage } from './stage.views.tsx';
import { loadWorkspace } from './workspace.ts';

/** Paired processes (reciprocity): propose, answer, withdraw or end a pairing. */
export function pairRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const signedIn = { config: { policy: 'signed-in' as const } };
  const base = (process: Process) => `/processes/${process.id}/pairs`;

  app.get('/processes/:id/pairs', { config: { policy: 'public' } }, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'view');
    const canManage = can(request.actor, 'manage', process, process.role);
    const rows = await listPairs(kysely, process.id);
    const otherIds = rows.map((r) => (r.process_id === process.id ? r.partner_id : r.process_id));
    const visible = await presentRows(
      kysely,
      await visibleAmong(kysely, request.actor, otherIds),
      request.i18n,
    );
    const byId = new Map(visible.map((p) => [p.id, p]));
    const pairs: PairView[] = rows
      // Readers who do not manage the process see accepted pairings only.
      .filter((r) => canManage || r.status === 'accepted')
      .map((r) => {
        const outgoing = r.process_id === process.id;
        return {
          id: r.id,
          status: r.status,
          outgoing,
          note: r.note,
          other: byId.get(outgoing ? r.partner_id : r.process_id) ?? null,
        };
      });
    return reply.page(<PairsPage process={process} pairs={pairs} canManage={canManage} />);
  });

  async function candidates(request: FastifyRequest, process: Process) {
    const rows = await pairCandidates(kysely, request.actor, {
      id: process.id,
      countryAlpha3: process.country.alpha3,
    });
    return presentRows(kysely, rows, request.i18n);
  }

  app.get('/processes/:id/pairs/new', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    return reply.page(
      <ProposePairPage
        process={process}
        candidates={await candidates(request, process)}
        values={{}}
        errors={{}}
      />,
    );
  });

  app.post('/processes/:id/pairs', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const fields = formFields(request.body);
    const labels = {
      partnerId: request.i18n.t('process.pair.field.partner'),
      note: request.i18n.t('process.pair.field.note'),
    };
    const show = async (errors: Record<string, string>) =>
      reply.page(
        <ProposePairPage
          process={process}
          candidates={await candidates(request, process)}
          values={kept(fields)}
          errors={errors}
        />,
        400,
      );
    const parsed = pairForm.safeParse(fields);
    if (!parsed.success) return show(inputErrors(parsed.error, request.i18n, labels));
    // A process the actor may not see cannot be proposed to (and is not named as existing).
    const partner = await findProcessRow(kysely, parsed.data.partnerId);
    const partnerRole = partner ? await processRoleOf(kysely, request.actor, partner.id) : null;
    if (!partner || !can(request.actor, 'view', partner, partnerRole))
      return show({ partnerId: request.i18n.t('process.pair.error.partner') });
    const result = await proposePair(kysely, actorIdOf(request), process.id, parsed.data);
    if (!result.ok) {
      if (result.code === 'not-found') throw notFound();
      return show(commandErrors(result.errors, request.i18n, labels));
    }
    return reply.seeOther(base(process), { kind: 'success', key: 'process.pair.proposed' });
  });

  async function loadPair(request: FastifyRequest) {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const params = itemParams.safeParse(request.params);
    if (!params.success) throw notFound();
    const pair = await findPair(kysely, process.id, params.data.itemId);
    if (!pair) throw notFound();
    return { process, pair };
  }

  for (const answer of ['accept', 'decline'] as const) {
    app.post(`/processes/:id/pairs/:itemId/${answer}`, signedIn, async (request, reply) => {
      const { process, pair } = await loadPair(request);
      // Only the process that was asked may answer.
      if (pair.partner_id !== process.id || pair.status !== 'proposed') throw notFound();
      const result = await respondToPair(
        kysely,
        actorIdOf(request),
        process.id,
        pair.id,
        answer === 'accept' ? 'accepted' : 'declined',
      );
      if (!result.ok) throw notFound();
      return reply.seeOther(base(process), { kind: 'success', key: `process.pair.${answer}ed` });
    });
  }

  app.get('/processes/:id/pairs/:itemId/remove', signedIn, async (request, reply) => {
    const { process, pair } = await loadPair(request);
    const { t } = request.i18n;
    const otherId = pair.process_id === process.id ? pair.partner_id : pair.process_id;
    const other = (await visibleAmong(kysely, request.actor, [otherId]))[0];
    const title = pair.status === 'accepted' ? t('process.pair.end') : t('process.pair.withdraw');
    return reply.page(
      <ConfirmPage
        process={process}
        title={title}
        question={t('process.pair.removeQuestion', { title: other?.title ?? t('process.pair.hidden') })}
        detail={pair.status === 'accepted' ? t('process.pair.removeDetail') : undefined}
        action={`${base(process)}/${pair.id}/remove`}
        submit={title}
        cancelHref={base(process)}
        active="pairs"
      />,
    );
  });

  app.post('/processes/:id/pairs/:itemId/remove', signedIn, async (request, reply) => {
    const { process, pair } = await loadPair(request);
    const result = await removePair(kysely, actorIdOf(request), process.id, pair.id);
    if (!result.ok) throw notFound();
    return reply.seeOther(base(process), { kind: 'success', key: 'process.pair.removed' });
  });
}
