import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorId } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import { accessFirst } from '../../uploads/access-first.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { type FieldErrors, fieldErrors, formFields } from '../../web/forms.ts';
import { pageNumber, pastLastPage } from '../../web/paging.ts';
import { importApiRoutes } from './import.api.ts';
import { describeFailure, describePlace, presentRelease, presentReleaseRow } from './import.presenter.ts';
import { countReleases, findRelease, listReleases } from './import.repository.ts';
import { type ImportInput, importInput, releaseParams, toImportOptions } from './import.schema.ts';
import { type ImportOutcome, startImport } from './import.service.ts';
import type { ImportKind } from './import.types.ts';
import {
  cleanUploads,
  handOver,
  MAX_UPLOAD_MB,
  parseUploadForm,
  removeUpload,
  type UploadedFile,
} from './import.upload.ts';
import {
  DryRunPage,
  ImportFormPage,
  type ImportFormValues,
  ImportListPage,
  ReleasePage,
} from './import.views.tsx';
import { IMPORTERS } from './importers/index.ts';

const PAGE_SIZE = 100;

/** The admin pages (`/data/imports…`) and the API (`/api/v1/imports…`) of the importer. */
export async function importRoutes(app: App, deps: AppDeps): Promise<void> {
  // Encapsulated: the upload form's parser and the raw-body parser apply to these routes only.
  await app.register(async (scope) => {
    // Only admins may send a file: anyone else is answered (404, or 401 signed out) before a byte
    // of it is read (decision 32).
    scope.addHook('preParsing', accessFirst());
    scope.addContentTypeParser('multipart/form-data', (request: FastifyRequest, payload: Readable) =>
      parseUploadForm(request, payload),
    );
    for (const type of ['application/octet-stream', 'text/csv']) {
      scope.addContentTypeParser(type, (_request, payload, done) => done(null, payload));
    }
    scope.addHook('onResponse', cleanUploads);
    pageRoutes(scope as App, deps);
    importApiRoutes(scope as App, deps);
  });
}

function pageRoutes(app: App, { db }: AppDeps): void {
  app.get('/data/imports', { config: { policy: 'admin' } }, async (request, reply) => {
    const page = pageNumber.parse((request.query as { page?: unknown }).page);
    const [rows, total] = await Promise.all([
      listReleases(db.kysely, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
      countReleases(db.kysely),
    ]);
    const past = pastLastPage(request.url, page, total, PAGE_SIZE);
    if (past) return reply.seeOther(past);
    const groups: { code: string; title: string; releases: ReturnType<typeof presentReleaseRow>[] }[] = [];
    for (const row of rows.map(presentReleaseRow)) {
      const last = groups.at(-1);
      if (last?.code === row.datasetCode) last.releases.push(row);
      else groups.push({ code: row.datasetCode, title: row.datasetTitle, releases: [row] });
    }
    return reply.page(<ImportListPage groups={groups} page={page} pageSize={PAGE_SIZE} total={total} />);
  });

  app.get('/data/imports/new', { config: { policy: 'admin' } }, async (request, reply) =>
    renderForm(db, request, reply, {}, {}),
  );

  app.post('/data/imports', { config: { policy: 'admin' } }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const fields = formFields(body);
    const values: ImportFormValues = {
      ...fields,
      keepPartial: Boolean(fields.keepPartial),
      dryRun: Boolean(fields.dryRun),
    };
    const upload = body.file && typeof body.file === 'object' ? (body.file as UploadedFile) : null;
    const { t } = request.i18n;
    const parsed = importInput.safeParse(fields);
    const errors: FieldErrors = parsed.success
      ? {}
      : fieldErrors(parsed.error, request.i18n, {
          kind: t('data.import.field.kind'),
          release: t('data.import.field.release'),
          indicator: t('data.import.field.indicator'),
          rows: t('data.import.field.rows'),
          period: t('data.import.field.period'),
          sheet: t('data.import.field.sheet'),
          dataset: t('data.import.field.dataset'),
          columns: t('data.import.field.columns'),
        });
    if (!upload || upload.size === 0 || !upload.fileName) errors.file = t('data.import.error.file');
    let options: ReturnType<typeof toImportOptions> | null = null;
    if (parsed.success) {
      try {
        options = toImportOptions(parsed.data);
      } catch {
        errors.columns = t('data.import.error.columns');
      }
    }
    if (Object.keys(errors).length > 0 || !parsed.success || !upload || !options) {
      return renderForm(db, request, reply, values, errors, 400);
    }
    const started = await startImport(db, {
      importer: IMPORTERS[parsed.data.kind as ImportKind],
      path: upload.path,
      fileName: upload.fileName,
      options,
      actorId: actorId(request.actor),
      dryRun: parsed.data.dryRun,
    });
    if (started.state === 'running') {
      const release = handOver(request, upload);
      started.done
        .catch((error: unknown) => request.log.error({ err: error }, 'import failed unexpectedly'))
        .finally(release);
      return reply.seeOther(`/data/imports/${started.releaseId}`, {
        kind: 'info',
        key: 'data.import.started',
      });
    }
    await removeUpload(upload);
    return answerFinished(db, request, reply, started.outcome, values, parsed.data);
  });

  app.get('/data/imports/:id', { config: { policy: 'admin' } }, async (request, reply) => {
    const params = releaseParams.safeParse(request.params);
    if (!params.success) throw notFound();
    const row = await findRelease(db.kysely, params.data.id);
    if (!row) throw notFound();
    const refresh = (request.query as { refresh?: string }).refresh !== 'off';
    return reply.page(<ReleasePage release={presentRelease(row)} refresh={refresh} />);
  });
}

async function answerFinished(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  outcome: ImportOutcome,
  values: ImportFormValues,
  input: ImportInput,
) {
  if (outcome.status === 'unchanged') {
    return reply.seeOther(`/data/imports/${outcome.releaseId}`, {
      kind: 'info',
      key: 'data.import.unchanged',
      values: { label: outcome.report.unchanged?.label ?? '' },
    });
  }
  if (outcome.status === 'dry-run' || input.dryRun) {
    return reply.page(
      <DryRunPage
        report={outcome.report}
        datasetTitle={outcome.dataset?.title ?? null}
        label={outcome.label}
        failed={outcome.status === 'failed'}
      />,
      outcome.status === 'failed' ? 422 : 200,
    );
  }
  const failure = outcome.report.failure;
  const message = failure
    ? `${describePlace(failure, outcome.report.file)}: ${describeFailure(request.i18n, failure)}`
    : request.i18n.t('data.import.failed');
  return renderForm(db, request, reply, values, { file: message }, 422);
}

async function renderForm(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  values: ImportFormValues,
  errors: FieldErrors,
  status = 200,
) {
  const locale = request.i18n.locale;
  const rows = await db.kysely.selectFrom('indicators').selectAll().orderBy('code').execute();
  const indicators = rows.map((r) => ({ code: r.code, name: r[`name_${locale}`] }));
  return reply.page(
    <ImportFormPage values={values} errors={errors} indicators={indicators} maxMegabytes={MAX_UPLOAD_MB} />,
    status,
  );
}
