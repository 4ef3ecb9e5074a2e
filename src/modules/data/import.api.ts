import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import { problemTypeUri } from '../../web/problem-types.ts';
import { describeFailure, presentRelease, presentReleaseRow } from './import.presenter.ts';
import { findRelease, listReleases } from './import.repository.ts';
import { importQuery, releaseParams, toImportOptions } from './import.schema.ts';
import { startImport } from './import.service.ts';
import { handOver, removeUpload, saveRawBody } from './import.upload.ts';
import { IMPORTERS } from './importers/index.ts';

const entryOut = z.object({
  file: z.string(),
  line: z.number().optional(),
  cell: z.string().optional(),
  reason: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});

const failureOut = z
  .object({
    code: z.string(),
    line: z.number().optional(),
    cell: z.string().optional(),
    values: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
  })
  .nullable();

const releaseOut = z.object({
  id: z.string(),
  dataset: z.object({ code: z.string(), title: z.string() }),
  label: z.string(),
  fileName: z.string(),
  kind: z.string(),
  status: z.enum(['running', 'complete', 'failed']),
  isCurrent: z.boolean(),
  progress: z.number().nullable(),
  rowsRead: z.number(),
  valuesStored: z.number(),
  skipped: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

const releaseReportOut = releaseOut.extend({
  sha256: z.string(),
  valuesMissing: z.number(),
  reasons: z.record(z.string(), z.number()),
  failure: failureOut,
  entries: z.array(entryOut),
  entriesCapped: z.boolean(),
});

const problemOut = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  detail: z.string(),
  instance: z.string(),
  failure: z
    .object({
      code: z.string(),
      line: z.number().optional(),
      cell: z.string().optional(),
      values: z.record(z.string(), z.union([z.string(), z.number()])),
    })
    .nullable(),
});

const startOut = z.object({
  id: z.string().nullable(),
  status: z.enum(['running', 'unchanged', 'dry-run']),
  rowsRead: z.number().optional(),
  valuesStored: z.number().optional(),
  skipped: z.number().optional(),
  reasons: z.record(z.string(), z.number()).optional(),
});

/** `POST /api/v1/imports` (raw file body), `GET /api/v1/imports`, `GET /api/v1/imports/{id}`. */
export function importApiRoutes(app: App, { db }: AppDeps): void {
  app.post(
    '/api/v1/imports',
    {
      config: { policy: 'admin' },
      schema: {
        tags: ['data'],
        security: [{ bearer: [] }],
        summary: 'Import a data file (admin)',
        description:
          'Send the file as the raw request body (`Content-Type: application/octet-stream`). The import runs in the background: poll `GET /api/v1/imports/{id}`. Re-sending a file already imported answers `unchanged`. A file that cannot be read at all answers 422 with the reason.',
        querystring: importQuery,
        response: { 200: startOut, 202: startOut, 422: problemOut },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const upload = await saveRawBody(request, query.fileName ?? `upload-${query.kind}`);
      if (upload.size === 0) throw new HttpProblem(422, 'EmptyFile', 'data.import.error.file');
      let options: ReturnType<typeof toImportOptions>;
      try {
        options = toImportOptions(query);
      } catch {
        throw new HttpProblem(400, 'ValidationFailed', 'data.import.error.columns');
      }
      const started = await startImport(db, {
        importer: IMPORTERS[query.kind],
        path: upload.path,
        fileName: upload.fileName,
        options,
        actorId: actorId(request.actor),
        dryRun: query.dryRun,
      });
      if (started.state === 'running') {
        const release = handOver(request, upload);
        started.done
          .catch((error: unknown) => request.log.error({ err: error }, 'import failed unexpectedly'))
          .finally(release);
        reply.header('location', `/api/v1/imports/${started.releaseId}`);
        return reply.status(202).send({ id: started.releaseId, status: 'running' as const });
      }
      await removeUpload(upload);
      const { outcome } = started;
      if (outcome.status === 'failed') {
        // RFC 9457 with the failure's code, place and sentence: the file could not be read at all.
        const failure = outcome.report.failure;
        const problem = {
          type: problemTypeUri(request.server.publicUrl, 'ImportFailed'),
          title: 'Unprocessable Content',
          status: 422,
          code: 'ImportFailed',
          detail: failure ? describeFailure(request.i18n, failure) : request.i18n.t('data.import.failed'),
          instance: request.url,
          failure: failure ?? null,
        };
        return reply.status(422).type('application/problem+json; charset=utf-8').send(problem);
      }
      const { report } = outcome;
      return {
        id: outcome.releaseId,
        status: outcome.status === 'unchanged' ? ('unchanged' as const) : ('dry-run' as const),
        rowsRead: report.rowsRead,
        valuesStored: report.valuesStored,
        skipped: report.skipped,
        reasons: report.reasons as Record<string, number>,
      };
    },
  );

  app.get(
    '/api/v1/imports',
    {
      config: { policy: 'admin' },
      schema: {
        tags: ['data'],
        security: [{ bearer: [] }],
        summary: 'List imports (releases), newest first within each dataset (admin)',
        querystring: z.object({ cursor: z.coerce.number().int().min(0).optional() }),
        response: { 200: z.object({ data: z.array(releaseOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const offset = request.query.cursor ?? 0;
      const rows = await listReleases(db.kysely, { limit: 101, offset });
      const data = rows.slice(0, 100).map(presentReleaseRow).map(toReleaseOut);
      return { data, next: rows.length > 100 ? String(offset + 100) : null };
    },
  );

  app.get(
    '/api/v1/imports/:id',
    {
      config: { policy: 'admin' },
      schema: {
        tags: ['data'],
        security: [{ bearer: [] }],
        summary: 'One import: its status while it runs, then its report (admin)',
        params: releaseParams,
        response: { 200: releaseReportOut },
      },
    },
    async (request) => {
      const row = await findRelease(db.kysely, request.params.id);
      if (!row) throw notFound();
      const release = presentRelease(row);
      const { summary } = release;
      const { i18n } = request;
      return {
        ...toReleaseOut(release),
        sha256: release.sha256,
        valuesMissing: summary.valuesMissing ?? 0,
        reasons: (summary.reasons ?? {}) as Record<string, number>,
        failure: summary.failure
          ? { ...summary.failure, message: describeFailure(i18n, summary.failure) }
          : null,
        entries: release.entries.map((e) => ({
          ...e,
          message: i18n.t(`data.import.reason.${e.reason}`, e.values),
        })),
        entriesCapped: summary.entriesCapped ?? false,
      };
    },
  );
}

function toReleaseOut(release: ReturnType<typeof presentReleaseRow>) {
  return {
    id: release.id,
    dataset: { code: release.datasetCode, title: release.datasetTitle },
    label: release.label,
    fileName: release.fileName,
    kind: release.kind,
    status: release.status,
    isCurrent: release.isCurrent,
    progress: release.progress,
    rowsRead: release.rowsRead,
    valuesStored: release.valuesStored,
    skipped: release.skipped,
    startedAt: release.startedAt,
    finishedAt: release.finishedAt,
  };
}
