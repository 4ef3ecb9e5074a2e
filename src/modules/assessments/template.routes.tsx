import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorId, hasRole } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { formFields } from '../../web/forms.ts';
import { idParams } from '../../web/params.ts';
import { documentOf, exportDocument } from './template.document.ts';
import {
  documentFromDraft,
  draftFromDocument,
  fieldOfPath,
  isTextLanguage,
  readDraft,
} from './template.form.ts';
import { TemplateEditPage } from './template.form.tsx';
import { presentTemplate, presentTemplateSummary } from './template.presenter.ts';
import {
  findTemplate,
  findVersion,
  listTemplates,
  listVersions,
  roundsPerVersion,
} from './template.repository.ts';
import { checkTemplateDocument, parseTemplateJson } from './template.schema.ts';
import { editTemplate, importTemplate } from './template.service.ts';
import { TemplateImportPage, TemplateListPage, TemplatePage } from './template.views.tsx';

const versionQuery = z.object({ version: z.coerce.number().int().positive().max(1_000_000).optional() });

/** A template and one of its versions (the current one unless asked), or 404. */
export async function loadTemplateVersion(db: Db, id: string, query: unknown) {
  const parsed = versionQuery.safeParse(query ?? {});
  if (!parsed.success) throw notFound();
  const template = await findTemplate(db.kysely, id);
  if (!template) throw notFound();
  const version = await findVersion(db.kysely, id, parsed.data.version ?? template.current_version);
  if (!version) throw notFound();
  return { template, version, doc: await documentOf(db.kysely, template, version) };
}

/** Admin pages and the public list, view and export of checklist templates. */
export function templateRoutes(app: App, { db }: AppDeps): void {
  app.get('/checklists', { config: { policy: 'public' } }, async (request, reply) => {
    const rows = await listTemplates(db.kysely);
    return reply.page(
      <TemplateListPage
        templates={rows.map((r) => presentTemplateSummary(r, request.i18n))}
        isAdmin={hasRole(request.actor, 'admin')}
      />,
    );
  });

  app.get('/checklists/import', { config: { policy: 'admin' } }, async (_request, reply) =>
    reply.page(<TemplateImportPage json="" problems={[]} />),
  );

  app.post('/checklists/import', { config: { policy: 'admin' } }, async (request, reply) => {
    const json = formFields(request.body).json ?? '';
    const parsed = parseTemplateJson(json, request.i18n);
    const result = parsed.ok
      ? await importTemplate(db, parsed.value, actorId(request.actor), request.i18n)
      : parsed;
    if (result.ok)
      return reply.seeOther(`/checklists/${result.value.id}`, {
        kind: 'success',
        key: result.value.unchanged
          ? 'checklist.flash.unchanged'
          : result.value.created
            ? 'checklist.flash.imported'
            : 'checklist.flash.newVersion',
        values: { version: result.value.version },
      });
    const problems =
      'errors' in result
        ? result.errors
        : [{ path: 'key', message: request.i18n.t('checklist.edit.conflict') }];
    return reply.page(<TemplateImportPage json={json} problems={problems} />, 422);
  });

  app.get(
    '/checklists/:id',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const { template, version, doc } = await loadTemplateVersion(db, id, request.query);
      const [versions, rounds] = await Promise.all([
        listVersions(db.kysely, id),
        roundsPerVersion(db.kysely, id),
      ]);
      return reply.page(
        <TemplatePage
          template={presentTemplate(template, version.version, doc, request.i18n)}
          versions={versions.map((v) => ({
            version: v.version,
            note: v.note,
            createdAt: v.created_at,
            createdByName: v.created_by_name,
            rounds: rounds.get(v.id) ?? 0,
          }))}
          isAdmin={hasRole(request.actor, 'admin')}
        />,
      );
    },
  );

  app.get(
    '/checklists/:id/export.json',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const { template, version, doc } = await loadTemplateVersion(db, id, request.query);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="${template.slug}-v${version.version}.json"`)
        .send(`${JSON.stringify(exportDocument(doc, version.version), null, 2)}\n`);
    },
  );

  async function editPage(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    state: {
      lang: string;
      draft?: ReturnType<typeof readDraft>;
      errors?: Record<string, string>;
      conflict?: boolean;
      /** The version the user started from; the current one when absent (or after a conflict). */
      version?: number;
    },
    status = 200,
  ) {
    const { template, version, doc } = await loadTemplateVersion(db, id, {});
    const lang = isTextLanguage(state.lang) ? state.lang : 'en';
    return reply.page(
      <TemplateEditPage
        templateId={id}
        title={presentTemplate(template, version.version, doc, request.i18n).title.text}
        governance={template.kind === 'governance'}
        version={state.conflict ? template.current_version : (state.version ?? template.current_version)}
        draft={state.draft ?? draftFromDocument(doc, lang)}
        errors={state.errors ?? {}}
        conflict={state.conflict ?? false}
      />,
      status,
    );
  }

  app.get(
    '/checklists/:id/edit',
    { config: { policy: 'admin' }, schema: { params: idParams } },
    async (request, reply) => {
      const lang = String((request.query as Record<string, unknown>).lang ?? 'en');
      return editPage(request, reply, request.params.id, { lang });
    },
  );

  app.post(
    '/checklists/:id/edit',
    { config: { policy: 'admin' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const fields = formFields(request.body);
      const lang = isTextLanguage(fields.lang) ? fields.lang : 'en';
      const expected = Number.parseInt(fields.version ?? '', 10);
      const base = await loadTemplateVersion(db, id, {});
      const draft = readDraft(request.body, base.doc, lang);
      const version = Number.isSafeInteger(expected) ? expected : -1;
      const { input, rowOf } = documentFromDraft(draft, base.doc);
      const checked = checkTemplateDocument(input, request.i18n);
      if (!checked.ok)
        return editPage(
          request,
          reply,
          id,
          { lang, draft, version, errors: formErrors(checked.errors, rowOf, request.i18n) },
          422,
        );
      const result = await editTemplate(db, id, version, checked.value, actorId(request.actor), request.i18n);
      if (result.ok)
        return reply.seeOther(`/checklists/${id}`, {
          kind: 'success',
          key: result.value.unchanged ? 'checklist.flash.unchanged' : 'checklist.flash.newVersion',
          values: { version: result.value.version },
        });
      if (result.kind === 'not-found') throw notFound();
      if (result.kind === 'conflict')
        return editPage(request, reply, id, { lang, draft, conflict: true }, 409);
      return editPage(
        request,
        reply,
        id,
        { lang, draft, version, errors: formErrors(result.errors, rowOf, request.i18n) },
        422,
      );
    },
  );
}

/** Document problems as form errors: one per field, prefixed with the question's number. */
function formErrors(
  problems: { path: string; message: string }[],
  rowOf: number[],
  i18n: Translator,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const field = fieldOfPath(problem.path, rowOf);
    if (errors[field]) continue;
    const row = /^items\.(\d+)\./.exec(field);
    errors[field] = row
      ? i18n.t('checklist.edit.rowProblem', { number: Number(row[1]) + 1, message: problem.message })
      : problem.message;
  }
  return errors;
}
