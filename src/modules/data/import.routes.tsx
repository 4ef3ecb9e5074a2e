import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorId } from '../../auth/actor.ts';
import { problemsOf } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import { accessFirst } from '../../uploads/access-first.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { FAILURE_STATUS, failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, type FieldErrors, formFields, translateProblems } from '../../web/form/index.ts';
import { pageNumber, pastLastPage } from '../../web/paging.ts';
import { importApiRoutes } from './import.api.ts';
import { describeFailure, describePlace, presentRelease, presentReleaseRow } from './import.presenter.ts';
import { countReleases, findRelease, listReleases } from './import.repository.ts';
import { type ImportInput, readImportForm, releaseParams } from './import.schema.ts';
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
  MakeCurrentPage,
  ReleasePage,
} from './import.views.tsx';
import { IMPORTERS } from './importers/index.ts';
import { checkMakeCurrent, makeReleaseCurrent } from './release.service.ts';

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
    const body = asBody(request.body);
    const fields = formFields(body);
    const values: ImportFormValues = {
      ...fields,
      keepPartial: Boolean(fields.keepPartial),
      dryRun: Boolean(fields.dryRun),
      replace: Boolean(fields.replace),
      acceptErrors: Boolean(fields.acceptErrors),
    };
    const upload = body.file && typeof body.file === 'object' ? (body.file as UploadedFile) : null;
    const read = readImportForm(fields, upload);
    if (!read.ok) {
      const errors = translateProblems(problemsOf(read), request.i18n, {
        labels: fieldLabels(request.i18n),
        // As the problems were found: the fields in the schema's order, then the file.
        order: [],
      });
      return renderForm(db, request, reply, values, errors, failureStatus(read));
    }
    const { input, options, file } = read.value;
    const started = await startImport(db, {
      importer: IMPORTERS[input.kind as ImportKind],
      path: file.path,
      fileName: file.fileName,
      options,
      actorId: actorId(request.actor),
      dryRun: input.dryRun,
      confirm: { replace: input.replace, acceptErrors: input.acceptErrors },
    });
    if (started.state === 'running') {
      const release = handOver(request, file);
      started.done
        .catch((error: unknown) => request.log.error({ err: error }, 'import failed unexpectedly'))
        .finally(release);
      return reply.seeOther(`/data/imports/${started.releaseId}`, {
        kind: 'info',
        key: 'data.import.started',
      });
    }
    await removeUpload(file);
    return answerFinished(db, request, reply, started.outcome, values, input);
  });

  app.get('/data/imports/:id', { config: { policy: 'admin' } }, async (request, reply) => {
    const params = releaseParams.safeParse(request.params);
    if (!params.success) throw notFound();
    const row = await findRelease(db.kysely, params.data.id);
    if (!row) throw notFound();
    const refresh = (request.query as { refresh?: string }).refresh !== 'off';
    return reply.page(<ReleasePage release={presentRelease(row)} refresh={refresh} />);
  });

  // "Make current": a confirmation step saying what the switch changes, then the switch.
  app.get('/data/imports/:id/make-current', { config: { policy: 'admin' } }, async (request, reply) => {
    const params = releaseParams.safeParse(request.params);
    if (!params.success) throw notFound();
    const row = await findRelease(db.kysely, params.data.id);
    const check = await checkMakeCurrent(db.kysely, params.data.id);
    if (!row || !check.ok) throw notFound();
    if (check.current?.id === row.id) {
      return reply.seeOther(`/data/imports/${row.id}`, {
        kind: 'info',
        key: 'data.release.alreadyCurrent',
        values: { label: row.label },
      });
    }
    return reply.page(
      <MakeCurrentPage
        release={{ id: row.id, label: row.label, datasetTitle: row.dataset_title }}
        current={check.current ? { id: check.current.id, label: check.current.label } : null}
        reasons={check.reasons}
      />,
    );
  });

  app.post('/data/imports/:id/make-current', { config: { policy: 'admin' } }, async (request, reply) => {
    const params = releaseParams.safeParse(request.params);
    if (!params.success) throw notFound();
    // The confirmation page listed every reason: posting its form confirms them all.
    const result = await makeReleaseCurrent(db, {
      releaseId: params.data.id,
      actorId: actorId(request.actor),
      confirm: { replace: true, acceptErrors: true },
    });
    // Missing, or still running or failed: as for its GET, there is no confirmation page here.
    if (!result.ok) throw notFound();
    const { value } = result;
    return reply.seeOther(`/data/imports/${value.releaseId}`, {
      kind: 'success',
      key: value.changed ? 'data.release.madeCurrent' : 'data.release.alreadyCurrent',
      values: { label: value.label },
    });
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
  if (outcome.status === 'unchanged' || outcome.status === 'restored' || outcome.status === 'not-current') {
    const key = {
      unchanged: 'data.import.unchanged',
      restored: 'data.release.restored',
      'not-current': 'data.release.notCurrentFlash',
    }[outcome.status];
    return reply.seeOther(`/data/imports/${outcome.releaseId}`, {
      kind: outcome.status === 'not-current' ? 'warning' : 'info',
      key,
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
      outcome.status === 'failed' ? FAILURE_STATUS.invalid : 200,
    );
  }
  const failure = outcome.report.failure;
  const message = failure
    ? `${describePlace(failure, outcome.report.file)}: ${describeFailure(request.i18n, failure)}`
    : request.i18n.t('data.import.failed');
  // The importer's own report, not a command's problem: its sentence names the place in the file.
  return renderForm(db, request, reply, values, { file: message }, FAILURE_STATUS.invalid);
}

function fieldLabels(i18n: Translator): Record<string, string> {
  const { t } = i18n;
  return {
    kind: t('data.import.field.kind'),
    release: t('data.import.field.release'),
    indicator: t('data.import.field.indicator'),
    rows: t('data.import.field.rows'),
    period: t('data.import.field.period'),
    sheet: t('data.import.field.sheet'),
    dataset: t('data.import.field.dataset'),
    columns: t('data.import.field.columns'),
    publisher: t('data.import.field.publisher'),
  };
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
