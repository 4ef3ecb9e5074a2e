import type { Transaction } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import type { ReportBuilder } from './import.report.ts';
import {
  createObservationWriter,
  findStoredKeys,
  type ObservationWriter,
  updateReleaseProgress,
} from './import.repository.ts';
import {
  type ImportEvent,
  ImportFailure,
  type IndicatorInfo,
  type ObservationDraft,
  type SkipEntry,
} from './import.types.ts';

const PERIOD = /^\d{4}(-Q[1-4])?$/;
const SEXES = new Set(['_T', 'F', 'M']);
const AGE = /^(_T|Y\d{1,3}(T\d{1,3}|_GE\d{0,3})?)$/;
const SEP = '\u0001';

/** Progress as the CLI bar and the progress page show it. */
export interface ImportProgress {
  rowsRead: number;
  valuesStored: number;
  skipped: number;
  /** Share of the file read, 0–1, when the importer can tell; null otherwise. */
  fraction: number | null;
}

export interface BatchOptions {
  db: Db;
  /** Null in a dry run: everything is read and checked, nothing is written. */
  releaseId: string | null;
  indicators: ReadonlyMap<string, IndicatorInfo>;
  areas: ReadonlySet<string>;
  report: ReportBuilder;
  batchSize: number;
  onProgress?: (progress: ImportProgress) => void;
}

/**
 * Checks observations and writes them a batch at a time, one transaction per batch, with
 * multi-row INSERTs. A key seen twice in one release is a duplicate: with the same value it is
 * skipped and reported; with another value the import fails (we do not pick one).
 */
export class ObservationBatches {
  private readonly writer: ObservationWriter | null;
  private flat: unknown[] = [];
  private drafts: { key: string; line: number; cell?: string; value: number }[] = [];
  /** Keys of the current batch (of the whole file in a dry run) → index in `drafts` or first line and value. */
  private seen = new Map<string, { line: number; value: number }>();
  private fraction: number | null = null;
  private lastProgress = 0;
  /** What the release covers, to compare it with the current release (release.checks.ts). */
  readonly areas = new Set<string>();
  readonly years = new Set<string>();
  /** The line of the last row read. */
  lastLine = 0;

  constructor(private readonly options: BatchOptions) {
    this.writer = options.releaseId ? createObservationWriter(options.db) : null;
  }

  async add(event: Extract<ImportEvent, { type: 'row' }>): Promise<void> {
    const { report } = this.options;
    report.rowsRead += 1;
    this.lastLine = Math.max(this.lastLine, event.line);
    report.valuesMissing += event.missing ?? 0;
    if (event.progress !== undefined) this.fraction = event.progress;
    for (const skip of event.skips ?? []) report.skip(skip);
    for (const draft of event.observations) {
      this.push(draft);
      if (this.drafts.length >= this.options.batchSize) await this.flush();
    }
    const time = Date.now();
    if (this.options.onProgress && time - this.lastProgress > 100) {
      this.lastProgress = time;
      this.options.onProgress(this.progress());
    }
  }

  progress(): ImportProgress {
    const { report } = this.options;
    return {
      rowsRead: report.rowsRead,
      valuesStored: report.valuesStored,
      skipped: report.skipped,
      fraction: this.fraction,
    };
  }

  private push(draft: ObservationDraft): void {
    const at = { line: draft.line, ...(draft.cell ? { cell: draft.cell } : {}) };
    const counterpart = draft.counterpart ?? '';
    const sex = draft.sex ?? '_T';
    const age = draft.age ?? '_T';
    const problem = this.check(draft, counterpart, sex, age);
    if (problem) {
      this.options.report.skip({ ...at, ...problem });
      return;
    }
    const key = [draft.indicator, draft.area, counterpart, sex, age, draft.period].join(SEP);
    const earlier = this.seen.get(key);
    if (earlier) {
      this.duplicate(at, earlier, draft.value);
      return;
    }
    this.seen.set(key, { line: draft.line, value: draft.value });
    this.areas.add(draft.area);
    if (counterpart) this.areas.add(counterpart);
    this.years.add(draft.period.slice(0, 4));
    this.drafts.push({ key, line: draft.line, cell: draft.cell, value: draft.value });
    this.flat.push(
      this.options.releaseId,
      draft.indicator,
      draft.area,
      counterpart,
      sex,
      age,
      draft.period,
      draft.value,
      draft.line,
    );
  }

  /** Why a value cannot be stored, or null. Importers resolve names; this is the last check. */
  private check(
    draft: ObservationDraft,
    counterpart: string,
    sex: string,
    age: string,
  ): Pick<SkipEntry, 'reason' | 'values'> | null {
    const { indicators, areas } = this.options;
    const shape = indicators.get(draft.indicator)?.shape;
    if (!shape) return { reason: 'unknown-indicator', values: { code: draft.indicator } };
    if ((shape === 'bilateral') !== (counterpart !== '')) {
      return { reason: 'wrong-shape', values: { code: draft.indicator } };
    }
    if (!areas.has(draft.area)) return { reason: 'unknown-area', values: { name: draft.area } };
    if (counterpart && !areas.has(counterpart))
      return { reason: 'unknown-area', values: { name: counterpart } };
    if (!PERIOD.test(draft.period)) return { reason: 'bad-period', values: { text: draft.period } };
    if (typeof draft.value !== 'number' || !Number.isFinite(draft.value)) {
      return { reason: 'not-a-number', values: { text: String(draft.value) } };
    }
    if (!SEXES.has(sex)) return { reason: 'bad-sex', values: { text: sex } };
    if (!AGE.test(age)) return { reason: 'missing-field', values: { field: 'age' } };
    return null;
  }

  private duplicate(
    at: { line: number; cell?: string },
    first: { line: number; value: number },
    value: number,
  ) {
    if (first.value !== value) {
      throw new ImportFailure(
        'conflicting-duplicate',
        { line: at.line, first: first.line, value, firstValue: first.value },
        at,
      );
    }
    this.options.report.skip({ ...at, reason: 'duplicate', values: { line: first.line } });
  }

  /** Writes the pending batch in one transaction (or, in a dry run, only counts it). */
  async flush(): Promise<void> {
    const { report, releaseId, db } = this.options;
    if (this.drafts.length === 0) return;
    if (!releaseId || !this.writer) {
      report.valuesStored += this.drafts.length;
      this.drafts = [];
      this.flat = [];
      return;
    }
    const writer = this.writer;
    const drafts = this.drafts;
    const flat = this.flat;
    let stored = 0;
    await db.kysely.transaction().execute(async (trx) => {
      const inserted = await writer.insert(trx, flat);
      if (inserted < drafts.length) await this.explainMissing(trx, releaseId, drafts);
      stored = inserted;
      await updateReleaseProgress(trx, releaseId, {
        rowsRead: report.rowsRead,
        valuesStored: report.valuesStored + inserted,
        skipped: report.skipped,
        progress: this.fraction,
      });
    });
    report.valuesStored += stored;
    this.drafts = [];
    this.flat = [];
    this.seen = new Map();
    this.options.onProgress?.(this.progress());
  }

  /** Rows the database refused as already present: duplicates of a row from an earlier batch. */
  private async explainMissing(
    trx: Transaction<Database>,
    releaseId: string,
    drafts: { key: string; line: number; cell?: string; value: number }[],
  ): Promise<void> {
    const keys = drafts.map((d) => d.key.split(SEP) as [string, string, string, string, string, string]);
    const stored = new Map(
      (await findStoredKeys(trx, releaseId, keys)).map((s) => [
        [s.indicator_code, s.area, s.counterpart, s.sex, s.age, s.period].join(SEP),
        s,
      ]),
    );
    for (const draft of drafts) {
      const row = stored.get(draft.key);
      if (!row || (row.source_row === draft.line && row.value === draft.value)) continue;
      this.duplicate(
        { line: draft.line, ...(draft.cell ? { cell: draft.cell } : {}) },
        { line: row.source_row ?? 0, value: row.value },
        draft.value,
      );
    }
  }
}
