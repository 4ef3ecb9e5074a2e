import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Failure, problemsOf, type Result } from '../../commands/index.ts';
import { listDocuments } from '../../documents/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, submitForm, translateProblems, versionOf } from '../../web/form/index.ts';
import { idParams, parseParams } from '../../web/params.ts';
import { guidanceApiRoutes } from './guidance.api.ts';
import { GUIDANCE_FIELDS, GuidanceFormPage } from './guidance.form.tsx';
import { getGuidance, guidancePage, guidanceTerms, translationChoices } from './guidance.loader.ts';
import { presentGuidanceSummary } from './guidance.presenter.ts';
import { guidanceVersion } from './guidance.repository.ts';
import {
  EMPTY_GUIDANCE_DRAFT,
  GUIDANCE_FALLBACK,
  type GuidanceDraft,
  type GuidanceInput,
  guidanceCursor,
  guidanceForm,
  guidancePageQuery,
  readGuidanceDraft,
  versionParams,
} from './guidance.schema.ts';
import { createGuidance, GUIDANCE, guidanceProblems, updateGuidance } from './guidance.service.ts';
import { GuidanceListPage, GuidancePage, GuidanceVersionPage } from './guidance.views.tsx';
import { canEditGuidance } from './learning.policy.ts';

export const GUIDANCE_PAGE_SIZE = 50;

export function guidanceRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;

  function submit(
    draft: GuidanceDraft,
    id: string | null,
    run: (input: GuidanceInput) => Promise<Result<{ id: string }>>,
  ) {
    return submitForm(guidanceForm, draft, {
      fallback: GUIDANCE_FALLBACK,
      problems: { fallback: 'guidance.error.invalid' },
      run,
      check: (rest) => guidanceProblems(db, rest, id),
    });
  }

  async function formAgain(
    request: FastifyRequest,
    options: { draft: GuidanceDraft; failure: Failure; id?: string; version?: number },
  ) {
    const { failure, id } = options;
    const [terms, translations] = await Promise.all([guidanceTerms(db), translationChoices(db)]);
    return (
      <GuidanceFormPage
        mode={id ? 'update' : 'create'}
        action={id ? `/guidance/${id}/edit` : '/guidance'}
        draft={options.draft}
        errors={translateProblems(problemsOf(failure), request.i18n, { order: GUIDANCE_FIELDS })}
        version={(failure.kind === 'conflict' ? failure.currentVersion : undefined) ?? options.version}
        conflict={failure.kind === 'conflict'}
        recordId={id}
        terms={terms}
        translations={translations}
      />
    );
  }

  app.get('/guidance', { config: { policy: 'public' } }, async (request, reply) => {
    const query = guidancePageQuery.parse(request.query ?? {});
    const after = guidanceCursor.read(query.after);
    const rows = await guidancePage(db, { ...query, after, limit: GUIDANCE_PAGE_SIZE + 1 });
    const page = rows.slice(0, GUIDANCE_PAGE_SIZE);
    const last = page.at(-1);
    let nextHref: string | null = null;
    if (rows.length > GUIDANCE_PAGE_SIZE && last) {
      const params = new URLSearchParams();
      for (const key of ['kind', 'locale', 'term'] as const) if (query[key]) params.set(key, query[key]);
      params.set('after', guidanceCursor.encode([last.title, last.id]));
      nextHref = `/guidance?${params}`;
    }
    return reply.page(
      <GuidanceListPage
        documents={page.map(presentGuidanceSummary)}
        filter={query}
        terms={await guidanceTerms(db)}
        nextHref={nextHref}
        canCreate={canEditGuidance(request.actor)}
      />,
    );
  });

  app.get('/guidance/new', { config: { policy: 'moderator' } }, async (request, reply) => {
    const from = z
      .object({ translationOf: z.string().max(64).optional().catch(undefined) })
      .parse(request.query ?? {});
    const [terms, translations] = await Promise.all([guidanceTerms(db), translationChoices(db)]);
    return reply.page(
      <GuidanceFormPage
        mode="create"
        action="/guidance"
        draft={{ ...EMPTY_GUIDANCE_DRAFT, translationOf: from.translationOf ?? '' }}
        errors={{}}
        terms={terms}
        translations={translations}
      />,
    );
  });

  app.post('/guidance', { config: { policy: 'moderator' } }, async (request, reply) => {
    const draft = readGuidanceDraft(request.body);
    const result = await submit(draft, null, (input) => createGuidance(db, request.actor, input));
    if (result.ok)
      return reply.seeOther(`/guidance/${result.value.id}`, {
        kind: 'success',
        key: 'guidance.flash.created',
      });
    if (result.kind === 'not-found') throw notFound();
    return reply.page(await formAgain(request, { draft, failure: result }), failureStatus(result));
  });

  app.get(
    '/guidance/:id',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const guidance = await getGuidance(db, id, request.actor, request.i18n);
      if (!guidance) throw notFound();
      const documents = await listDocuments(db.kysely, GUIDANCE, id);
      return reply.page(<GuidancePage guidance={guidance} documents={documents} />);
    },
  );

  app.get('/guidance/:id/versions/:number', { config: { policy: 'public' } }, async (request, reply) => {
    const { id, number } = parseParams(versionParams, request.params);
    const [guidance, version] = await Promise.all([
      getGuidance(db, id, request.actor, request.i18n),
      guidanceVersion(db.kysely, id, number),
    ]);
    if (!guidance || !version) throw notFound();
    return reply.page(
      <GuidanceVersionPage
        guidance={guidance}
        version={{
          number: version.number,
          title: version.title,
          summary: version.summary,
          body: version.body,
          changeNote: version.change_note,
          editedAt: version.edited_at,
          editor: version.editor_name,
        }}
      />,
    );
  });

  app.get(
    '/guidance/:id/edit',
    { config: { policy: 'moderator' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const guidance = await getGuidance(db, id, request.actor, request.i18n);
      if (!guidance?.actions.edit) throw notFound();
      const [terms, translations] = await Promise.all([guidanceTerms(db), translationChoices(db)]);
      return reply.page(
        <GuidanceFormPage
          mode="update"
          action={`/guidance/${id}/edit`}
          draft={{
            kind: guidance.kind,
            locale: guidance.locale,
            title: guidance.title,
            summary: guidance.summary,
            body: guidance.body,
            checklistTemplateId: guidance.checklistTemplateId ?? '',
            translationOf: '',
            changeNote: '',
            tags: guidance.terms.map((term) => term.id),
          }}
          errors={{}}
          version={guidance.version}
          recordId={id}
          terms={terms}
          translations={translations}
        />,
      );
    },
  );

  app.post(
    '/guidance/:id/edit',
    { config: { policy: 'moderator' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const guidance = await getGuidance(db, id, request.actor, request.i18n);
      if (!guidance?.actions.edit) throw notFound();
      const version = versionOf(asBody(request.body));
      const draft = readGuidanceDraft(request.body);
      const result = await submit(draft, id, (input) =>
        updateGuidance(db, request.actor, id, version ?? -1, input),
      );
      if (result.ok)
        return reply.seeOther(`/guidance/${id}`, { kind: 'success', key: 'guidance.flash.updated' });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(
        await formAgain(request, { draft, failure: result, id, version: version ?? guidance.version }),
        failureStatus(result),
      );
    },
  );

  guidanceApiRoutes(app, deps);
}
