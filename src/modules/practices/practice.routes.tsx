import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import { type Failure, problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, submitForm, translateProblems, versionOf } from '../../web/form/index.ts';
import { idParams } from '../../web/params.ts';
import { draftFromPractice, emptyPracticeDraft, readPracticeDraft } from './practice.draft.ts';
import { PRACTICE_FIELDS, PracticeFormPage } from './practice.form.tsx';
import { getPractice, loadPracticePage, practiceFormChoices } from './practice.loader.ts';
import { canCreatePractice } from './practice.policy.ts';
import { presentPracticeSummary } from './practice.presenter.ts';
import { practicesBy } from './practice.repository.ts';
import {
  PRACTICE_FORM_FALLBACK,
  type PracticeDraft,
  type PracticeInput,
  practiceForm,
} from './practice.schema.ts';
import { createPractice, deletePractice, practiceProblems, updatePractice } from './practice.service.ts';
import { MinePage } from './practice.views.tsx';
import { PracticePage } from './practice-page.views.tsx';
import { reviewsBy } from './review.repository.ts';

const newQuery = z.object({
  call: z.string().max(40).optional(),
  replicates: z.string().max(40).optional(),
});

/** Writing up, reading, editing and deleting practices, and the author's own list. */
export function practiceRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;

  function submit(
    draft: PracticeDraft,
    practiceId: string | null,
    run: (input: PracticeInput) => ReturnType<typeof createPractice>,
  ) {
    return submitForm(practiceForm, draft, {
      fallback: PRACTICE_FORM_FALLBACK,
      problems: { fallback: 'practice.error.invalid', groups: ['tags'] },
      run,
      check: (rest) => practiceProblems(db, rest, practiceId),
    });
  }

  async function formAgain(
    request: FastifyRequest,
    options: { draft: PracticeDraft; failure: Failure; practiceId?: string; version?: number },
  ) {
    const { failure, practiceId } = options;
    return (
      <PracticeFormPage
        mode={practiceId ? 'update' : 'create'}
        action={practiceId ? `/practices/${practiceId}/edit` : '/practices'}
        draft={options.draft}
        errors={translateProblems(problemsOf(failure), request.i18n, { order: PRACTICE_FIELDS })}
        version={(failure.kind === 'conflict' ? failure.currentVersion : undefined) ?? options.version}
        conflict={failure.kind === 'conflict'}
        recordId={practiceId}
        choices={await practiceFormChoices(db, request.i18n)}
      />
    );
  }

  app.get('/practices/mine', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const userId = actorId(request.actor)!;
    const [mine, reviews] = await Promise.all([practicesBy(db.kysely, userId), reviewsBy(db.kysely, userId)]);
    return reply.page(
      <MinePage practices={mine.map((r) => presentPracticeSummary(r, request.i18n))} reviews={reviews} />,
    );
  });

  app.get(
    '/practices/new',
    { config: { policy: 'signed-in' }, schema: { querystring: newQuery } },
    async (request, reply) => {
      if (!canCreatePractice(request.actor)) throw notFound();
      const { call, replicates } = request.query;
      return reply.page(
        <PracticeFormPage
          mode="create"
          action="/practices"
          draft={emptyPracticeDraft(request.i18n.locale, call ?? '', replicates ?? '')}
          errors={{}}
          choices={await practiceFormChoices(db, request.i18n)}
        />,
      );
    },
  );

  app.post('/practices', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const draft = readPracticeDraft(request.body);
    const result = await submit(draft, null, (input) => createPractice(db, request.actor, input));
    if (result.ok)
      return reply.seeOther(`/practices/${result.value.id}`, {
        kind: 'success',
        key: 'practice.flash.created',
      });
    if (result.kind === 'not-found') throw notFound();
    return reply.page(await formAgain(request, { draft, failure: result }), failureStatus(result));
  });

  app.get(
    '/practices/:id',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const data = await loadPracticePage(db, request.params.id, request.actor, request.i18n);
      if (!data) throw notFound();
      return reply.page(<PracticePage data={data} />);
    },
  );

  app.get(
    '/practices/:id/edit',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const practice = await getPractice(db, id, request.actor, request.i18n);
      if (!practice?.actions.edit) throw notFound();
      return reply.page(
        <PracticeFormPage
          mode="update"
          action={`/practices/${id}/edit`}
          draft={draftFromPractice(practice)}
          errors={{}}
          version={practice.version}
          recordId={id}
          choices={await practiceFormChoices(db, request.i18n)}
        />,
      );
    },
  );

  app.post(
    '/practices/:id/edit',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const practice = await getPractice(db, id, request.actor, request.i18n);
      if (!practice?.actions.edit) throw notFound();
      const version = versionOf(asBody(request.body));
      const draft = readPracticeDraft(request.body);
      const result = await submit(draft, id, (input) =>
        updatePractice(db, request.actor, id, version ?? -1, input),
      );
      if (result.ok)
        return reply.seeOther(`/practices/${id}`, { kind: 'success', key: 'practice.flash.updated' });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(
        await formAgain(request, {
          draft,
          failure: result,
          practiceId: id,
          version: version ?? practice.version,
        }),
        failureStatus(result),
      );
    },
  );

  app.post(
    '/practices/:id/delete',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const result = await deletePractice(db, request.actor, request.params.id);
      if (!result.ok) throw notFound();
      return reply.seeOther('/practices/mine', { kind: 'success', key: 'practice.flash.deleted' });
    },
  );
}
