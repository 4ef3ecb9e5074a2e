import { runWorker, type WorkerLimits } from './worker.ts';

/** The limits of reading one uploaded table (CSV or the first sheet of an XLSX workbook). */
export interface TableLimits extends WorkerLimits {
  /** Rows with text under the header. */
  maxRows: number;
  /** Lines (CSV, blank ones included) or row numbers (XLSX) read at most. */
  maxLines: number;
  /** Columns kept; cells further right are not read. */
  maxColumns: number;
  /** Characters of one CSV record. */
  maxRecordChars: number;
  /** Bytes an XLSX workbook may unpack to. */
  maxExpandedBytes: number;
}

/**
 * Why a table could not be read: `tooManyLines` (CSV: more lines than `maxLines`, blank ones
 * count), `rowTooFar` (XLSX: data at a row number past `maxLines`), `tooManyRows`,
 * `expandsTooMuch` (the workbook unpacks past `maxExpandedBytes`), `notUtf8`, `quote` (a quote
 * never closed), `csv` (unreadable CSV, a record too long included), `damaged`, `noSheet`,
 * `tooHeavy` (the worker ran out of memory or time).
 */
export type TableProblem =
  | 'tooManyLines'
  | 'rowTooFar'
  | 'tooManyRows'
  | 'expandsTooMuch'
  | 'notUtf8'
  | 'quote'
  | 'csv'
  | 'damaged'
  | 'noSheet'
  | 'tooHeavy';

export type TableResult =
  | { ok: true; rows: string[][] }
  | { ok: false; reason: TableProblem; values: Record<string, number> };

/**
 * Reads an uploaded CSV (UTF-8) or XLSX file as rows of trimmed text, off the event loop: in a
 * worker thread with a heap cap and a time limit, which stops at every limit it is given
 * (`table-worker.mjs`). The server keeps answering whatever the file holds; a worker that dies
 * answers `tooHeavy`.
 */
export async function readUploadedTable(
  data: Buffer,
  format: 'csv' | 'xlsx',
  limits: TableLimits,
): Promise<TableResult> {
  // A copy the worker owns (transferred, not cloned again).
  const copy = new Uint8Array(data);
  const outcome = await runWorker<TableResult>(
    new URL('./table-worker.mjs', import.meta.url),
    { data: copy, format, limits },
    limits,
    [copy.buffer],
  );
  if (!outcome.ok)
    return { ok: false, reason: 'tooHeavy', values: { seconds: Math.round(limits.timeoutMs / 1000) } };
  return outcome.value;
}
