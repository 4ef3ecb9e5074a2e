import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/connection.ts';
import { createAreaResolver } from './country-codes.ts';
import { type ImportProgress, ObservationBatches } from './import.batches.ts';
import { type ImportReport, type ImportSummary, ReportBuilder } from './import.report.ts';
import {
  applyDatasetMeta,
  failRelease,
  findCurrentRelease,
  findDatasetId,
  findReleaseBySha,
  findStaleReleases,
  finishRelease,
  insertRelease,
  loadAreaCodes,
  loadCountryRefs,
  loadIndicators,
  switchCurrent,
  upsertDataset,
} from './import.repository.ts';
import {
  type DatasetMeta,
  type ImportEvent,
  type Importer,
  ImportFailure,
  type ImportOptions,
} from './import.types.ts';
import {
  type Confirmations,
  endsMidRow,
  type HoldReason,
  holdReasons,
  type ReleaseFacts,
  unconfirmed,
} from './release.checks.ts';
import { checkMakeCurrent, makeReleaseCurrent, storedFacts, unconfirmedReasons } from './release.service.ts';

export type { ImportProgress } from './import.batches.ts';

export const DEFAULT_BATCH_SIZE = 5000;

/** One import to run: an importer over a file (or a synthetic source), and who asked for it. */
export interface ImportJob {
  importer: Importer;
  /** Path of the file on disk ('' for synthetic sources, which then give `sha256`). */
  path: string;
  /** Name shown in reports and kept on the release (the uploaded file's own name). */
  fileName: string;
  options?: ImportOptions;
  actorId: string | null;
  dryRun?: boolean;
  batchSize?: number;
  sha256?: string;
  onProgress?: (progress: ImportProgress) => void;
  /**
   * What the user confirmed beforehand (`--replace`, `--accept-errors`, the form's checkboxes):
   * without it, a release the checks hold (release.checks.ts) is stored but not made current.
   */
  confirm?: Confirmations;
}

/**
 * - `complete`: a new release, now current; `held`: a new release, stored but not current until
 *   the user confirms it (`report.held` says why);
 * - `unchanged`: the same file is the current release; `restored`: the same file was stored but
 *   not current, and is current again; `not-current`: it was, and stays so (`report.held` says why);
 * - `failed`, `dry-run`.
 */
export type ImportStatus =
  | 'complete'
  | 'held'
  | 'failed'
  | 'unchanged'
  | 'restored'
  | 'not-current'
  | 'dry-run';

export interface ImportOutcome {
  status: ImportStatus;
  /** The new release, or for `unchanged` the release that already holds this file; null when none. */
  releaseId: string | null;
  dataset: DatasetMeta | null;
  label: string | null;
  report: ImportReport;
}

/** Either still running (with its release) or already decided (unchanged, dry run, unreadable). */
export type ImportStart =
  | { state: 'running'; releaseId: string; done: Promise<ImportOutcome> }
  | { state: 'finished'; outcome: ImportOutcome };

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Starts an import: reads the file's dataset and release label, answers at once when a release
 * of that dataset holds the same file (see `answerSameFile`), otherwise creates the release
 * (`running`) and returns while the rows are written in the background (`done`).
 * Transactions: one per batch of rows; in one final transaction the new release is compared
 * with the current one (release.checks.ts) and becomes current, or is held until confirmed;
 * on failure its rows are deleted and the previous current release stays current.
 */
export async function startImport(db: Db, job: ImportJob): Promise<ImportStart> {
  const options = job.options ?? {};
  const report = new ReportBuilder(job.importer.kind, job.fileName);
  const finished = (status: ImportOutcome['status'], extra: Partial<ImportOutcome> = {}): ImportStart => ({
    state: 'finished',
    outcome: { status, releaseId: null, dataset: null, label: null, report: report.report(), ...extra },
  });
  const sha256 = job.sha256 ?? (await sha256File(job.path));
  const [countries, areas, indicators] = await Promise.all([
    loadCountryRefs(db.kysely),
    loadAreaCodes(db.kysely),
    loadIndicators(db.kysely),
  ]);
  const context = { fileName: job.fileName, options, areas: createAreaResolver(countries), indicators };
  const events = job.importer.read(job.path, context)[Symbol.asyncIterator]();
  let meta: Extract<ImportEvent, { type: 'meta' }>;
  try {
    const first = await events.next();
    if (first.done) throw new ImportFailure('no-data');
    // An importer describes the dataset before any row; a row first is a fault of the importer,
    // not an empty file, and is reported as such rather than as "no data rows".
    if (first.value.type !== 'meta')
      throw new ImportFailure('unexpected', { message: 'rows before the dataset' });
    meta = first.value;
    const publisher = options.publisher?.trim();
    if (publisher) meta = { ...meta, dataset: { ...meta.dataset, publisher } };
  } catch (error) {
    report.fail(asFailure(error));
    await events.return?.();
    return finished('failed');
  }
  const decided = { dataset: meta.dataset, label: options.release?.trim() || meta.label };

  report.dataset = meta.dataset;

  const existing = await findReleaseBySha(db.kysely, meta.dataset.code, sha256, ['complete', 'held']);
  if (existing) {
    await events.return?.();
    report.markUnchanged({ releaseId: existing.id, label: existing.label, finishedAt: existing.finished_at });
    const same = { ...decided, label: existing.label, releaseId: existing.id };
    return finished(await answerSameFile(db, job, existing, report), same);
  }
  if (job.dryRun) {
    const batches = new ObservationBatches({
      db,
      releaseId: null,
      indicators,
      areas,
      report,
      batchSize: job.batchSize ?? DEFAULT_BATCH_SIZE,
      onProgress: job.onProgress,
    });
    const label = (value: string) => {
      if (!options.release?.trim()) decided.label = value;
    };
    try {
      await drain(events, batches, label);
      const datasetId = await findDatasetId(db.kysely, meta.dataset.code);
      const current = datasetId ? await findCurrentRelease(db.kysely, datasetId) : undefined;
      const facts = await newFacts(job.importer.kind, job.path, decided.label, batches, report);
      report.held = unconfirmed(
        holdReasons(facts, current ? await storedFacts(db.kysely, current) : null),
        job.confirm,
      );
    } catch (error) {
      report.fail(asFailure(error));
      return finished('failed', decided);
    }
    return finished('dry-run', decided);
  }

  const { releaseId, datasetId } = await db.kysely.transaction().execute(async (trx) => {
    const dataset = await upsertDataset(trx, meta.dataset);
    if (dataset.created) {
      await recordAudit(trx, {
        actorId: job.actorId,
        action: 'data.dataset.create',
        entityType: 'dataset',
        entityId: dataset.id,
        after: { ...meta.dataset },
      });
    }
    const id = await insertRelease(trx, {
      datasetId: dataset.id,
      label: decided.label,
      fileName: job.fileName,
      sha256,
      kind: job.importer.kind,
      optionsJson: JSON.stringify(options),
      importedBy: job.actorId,
    });
    await recordAudit(trx, {
      actorId: job.actorId,
      action: 'data.import.start',
      entityType: 'release',
      entityId: id,
      after: {
        dataset: meta.dataset.code,
        label: decided.label,
        file: job.fileName,
        sha256,
        kind: job.importer.kind,
      },
    });
    return { releaseId: id, datasetId: dataset.id };
  });

  const batches = new ObservationBatches({
    db,
    releaseId,
    indicators,
    areas,
    report,
    batchSize: job.batchSize ?? DEFAULT_BATCH_SIZE,
    onProgress: job.onProgress,
  });
  const done = (async (): Promise<ImportOutcome> => {
    const outcome = { releaseId, ...decided };
    const setLabel = (label: string) => {
      if (!options.release?.trim()) outcome.label = label;
    };
    try {
      await drain(events, batches, setLabel);
    } catch (error) {
      report.fail(asFailure(error));
      // If even marking the failure fails (the database went away), the release stays `running`.
      await finishFailed(db, job, releaseId, report).catch(() => undefined);
      return { status: 'failed', ...outcome, report: report.report() };
    }
    let held: HoldReason[] = [];
    try {
      const facts = await newFacts(job.importer.kind, job.path, outcome.label, batches, report);
      await db.kysely.transaction().execute(async (trx) => {
        // Compared inside the switching transaction: the current release cannot change meanwhile.
        const current = await findCurrentRelease(trx, datasetId);
        const reasons = holdReasons(facts, current ? await storedFacts(trx, current) : null);
        held = unconfirmed(reasons, job.confirm);
        report.held = held;
        report.confirmed = held.length > 0 ? [] : reasons;
        const status = held.length > 0 ? 'held' : 'complete';
        await finishRelease(
          trx,
          releaseId,
          status,
          counts(report),
          summaryJson(report),
          report.entryList(),
          outcome.label,
        );
        if (status === 'complete') {
          await switchCurrent(trx, datasetId, releaseId);
          await applyDatasetMeta(trx, datasetId, meta.dataset);
        }
        await recordAudit(trx, {
          actorId: job.actorId,
          action: status === 'complete' ? 'data.import.complete' : 'data.import.hold',
          entityType: 'release',
          entityId: releaseId,
          after: {
            rowsRead: report.rowsRead,
            valuesStored: report.valuesStored,
            skipped: report.skipped,
            ...(status === 'complete'
              ? { confirmed: report.confirmed.map((r) => r.code) }
              : { held: held.map((r) => r.code) }),
          },
        });
      });
    } catch (error) {
      report.fail(asFailure(error));
      await finishFailed(db, job, releaseId, report).catch(() => undefined);
      return { status: 'failed', ...outcome, report: report.report() };
    }
    job.onProgress?.({ ...batches.progress(), fraction: 1 });
    return { status: held.length > 0 ? 'held' : 'complete', ...outcome, report: report.report() };
  })();
  return { state: 'running', releaseId, done };
}

/**
 * The file is already stored as `existing`. Current: unchanged. Otherwise importing it again asks
 * to make it current, with the same checks as a new release (decision 36).
 */
async function answerSameFile(
  db: Db,
  job: ImportJob,
  existing: { id: string; is_current: number },
  report: ReportBuilder,
): Promise<'unchanged' | 'restored' | 'not-current'> {
  if (Number(existing.is_current) === 1) return 'unchanged';
  if (job.dryRun) {
    const check = await checkMakeCurrent(db.kysely, existing.id);
    report.held = check.ok ? unconfirmed(check.reasons, job.confirm) : [];
    return 'not-current';
  }
  const made = await makeReleaseCurrent(db, {
    releaseId: existing.id,
    actorId: job.actorId,
    confirm: job.confirm ?? {},
  });
  if (made.ok) {
    report.confirmed = made.value.confirmed;
    return 'restored';
  }
  report.held = unconfirmedReasons(made);
  return 'not-current';
}

/** The new release as the checks see it, from what the engine counted while reading. */
async function newFacts(
  kind: Importer['kind'],
  path: string,
  label: string,
  batches: ObservationBatches,
  report: ReportBuilder,
): Promise<ReleaseFacts> {
  // Hand-made tables (`generic`) are exempt: spreadsheet apps often omit the final line break.
  const checkEnd = kind !== 'generic' && (await endsMidRow(path));
  report.endsMidRow = checkEnd ? batches.lastLine : undefined;
  return {
    label,
    coverage: { values: report.valuesStored, areas: batches.areas, years: batches.years },
    endsMidRow: report.endsMidRow,
    rowErrors: report.summary().reasons['not-a-number'] ?? 0,
  };
}

/** Runs an import to the end. */
export async function runImport(db: Db, job: ImportJob): Promise<ImportOutcome> {
  const started = await startImport(db, job);
  return started.state === 'running' ? started.done : started.outcome;
}

async function drain(
  events: AsyncIterator<ImportEvent>,
  batches: ObservationBatches,
  setLabel: (label: string) => void,
): Promise<void> {
  try {
    for (let next = await events.next(); !next.done; next = await events.next()) {
      if (next.value.type === 'row') await batches.add(next.value);
      else if (next.value.type === 'label') setLabel(next.value.label);
    }
    await batches.flush();
  } finally {
    await events.return?.();
  }
}

async function finishFailed(db: Db, job: ImportJob, releaseId: string, report: ReportBuilder) {
  await db.kysely.transaction().execute(async (trx) => {
    await failRelease(trx, releaseId, counts(report), summaryJson(report), report.entryList());
    await recordAudit(trx, {
      actorId: job.actorId,
      action: 'data.import.fail',
      entityType: 'release',
      entityId: releaseId,
      after: { failure: report.summary().failure ?? null },
    });
  });
}

function counts(report: ReportBuilder) {
  return {
    rowsRead: report.rowsRead,
    valuesStored: report.valuesStored,
    skipped: report.skipped,
    progress: 1,
  };
}

function summaryJson(report: ReportBuilder): string {
  return JSON.stringify(report.summary());
}

/**
 * Fails the imports whose process stopped (a crash, a restart) before they ended: no batch for
 * `staleAfterMs`. Their rows are deleted, as for any failed import. Runs on every start.
 */
export async function failInterruptedImports(db: Db, staleAfterMs = 10 * 60_000): Promise<number> {
  const stale = await findStaleReleases(db.kysely, new Date(Date.now() - staleAfterMs).toISOString());
  for (const release of stale) {
    const summary: ImportSummary = {
      kind: release.kind,
      file: release.file_name,
      rowsRead: Number(release.rows_read),
      valuesStored: 0,
      valuesMissing: 0,
      skipped: Number(release.rows_skipped),
      reasons: {},
      entriesCapped: false,
      failure: { code: 'interrupted', values: {} },
      durationMs: 0,
    };
    await db.kysely.transaction().execute(async (trx) => {
      const counts = {
        rowsRead: summary.rowsRead,
        valuesStored: 0,
        skipped: summary.skipped,
        progress: null,
      };
      await failRelease(trx, release.id, counts, JSON.stringify(summary), JSON.parse(release.report_json));
      await recordAudit(trx, {
        actorId: null,
        action: 'data.import.fail',
        entityType: 'release',
        entityId: release.id,
        after: { failure: summary.failure ?? null },
      });
    });
  }
  return stale.length;
}

/** Any error becomes a failure with a code; others (database, a bug) keep their message. */
export function asFailure(error: unknown): ImportFailure {
  if (error instanceof ImportFailure) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ImportFailure('unexpected', { message: message.slice(0, 500) });
}
