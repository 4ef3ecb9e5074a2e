import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import { problemTypeUri } from '../../web/problem-types.ts';
import {
  holdList,
  holdOut,
  problemOut,
  releaseOut,
  releaseReportOut,
  startOut,
  toReleaseOut,
} from './import.api.schema.ts';
import { describeFailure, presentRelease, presentReleaseRow } from './import.presenter.ts';
import { findRelease, listReleases } from './import.repository.ts';
import { importQuery, readImportOptions, releaseParams } from './import.schema.ts';
import { startImport } from './import.service.ts';
import { handOver, removeUpload, saveRawBody } from './import.upload.ts';
import { IMPORTERS } from './importers/index.ts';
import { isNotFinished, makeReleaseCurrent, NOT_FINISHED } from './release.service.ts';

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
          'Send the file as the raw request body (`Content-Type: application/octet-stream`). The import runs in the background: poll `GET /api/v1/imports/{id}`. A release that would shrink the current one (fewer values, areas or years), is older, ends mid-row, or has text in number cells ends `held`, not current, with the reasons in `held`: send `replace=true` and/or `acceptErrors=true` to confirm, or make it current later. Re-sending a file already current answers `unchanged`; one stored but not current is made current (`restored`) or answers `not-current`. A file that cannot be read at all answers 422 with the reason.',
        querystring: importQuery,
        response: { 200: startOut, 202: startOut, 422: problemOut },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const upload = await saveRawBody(request, query.fileName ?? `upload-${query.kind}`);
      if (upload.size === 0) throw new HttpProblem(422, 'EmptyFile', 'data.import.error.file');
      const read = readImportOptions(query);
      if (!read.ok) return sendFailure(request, reply, read);
      const options = read.value;
      const started = await startImport(db, {
        importer: IMPORTERS[query.kind],
        path: upload.path,
        fileName: upload.fileName,
        options,
        actorId: actorId(request.actor),
        dryRun: query.dryRun,
        confirm: { replace: query.replace, acceptErrors: query.acceptErrors },
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
      const status =
        outcome.status === 'unchanged' || outcome.status === 'restored' || outcome.status === 'not-current'
          ? outcome.status
          : ('dry-run' as const);
      return {
        id: outcome.releaseId,
        status,
        held: holdList(request.i18n, report.held),
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
        publisher: release.publisher,
        held: release.status === 'held' ? holdList(i18n, summary.held) : [],
        confirmed: holdList(i18n, summary.confirmed),
      };
    },
  );

  app.post(
    '/api/v1/imports/:id/make-current',
    {
      config: { policy: 'admin' },
      schema: {
        tags: ['data'],
        security: [{ bearer: [] }],
        summary: 'Make a stored release the current one of its dataset (admin)',
        description:
          'Switches the dataset to this release (held, or an earlier release kept as history) in one transaction, with an audit row. The call is the confirmation: `confirmed` lists what the release lacks against the one it replaces (fewer values, areas or years, older, cut short, rows with errors). 409 when the release is still running or failed.',
        params: releaseParams,
        response: {
          200: z.object({
            id: z.string(),
            label: z.string(),
            isCurrent: z.literal(true),
            changed: z.boolean().describe('False when it was already current'),
            previous: z.object({ id: z.string(), label: z.string() }).nullable(),
            confirmed: z.array(holdOut),
          }),
        },
      },
    },
    async (request, reply) => {
      const result = await makeReleaseCurrent(db, {
        releaseId: request.params.id,
        actorId: actorId(request.actor),
        confirm: { replace: true, acceptErrors: true },
      });
      if (!result.ok) {
        // Kept from before the command contract: its own code, documented, that clients test for.
        if (isNotFinished(result)) throw new HttpProblem(409, 'ReleaseNotFinished', NOT_FINISHED);
        return sendFailure(request, reply, result);
      }
      const { value } = result;
      return {
        id: value.releaseId,
        label: value.label,
        isCurrent: true as const,
        changed: value.changed,
        previous: value.previous,
        confirmed: holdList(request.i18n, value.confirmed),
      };
    },
  );
}
