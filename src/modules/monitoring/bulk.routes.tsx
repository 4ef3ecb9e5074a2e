import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorId } from '../../auth/actor.ts';
import { problemsOf } from '../../commands/index.ts';
import { sendTable } from '../../tables/index.ts';
import { accessFirst, accessOf } from '../../uploads/access-first.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, textOf, today } from '../../web/form/index.ts';
import { idParam, parseParams, processParams } from '../../web/params.ts';
import { loadProcessSpace, type ProcessSpace } from '../processes/index.ts';
import { bulkApiRoutes } from './bulk.api.ts';
import { MAX_UPLOAD_BYTES, parseUpload } from './bulk.parse.ts';
import {
  applyRows,
  checkRows,
  findUpload,
  HANDLERS,
  isExpired,
  markConfirmed,
  storeUpload,
  uploadRows,
} from './bulk.service.ts';
import { actionTemplate, valueTemplate } from './bulk.templates.ts';
import { fileOf, parseBulkForm } from './bulk.upload.ts';
import { KIND_PATHS, PreviewPage, UploadPage } from './bulk.views.tsx';
import { BULK_KINDS, BULK_MODES, type BulkMode } from './monitoring.table.ts';

/**
 * Bulk entry: upload pages, previews and confirmation for indicator values and action updates,
 * template downloads, and the API's bulk endpoint. The upload form's parser applies in this scope
 * only (see bulk.upload.ts).
 */
export async function bulkRoutes(app: App, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    // Who may write to the process is checked before the body is read (decision 32): a missing
    // process, or one the caller may not change, answers 404 without a byte of the file read.
    scope.addHook(
      'preParsing',
      accessFirst((request) =>
        loadProcessSpace(deps.db.kysely, request.actor, processIdOf(request), 'edit', request.i18n),
      ),
    );
    scope.addContentTypeParser('multipart/form-data', (request: FastifyRequest, payload: Readable) =>
      parseBulkForm(request, payload),
    );
    pageRoutes(scope as unknown as App, deps);
    await bulkApiRoutes(scope as unknown as App, deps);
  });
}

const processIdOf = (request: FastifyRequest) => parseParams(processParams, request.params).id;

/** `/processes/:id/<kind path>/:uploadId`. */
const uploadParams = processParams.extend({ uploadId: idParam.describe('Upload id') });

function pageRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;
  const context = async (request: FastifyRequest) =>
    accessOf<ProcessSpace>(request) ??
    loadProcessSpace(db.kysely, request.actor, processIdOf(request), 'edit', request.i18n);
  const serviceContext = (ctx: ProcessSpace, request: FastifyRequest) => ({
    process: ctx.process,
    actorId: actorId(request.actor),
  });

  for (const kind of BULK_KINDS) {
    const { path, tab } = KIND_PATHS[kind];
    const route = `/processes/:id/${path}`;
    const uploadForm = (
      reply: FastifyReply,
      ctx: ProcessSpace,
      errors: Record<string, string> = {},
      mode: BulkMode = 'valid-only',
    ) =>
      reply.page(
        <UploadPage context={ctx} kind={kind} errors={errors} mode={mode} />,
        Object.keys(errors).length ? 422 : 200,
      );

    app.get(route, { config: { policy: 'signed-in' } }, async (request, reply) =>
      uploadForm(reply, await context(request)),
    );

    for (const format of ['csv', 'xlsx'] as const) {
      app.get(`${route}/template.${format}`, { config: { policy: 'signed-in' } }, async (request, reply) => {
        const ctx = await context(request);
        const sheets =
          kind === 'indicator-values'
            ? await valueTemplate(db, ctx.process.id, format, request.i18n)
            : await actionTemplate(db, ctx.process.id);
        return sendTable(reply, { filename: `${kind}-template`, format, sheets });
      });
    }

    app.post(route, { config: { policy: 'signed-in' } }, async (request, reply) => {
      const ctx = await context(request);
      const body = asBody(request.body);
      const chosen = textOf(body, 'mode');
      const mode: BulkMode = (BULK_MODES as readonly string[]).includes(chosen)
        ? (chosen as BulkMode)
        : 'valid-only';
      const file = fileOf(body);
      const { t } = request.i18n;
      if (!file || file.data.length === 0 || !file.fileName)
        return uploadForm(reply, ctx, { file: t('bulk.file.choose') }, mode);
      if (file.tooLarge)
        return uploadForm(
          reply,
          ctx,
          { file: t('bulk.file.tooLarge', { size: MAX_UPLOAD_BYTES / 1024 / 1024 }) },
          mode,
        );
      const parsed = await parseUpload(file.fileName, file.data, HANDLERS[kind].columns);
      if (!parsed.ok)
        return uploadForm(reply, ctx, { file: t(parsed.problem.key, parsed.problem.values) }, mode);
      const id = await storeUpload(db, {
        processId: ctx.process.id,
        kind,
        mode,
        fileName: file.fileName,
        rows: parsed.rows,
        actorId: actorId(request.actor)!,
      });
      return reply.seeOther(`/processes/${ctx.process.id}/${path}/${id}`);
    });

    async function upload(request: FastifyRequest, ctx: ProcessSpace) {
      const { uploadId } = parseParams(uploadParams, request.params);
      const found = await findUpload(db.kysely, ctx.process.id, kind, uploadId, actorId(request.actor) ?? '');
      if (!found) throw notFound();
      return found;
    }

    app.get(`${route}/:uploadId`, { config: { policy: 'signed-in' } }, async (request, reply) => {
      const ctx = await context(request);
      const found = await upload(request, ctx);
      const base = `/processes/${ctx.process.id}/${path}`;
      if (found.confirmed_at)
        return reply.seeOther(`/processes/${ctx.process.id}/${tab}`, { kind: 'info', key: 'bulk.already' });
      if (isExpired(found)) return reply.seeOther(base, { kind: 'warning', key: 'bulk.expired' });
      const report = await checkRows(
        db.kysely,
        serviceContext(ctx, request),
        kind,
        uploadRows(found),
        today(),
      );
      return reply.page(
        <PreviewPage
          context={ctx}
          kind={kind}
          uploadId={found.id}
          fileName={found.file_name}
          mode={found.mode}
          report={report}
        />,
      );
    });

    app.post(`${route}/:uploadId`, { config: { policy: 'signed-in' } }, async (request, reply) => {
      const ctx = await context(request);
      const found = await upload(request, ctx);
      const base = `/processes/${ctx.process.id}/${path}`;
      if (found.confirmed_at)
        return reply.seeOther(`/processes/${ctx.process.id}/${tab}`, { kind: 'info', key: 'bulk.already' });
      if (isExpired(found)) return reply.seeOther(base, { kind: 'warning', key: 'bulk.expired' });
      const { result, report } = await applyRows(
        db,
        serviceContext(ctx, request),
        kind,
        found.mode,
        uploadRows(found),
        today(),
        { entityId: found.id, fileName: found.file_name },
        (trx) => markConfirmed(trx, found.id),
      );
      if (result.ok)
        return reply.seeOther(`/processes/${ctx.process.id}/${tab}`, {
          kind: 'success',
          key: `bulk.${kind}.saved`,
          values: { count: result.value.saved, skipped: report?.invalid ?? 0 },
        });
      if (!report) return reply.seeOther(`${base}/${found.id}`, { kind: 'warning', key: 'bulk.conflict' });
      // Why nothing was saved (every row has a problem, or one does and the mode is all or nothing).
      const why = problemsOf(result)._form;
      return reply.page(
        <PreviewPage
          context={ctx}
          kind={kind}
          uploadId={found.id}
          fileName={found.file_name}
          mode={found.mode}
          report={report}
          notice={why ? request.i18n.t(why.key, why.values) : undefined}
        />,
        failureStatus(result),
      );
    });
  }
}
