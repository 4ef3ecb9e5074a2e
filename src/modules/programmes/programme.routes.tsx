import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { cursorCodec } from '../../web/cursor.ts';
import { notFound } from '../../web/errors.ts';
import { pageNumber, pastLastPage } from '../../web/paging.ts';
import { idParams } from '../../web/params.ts';
import { listCountries, presentCountry, sortByName } from '../countries/index.ts';
import type { CountryChoice } from './country-checkboxes.tsx';
import {
  mergeProblems,
  parseFieldByField,
  problemsFromZod,
  type ServiceResult,
  translateProblems,
} from './form-support.ts';
import { type Access, accessFor } from './organisation-access.ts';
import { draftFromProgramme, EMPTY_PROGRAMME_DRAFT, readProgrammeDraft } from './programme.draft.ts';
import { PROGRAMME_FIELDS, ProgrammeFormPage } from './programme.form.tsx';
import { canCreateProgramme, canUpdateProgramme } from './programme.policy.ts';
import {
  leadOrganisationIds,
  type Programme,
  presentProgramme,
  presentProgrammeSummary,
} from './programme.presenter.ts';
import { countProgrammes, findProgramme, listProgrammes, loadParts } from './programme.repository.ts';
import {
  PROGRAMME_FORM_FALLBACK,
  type ProgrammeDraft,
  programmeForm,
  programmeListQuery,
  programmeOut,
  programmeParams,
  programmeSummaryOut,
  toProgrammeInput,
} from './programme.schema.ts';
import { createProgramme, programmeProblems, updateProgramme } from './programme.service.ts';
import { PAGE_SIZE, ProgrammeListPage, ProgrammePage } from './programme.views.tsx';

/** A programme with its lists, as the actor may see it; undefined when there is none. */
export async function getProgramme(
  db: Db,
  id: string,
  i18n: Translator,
  access: Access,
): Promise<Programme | undefined> {
  const row = await findProgramme(db.kysely, id);
  if (!row) return undefined;
  const parts = await loadParts(db.kysely, [id]);
  const leads = [
    row.lead_organisation_id,
    ...parts.participants.filter((p) => p.role === 'lead').map((p) => p.organisation_id),
  ];
  return presentProgramme(row, parts, i18n, { update: canUpdateProgramme(access, leads) });
}

async function countryChoices(db: Db, i18n: Translator): Promise<CountryChoice[]> {
  const rows = await listCountries(db.kysely);
  const named = sortByName(
    rows.map((r) => presentCountry(r, i18n)),
    i18n.locale,
  );
  return named.map((c) => ({ alpha3: c.alpha3, name: c.name, regionCode: c.region?.code ?? null }));
}

const pageQuery = z.object({ page: pageNumber });

/** `[title, id]` of a page's last programme. */
const programmeCursor = cursorCodec(
  z.tuple([z.string(), z.string()]).transform(([title, id]) => ({ title, id })),
);

export function programmeRoutes(app: App, { db }: AppDeps): void {
  /** When the form fails its schema, the service still checks the fields that passed. */
  async function everyProblem(access: Access, draft: ProgrammeDraft, error: z.ZodError) {
    const rest = parseFieldByField(programmeForm, { ...draft }, PROGRAMME_FORM_FALLBACK);
    const errors = mergeProblems(
      problemsFromZod(error, 'programme.error.invalid', ['countries']),
      await programmeProblems(db, access, toProgrammeInput(rest)),
    );
    return { ok: false, kind: 'invalid', errors } as const;
  }

  /** Renders the form again with the user's text and what went wrong. */
  async function formAgain(
    request: FastifyRequest,
    options: {
      mode: 'create' | 'update';
      draft: ProgrammeDraft;
      result: Exclude<ServiceResult<unknown>, { ok: true } | { kind: 'not-found' }>;
      programmeId?: string;
      version?: number;
    },
  ) {
    const { result } = options;
    const errors =
      result.kind === 'invalid' ? translateProblems(result.errors, request.i18n, PROGRAMME_FIELDS) : {};
    return (
      <ProgrammeFormPage
        mode={options.mode}
        action={options.mode === 'create' ? '/programmes' : `/programmes/${options.programmeId}/edit`}
        draft={options.draft}
        errors={errors}
        version={result.kind === 'conflict' ? result.currentVersion : options.version}
        conflict={result.kind === 'conflict'}
        programmeId={options.programmeId}
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
    const parsed = programmeForm.safeParse(draft);
    const result = parsed.success
      ? await createProgramme(db, access, toProgrammeInput(parsed.data))
      : await everyProblem(access, draft, parsed.error);
    if (result.ok)
      return reply.seeOther(`/programmes/${result.value.id}`, {
        kind: 'success',
        key: 'programme.flash.created',
      });
    if (result.kind === 'not-found') throw notFound();
    return reply.page(await formAgain(request, { mode: 'create', draft, result }), 422);
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
          programmeId={id}
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
      const body = (request.body ?? {}) as Record<string, unknown>;
      const version = Number.parseInt(String(body.version ?? ''), 10);
      const draft = readProgrammeDraft(body);
      const parsed = programmeForm.safeParse(draft);
      const result = parsed.success
        ? await updateProgramme(
            db,
            access,
            id,
            Number.isNaN(version) ? -1 : version,
            toProgrammeInput(parsed.data),
          )
        : await everyProblem(access, draft, parsed.error);
      if (result.ok)
        return reply.seeOther(`/programmes/${id}`, { kind: 'success', key: 'programme.flash.updated' });
      if (result.kind === 'not-found') throw notFound();
      const status = result.kind === 'conflict' ? 409 : 422;
      return reply.page(
        await formAgain(request, {
          mode: 'update',
          draft,
          result,
          programmeId: id,
          version: Number.isNaN(version) ? programme.version : version,
        }),
        status,
      );
    },
  );

  app.get(
    '/api/v1/programmes',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['programmes'],
        summary: 'List programmes by title',
        querystring: programmeListQuery,
        response: { 200: z.object({ data: z.array(programmeSummaryOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor, status, country } = request.query;
      const rows = await listProgrammes(db.kysely, {
        limit: limit + 1,
        status,
        country,
        after: cursor ? programmeCursor.decode(cursor) : undefined,
      });
      const page = rows.slice(0, limit);
      const parts = await loadParts(
        db.kysely,
        page.map((r) => r.id),
        { full: false },
      );
      const last = page.at(-1);
      return {
        data: page.map((r) => presentProgrammeSummary(r, parts, request.i18n)),
        next: rows.length > limit && last ? programmeCursor.encode([last.title, last.id]) : null,
      };
    },
  );

  app.get(
    '/api/v1/programmes/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['programmes'],
        summary: 'One programme with its organisations, countries, outputs and lessons',
        params: programmeParams,
        response: { 200: programmeOut },
      },
    },
    async (request) => {
      const access = await accessFor(db.kysely, request.actor);
      const programme = await getProgramme(db, request.params.id, request.i18n, access);
      if (!programme) throw notFound();
      return programme;
    },
  );
}
