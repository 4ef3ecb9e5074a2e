import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorId } from '../../auth/actor.ts';
import { problemsOf } from '../../commands/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { formFields } from '../../web/form/index.ts';
import { idParams } from '../../web/params.ts';
import { exportDocument } from './template.document.ts';
import {
  documentFromDraft,
  draftFromDocument,
  fieldOfPath,
  isTextLanguage,
  readDraft,
} from './template.form.ts';
import { TemplateEditPage } from './template.form.tsx';
import { guidanceFor, loadTemplateVersion, loadTemplateVersions } from './template.load.ts';
import { templateMay } from './template.policy.ts';
import { presentTemplate, presentTemplateSummary } from './template.presenter.ts';
import { listTemplates } from './template.repository.ts';
import { checkTemplateDocument, documentProblemsOf, parseTemplateJson } from './template.schema.ts';
import { editTemplate, importTemplate } from './template.service.ts';
import { TemplateImportPage, TemplateListPage, TemplatePage } from './template.views.tsx';

/** Admin pages and the public list, view and export of checklist templates. */
export function templateRoutes(app: App, { db, manifests }: AppDeps): void {
  app.get('/checklists', { config: { policy: 'public' } }, async (request, reply) => {
    const rows = await listTemplates(db.kysely);
    return reply.page(
      <TemplateListPage
        templates={rows.map((r) => presentTemplateSummary(r, request.i18n))}
        may={templateMay(request.actor)}
      />,
    );
  });

  app.get('/checklists/import', { config: { policy: 'admin' } }, async (_request, reply) =>
    reply.page(<TemplateImportPage json="" problems={[]} />),
  );

  app.post('/checklists/import', { config: { policy: 'admin' } }, async (request, reply) => {
    const json = formFields(request.body).json ?? '';
    const parsed = parseTemplateJson(json, request.i18n);
    if (!parsed.ok) return reply.page(<TemplateImportPage json={json} problems={parsed.errors} />, 422);
    const result = await importTemplate(db, parsed.value, actorId(request.actor));
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
    // Someone saved a version of this key meanwhile: the import is said to conflict, beside the key.
    const problems =
      result.kind === 'conflict'
        ? [{ path: 'key', message: request.i18n.t('checklist.edit.conflict') }]
        : documentProblemsOf(problemsOf(result), request.i18n);
    return reply.page(<TemplateImportPage json={json} problems={problems} />, failureStatus(result));
  });

  app.get(
    '/checklists/:id',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const { template, version, doc } = await loadTemplateVersion(db, id, request.query);
      return reply.page(
        <TemplatePage
          template={presentTemplate(template, version.version, doc, request.i18n)}
          versions={await loadTemplateVersions(db, id)}
          may={templateMay(request.actor)}
          guidance={await guidanceFor(db, manifests, id)}
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
      const result = await editTemplate(db, id, version, checked.value, actorId(request.actor));
      if (result.ok)
        return reply.seeOther(`/checklists/${id}`, {
          kind: 'success',
          key: result.value.unchanged ? 'checklist.flash.unchanged' : 'checklist.flash.newVersion',
          values: { version: result.value.version },
        });
      if (result.kind === 'not-found') throw notFound();
      if (result.kind === 'conflict')
        return editPage(request, reply, id, { lang, draft, conflict: true }, failureStatus(result));
      const errors = formErrors(documentProblemsOf(problemsOf(result), request.i18n), rowOf, request.i18n);
      return editPage(request, reply, id, { lang, draft, version, errors }, failureStatus(result));
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
