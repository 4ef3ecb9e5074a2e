import type { AreaResolver } from './country-codes.ts';

/** The importers `corridor import <kind>` and the upload form offer. */
export const IMPORT_KINDS = ['undesa', 'wdi', 'knomad', 'matrix', 'rpw', 'unhcr', 'generic'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === 'string' && (IMPORT_KINDS as readonly string[]).includes(value);
}

/** Options an importer may need beyond the file. Every field is optional; importers say which they read. */
export interface ImportOptions {
  /** Release label; by default the importer reads it from the file (`Last Updated Date`, `June 2023`…). */
  release?: string;
  /** matrix: the indicator when the title does not name it. generic: the indicator when the file has no indicator column. */
  indicator?: string;
  /** matrix: which axis holds the origin when the corner cell does not say. */
  rows?: 'origin' | 'destination';
  /** matrix: the year when the title does not give one. */
  period?: string;
  /** xlsx: the sheet to read instead of the one the importer looks for. */
  sheet?: string;
  /** generic: column mapping, field → header as written in the file (`value` → `Valeur`). */
  columns?: Partial<Record<GenericField, string>>;
  /** generic: the dataset code (`generic:<slug>`); by default derived from the file name. */
  dataset?: string;
  /** wdi: store a latest-year value that looks partial instead of skipping it. */
  keepPartial?: boolean;
}

export const GENERIC_FIELDS = [
  'indicator',
  'country',
  'origin',
  'destination',
  'sex',
  'age',
  'period',
  'value',
] as const;
export type GenericField = (typeof GENERIC_FIELDS)[number];

/** The publisher's product a file belongs to (one row of `datasets`). */
export interface DatasetMeta {
  code: string;
  title: string;
  publisher: string;
  licence: string;
  url: string | null;
}

/** One value read from a file, its dimensions already normalised (area codes, SDMX sex codes). */
export interface ObservationDraft {
  indicator: string;
  /** ISO alpha-3 or `AGG:…`; for bilateral indicators the origin. */
  area: string;
  /** For bilateral indicators the destination; '' otherwise. */
  counterpart?: string;
  sex?: string;
  age?: string;
  /** `2020` or `2020-Q3`. */
  period: string;
  value: number;
  /** 1-based line (CSV) or row (spreadsheet) it came from. */
  line: number;
  /** Spreadsheet cell, `Table 1!G12`. */
  cell?: string;
}

/** Why a row or cell was not stored. Each has a catalogue message `data.import.reason.<code>`. */
export const SKIP_REASONS = [
  'unknown-area',
  'ambiguous-area',
  /** `NA` where it could be Namibia's alpha-2 code or the file's "not available". */
  'ambiguous-code',
  /** A two-letter code in a column the file does not declare as ISO alpha-2. */
  'two-letter-code',
  /** The area is the file's "not available" marker (`NA` in an alpha-3 column). */
  'missing-area',
  'not-a-number',
  /** A formula cell saved without its result (the file was never calculated, or written by a program). */
  'formula-without-value',
  'unknown-indicator',
  'wrong-shape',
  'bad-period',
  'bad-sex',
  'missing-field',
  'duplicate',
  'partial-year',
  'note',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export interface SkipEntry {
  line?: number;
  cell?: string;
  reason: SkipReason;
  /** Values for the reason's message: the name as found, the text in the cell, the earlier line… */
  values?: Record<string, string | number>;
}

/** What an importer yields: the dataset and release first, then rows as it reads them. */
export type ImportEvent =
  | { type: 'meta'; dataset: DatasetMeta; label: string }
  /** The release label, when the file gives it only at the end (a footer's "Last Updated"). */
  | { type: 'label'; label: string }
  | {
      type: 'row';
      line: number;
      observations: ObservationDraft[];
      skips?: SkipEntry[];
      /** Cells with no value (`..`, `-`, empty): not an error, counted only. */
      missing?: number;
      /** Share of the file read so far, 0–1, when the importer can tell. */
      progress?: number;
    };

export interface ImporterContext {
  /** The name shown in reports (the uploaded file's own name, not the temporary path). */
  fileName: string;
  options: ImportOptions;
  areas: AreaResolver;
  /** The indicators in the store (catalogue and country-defined), for importers that read codes. */
  indicators: ReadonlyMap<string, IndicatorInfo>;
}

export interface IndicatorInfo {
  shape: 'country' | 'bilateral';
  unit: string;
  source: string;
  licence: string;
}

/** Reads one publisher's file format. `read` yields a `meta` event before any row. */
export interface Importer {
  kind: ImportKind | 'synthetic';
  read(path: string, context: ImporterContext): AsyncIterable<ImportEvent>;
}

/** Fatal problems. Each has a catalogue message `data.import.failure.<code>`. */
export const FAILURE_CODES = [
  'not-utf8',
  'truncated',
  'csv-syntax',
  'not-a-workbook',
  'sheet-not-found',
  'header-not-found',
  'no-data',
  'conflicting-duplicate',
  'matrix-indicator',
  'matrix-axis',
  'matrix-period',
  'matrix-conflict-indicator',
  'matrix-conflict-rows',
  'matrix-conflict-period',
  'unknown-indicator',
  'column-missing',
  'too-large',
  'unpacks-too-large',
  'too-heavy',
  'line-too-long',
  'timeout',
  'unexpected',
  'interrupted',
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/** Thrown by importers and the engine: the release fails and nothing it wrote is kept. */
export class ImportFailure extends Error {
  constructor(
    readonly code: FailureCode,
    readonly values: Record<string, string | number> = {},
    readonly at: { line?: number; cell?: string } = {},
  ) {
    super(`${code} ${JSON.stringify(values)}`);
  }
}
