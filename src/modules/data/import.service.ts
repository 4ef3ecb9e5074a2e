import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/connection.ts';
import { createAreaResolver } from './country-codes.ts';
import { type ImportProgress, ObservationBatches } from './import.batches.ts';
import { type ImportReport, type ImportSummary, ReportBuilder } from './import.report.ts';
import {
  completeRelease,
  failRelease,
  findReleaseBySha,
  findStaleReleases,
  insertRelease,
  loadAreaCodes,
  loadCountryRefs,
  loadIndicators,
  upsertDataset,
} from './import.repository.ts';
import {
  type DatasetMeta,
  type ImportEvent,
  type Importer,
  ImportFailure,
  type ImportOptions,
} from './import.types.ts';

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
}

export interface ImportOutcome {
  status: 'complete' | 'failed' | 'unchanged' | 'dry-run';
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
 * Starts an import: reads the file's dataset and release label, answers "already imported" when
 * a complete release of that dataset has the same SHA-256, otherwise creates the release
 * (`running`) and returns while the rows are written in the background (`done`).
 * Transactions: one per batch of rows; the new release becomes current in one final transaction;
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
  } catch (error) {
    report.fail(asFailure(error));
    await events.return?.();
    return finished('failed');
  }
  const decided = { dataset: meta.dataset, label: options.release?.trim() || meta.label };

  const existing = await findReleaseBySha(db.kysely, meta.dataset.code, sha256, 'complete');
  if (existing) {
    await events.return?.();
    report.markUnchanged({ releaseId: existing.id, label: existing.label, finishedAt: existing.finished_at });
    return finished('unchanged', { ...decided, label: existing.label, releaseId: existing.id });
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
    await db.kysely.transaction().execute(async (trx) => {
      await completeRelease(
        trx,
        releaseId,
        datasetId,
        counts(report),
        summaryJson(report),
        report.entryList(),
        outcome.label,
      );
      await recordAudit(trx, {
        actorId: job.actorId,
        action: 'data.import.complete',
        entityType: 'release',
        entityId: releaseId,
        after: { rowsRead: report.rowsRead, valuesStored: report.valuesStored, skipped: report.skipped },
      });
    });
    job.onProgress?.({ ...batches.progress(), fraction: 1 });
    return { status: 'complete', ...outcome, report: report.report() };
  })();
  return { state: 'running', releaseId, done };
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
