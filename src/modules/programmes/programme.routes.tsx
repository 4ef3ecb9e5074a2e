import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Failure, problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, submitForm, translateProblems, versionOf } from '../../web/form/index.ts';
import { pageNumber, pastLastPage } from '../../web/paging.ts';
import { idParams } from '../../web/params.ts';
import { countryChoices } from './country-choices.ts';
import { type Access, accessFor } from './organisation-access.ts';
import { programmeApiRoutes } from './programme.api.ts';
import { draftFromProgramme, EMPTY_PROGRAMME_DRAFT, readProgrammeDraft } from './programme.draft.ts';
import { PROGRAMME_FIELDS, ProgrammeFormPage } from './programme.form.tsx';
import { getProgramme } from './programme.loader.ts';
import { canCreateProgramme, canUpdateProgramme } from './programme.policy.ts';
import { leadOrganisationIds, presentProgrammeSummary } from './programme.presenter.ts';
import { countProgrammes, listProgrammes, loadParts } from './programme.repository.ts';
import {
  PROGRAMME_FORM_FALLBACK,
  type ProgrammeDraft,
  type ProgrammeInput,
  programmeForm,
  toProgrammeInput,
} from './programme.schema.ts';
import { createProgramme, programmeProblems, updateProgramme } from './programme.service.ts';
import { PAGE_SIZE, ProgrammeListPage, ProgrammePage } from './programme.views.tsx';

const pageQuery = z.object({ page: pageNumber });

export function programmeRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;

  /** Runs a programme command on the form as typed; the fields that pass are checked even when others fail. */
  function submit(
    access: Access,
    draft: ProgrammeDraft,
    run: (input: ProgrammeInput) => ReturnType<typeof createProgramme>,
  ) {
    return submitForm(programmeForm, draft, {
      fallback: PROGRAMME_FORM_FALLBACK,
      problems: { fallback: 'programme.error.invalid', groups: ['countries'] },
      run: (parsed) => run(toProgrammeInput(parsed)),
      check: (rest) => programmeProblems(db, access, toProgrammeInput(rest)),
    });
  }

  /** Renders the form again with the user's text and what went wrong. */
  async function formAgain(
    request: FastifyRequest,
    options: { draft: ProgrammeDraft; failure: Failure; programmeId?: string; version?: number },
  ) {
    const { failure, programmeId } = options;
    return (
      <ProgrammeFormPage
        mode={programmeId ? 'update' : 'create'}
        action={programmeId ? `/programmes/${programmeId}/edit` : '/programmes'}
        draft={options.draft}
        errors={translateProblems(problemsOf(failure), request.i18n, { order: PROGRAMME_FIELDS })}
        version={(failure.kind === 'conflict' ? failure.currentVersion : undefined) ?? options.version}
        conflict={failure.kind === 'conflict'}
        recordId={programmeId}
        countries={await countryChoices(db, request.i18n)}
      />
    );
  }

  app.get('/programmes', { config: { policy: 'public' } }, async (request, reply) => {
    const { page } = pageQuery.parse(request.query ?? {});
    const [rows, total, access] = await Promise.all([
      listProgrammes(db.kysely, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
      countProgrammes(db.kysely),
      accessFor(db.kysely, request.actor),
    ]);
    const past = pastLastPage(request.url, page, total, PAGE_SIZE);
    if (past) return reply.seeOther(past);
    const parts = await loadParts(
      db.kysely,
      rows.map((r) => r.id),
      { full: false },
    );
    const programmes = rows.map((r) => presentProgrammeSummary(r, parts, request.i18n));
    return reply.page(
      <ProgrammeListPage
        programmes={programmes}
        total={total}
        page={page}
        canCreate={canCreateProgramme(access)}
      />,
    );
  });

  app.get('/programmes/new', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const access = await accessFor(db.kysely, request.actor);
    if (!canCreateProgramme(access)) throw notFound();
    return reply.page(
      <ProgrammeFormPage
        mode="create"
        action="/programmes"
        draft={EMPTY_PROGRAMME_DRAFT}
        errors={{}}
        countries={await countryChoices(db, request.i18n)}
      />,
    );
  });

  app.post('/programmes', { config: { policy: 'signed-in' } }, async (request, reply) => {
    const access = await accessFor(db.kysely, request.actor);
    if (!canCreateProgramme(access)) throw notFound();
    const draft = readProgrammeDraft(request.body);
    const result = await submit(access, draft, (input) => createProgramme(db, access, input));
    if (result.ok)
      return reply.seeOther(`/programmes/${result.value.id}`, {
        kind: 'success',
        key: 'programme.flash.created',
      });
    if (result.kind === 'not-found') throw notFound();
    return reply.page(await formAgain(request, { draft, failure: result }), failureStatus(result));
  });

  app.get(
    '/programmes/:id',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const access = await accessFor(db.kysely, request.actor);
      const programme = await getProgramme(db, id, request.i18n, access);
      if (!programme) throw notFound();
      return reply.page(<ProgrammePage programme={programme} />);
    },
  );

  app.get(
    '/programmes/:id/edit',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const access = await accessFor(db.kysely, request.actor);
      const programme = await getProgramme(db, id, request.i18n, access);
      if (!programme?.actions.update) throw notFound();
      return reply.page(
        <ProgrammeFormPage
          mode="update"
          action={`/programmes/${id}/edit`}
          draft={draftFromProgramme(programme)}
          errors={{}}
          version={programme.version}
          recordId={id}
          countries={await countryChoices(db, request.i18n)}
        />,
      );
    },
  );

  app.post(
    '/programmes/:id/edit',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const access = await accessFor(db.kysely, request.actor);
      const programme = await getProgramme(db, id, request.i18n, access);
      if (!programme || !canUpdateProgramme(access, leadOrganisationIds(programme))) throw notFound();
      const version = versionOf(asBody(request.body));
      const draft = readProgrammeDraft(request.body);
      const result = await submit(access, draft, (input) =>
        updateProgramme(db, access, id, version ?? -1, input),
      );
      if (result.ok)
        return reply.seeOther(`/programmes/${id}`, { kind: 'success', key: 'programme.flash.updated' });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(
        await formAgain(request, {
          draft,
          failure: result,
          programmeId: id,
          version: version ?? programme.version,
        }),
        failureStatus(result),
      );
    },
  );

  programmeApiRoutes(app, deps);
}
