import type { DatasetMeta, FailureCode, ImportFailure, SkipEntry, SkipReason } from './import.types.ts';
import type { HoldReason } from './release.checks.ts';

/** How many skipped rows or cells a report lists one by one; the rest are only counted by reason. */
export const REPORT_ENTRY_CAP = 1000;

/** One skipped row or cell, with the file it came from. */
export interface ReportEntry extends SkipEntry {
  file: string;
}

/** What an import did, whatever its outcome. Stored in `releases.summary_json` (entries apart). */
export interface ImportSummary {
  kind: string;
  file: string;
  rowsRead: number;
  valuesStored: number;
  /** Empty, `..` or `-` cells: the publisher has no value there. Not an error. */
  valuesMissing: number;
  skipped: number;
  reasons: Partial<Record<SkipReason, number>>;
  /** True when more rows were skipped than `entries` lists. */
  entriesCapped: boolean;
  failure?: { code: FailureCode; values: Record<string, string | number>; line?: number; cell?: string };
  /** Set when the same file was already imported: the release that holds it. */
  unchanged?: { releaseId: string; label: string; finishedAt: string | null };
  /**
   * Why the release was not made current (held), or in a dry run would not be: each reason
   * needs the user's confirmation (`--replace`, `--accept-errors`, or "make current").
   */
  held?: HoldReason[];
  /** The reasons the user confirmed when the release was made current. */
  confirmed?: HoldReason[];
  /** The last line, when a text file does not end with a line break (it may be cut short). */
  endsMidRow?: number;
  /** The dataset as this file describes it; applied to the dataset when the release becomes current. */
  dataset?: DatasetMeta;
  durationMs: number;
}

export interface ImportReport extends ImportSummary {
  entries: ReportEntry[];
}

/** Collects a report while an import runs: every skip counted, the first REPORT_ENTRY_CAP listed. */
export class ReportBuilder {
  readonly started = Date.now();
  rowsRead = 0;
  valuesStored = 0;
  valuesMissing = 0;
  skipped = 0;
  private readonly reasons: Partial<Record<SkipReason, number>> = {};
  private readonly entries: ReportEntry[] = [];
  private failure: ImportSummary['failure'];
  private unchanged: ImportSummary['unchanged'];
  /** Set by the engine once the file is read (see ImportSummary). */
  held: HoldReason[] = [];
  confirmed: HoldReason[] = [];
  endsMidRow: number | undefined;
  dataset: DatasetMeta | undefined;

  constructor(
    readonly kind: string,
    readonly file: string,
  ) {}

  skip(entry: SkipEntry): void {
    this.skipped += 1;
    this.reasons[entry.reason] = (this.reasons[entry.reason] ?? 0) + 1;
    if (this.entries.length < REPORT_ENTRY_CAP) this.entries.push({ file: this.file, ...entry });
  }

  fail(error: ImportFailure): void {
    this.failure = { code: error.code, values: error.values, ...error.at };
  }

  markUnchanged(unchanged: NonNullable<ImportSummary['unchanged']>): void {
    this.unchanged = unchanged;
  }

  summary(): ImportSummary {
    return {
      kind: this.kind,
      file: this.file,
      rowsRead: this.rowsRead,
      valuesStored: this.valuesStored,
      valuesMissing: this.valuesMissing,
      skipped: this.skipped,
      reasons: { ...this.reasons },
      entriesCapped: this.skipped > this.entries.length,
      ...(this.failure ? { failure: this.failure } : {}),
      ...(this.unchanged ? { unchanged: this.unchanged } : {}),
      ...(this.held.length > 0 ? { held: this.held } : {}),
      ...(this.confirmed.length > 0 ? { confirmed: this.confirmed } : {}),
      ...(this.endsMidRow ? { endsMidRow: this.endsMidRow } : {}),
      ...(this.dataset ? { dataset: this.dataset } : {}),
      durationMs: Date.now() - this.started,
    };
  }

  report(): ImportReport {
    return { ...this.summary(), entries: [...this.entries] };
  }

  entryList(): ReportEntry[] {
    return this.entries;
  }
}
