import type { Problem } from '../../commands/index.ts';
import { readUploadedTable, type TableLimits } from '../../uploads/table.ts';

/**
 * Reads an uploaded CSV or XLSX file into rows of text keyed by column, before any checking of
 * what they say. The file itself is read in a worker thread, within limits (src/uploads/table.ts). A file that cannot be read at all fails with one clear problem: not a CSV or
 * XLSX file, an old .xls workbook, a damaged or truncated workbook, a CSV not saved as UTF-8, a
 * quote left open, no header row, a required column missing, too many rows.
 */

/** Uploads are kept small: a plan's values for a year fit many times over. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** Rows one bulk upload (a file, or the API's JSON rows) may hold. */
export const MAX_UPLOAD_ROWS = 5000;

/** One row of the file: its row number as a spreadsheet shows it (the header is row 1), and its cells. */
export interface RawRow {
  row: number;
  cells: Record<string, string>;
}

export type Parsed = { ok: true; rows: RawRow[]; format: 'csv' | 'xlsx' } | { ok: false; problem: Problem };

/** The columns a kind of upload reads, each with the header names it also accepts. */
export interface ColumnSpec {
  name: string;
  aliases: string[];
  required: boolean;
}

const fail = (key: string, values?: Record<string, string | number>): Parsed => ({
  ok: false,
  problem: { key, values },
});

/** "Date Reported " → "date_reported". */
export function normaliseHeader(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s\-/]+/g, '_')
    .replace(/[^\p{L}\p{N}_]/gu, '');
}

function isZip(data: Buffer): boolean {
  return data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/** Decides the format from the name and the first bytes, and refuses what is neither CSV nor XLSX. */
export async function parseUpload(fileName: string, data: Buffer, columns: ColumnSpec[]): Promise<Parsed> {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (data.length === 0) return fail('bulk.file.empty');
  if (extension === 'xls' || (data[0] === 0xd0 && data[1] === 0xcf)) return fail('bulk.file.xls');
  if (extension === 'xlsx' || (extension === '' && isZip(data))) {
    if (!isZip(data)) return fail('bulk.file.notXlsx');
    return tableToRows(await readTable(data, 'xlsx'), columns, 'xlsx');
  }
  if (extension === 'csv' || extension === 'txt' || (extension === '' && !isZip(data))) {
    if (isZip(data) || data.includes(0)) return fail('bulk.file.wrongType');
    return tableToRows(await readTable(data, 'csv'), columns, 'csv');
  }
  return fail('bulk.file.wrongType');
}

type Table = { ok: true; rows: string[][] } | { ok: false; problem: Problem };

/**
 * The bounds of reading one bulk file (decisions 32 and 33): the rows a bulk file holds, twice as
 * many lines or row numbers in all (blank ones count, so a file of newlines costs nothing), 50
 * columns, 64 KB a CSV record, 50 MB unpacked for a workbook; a worker with 128 MB of heap and 20
 * seconds.
 */
export const TABLE_LIMITS: TableLimits = {
  maxRows: MAX_UPLOAD_ROWS,
  maxLines: 2 * MAX_UPLOAD_ROWS,
  maxColumns: 50,
  maxRecordChars: 64 * 1024,
  maxExpandedBytes: 50 * 1024 * 1024,
  heapMb: 128,
  timeoutMs: 20_000,
};

async function readTable(data: Buffer, format: 'csv' | 'xlsx'): Promise<Table> {
  const read = await readUploadedTable(data, format, TABLE_LIMITS);
  if (read.ok) return read;
  return { ok: false, problem: { key: `bulk.file.${read.reason}`, values: read.values } };
}

/** Finds the header row (the first with text), maps its columns, and keeps the rows with anything in them. */
function tableToRows(table: Table, columns: ColumnSpec[], format: 'csv' | 'xlsx'): Parsed {
  if (!table.ok) return { ok: false, problem: table.problem };
  const headerIndex = table.rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex === -1) return fail('bulk.file.noRows');
  const header = table.rows[headerIndex]!.map(normaliseHeader);
  const positions = new Map<string, number>();
  for (const column of columns) {
    const index = header.findIndex((h) => h === column.name || column.aliases.includes(h));
    if (index !== -1) positions.set(column.name, index);
  }
  const missing = columns.filter((c) => c.required && !positions.has(c.name)).map((c) => c.name);
  if (missing.length > 0) return fail('bulk.file.missingColumns', { columns: missing.join(', ') });
  const rows: RawRow[] = [];
  for (let i = headerIndex + 1; i < table.rows.length; i++) {
    const cells = table.rows[i]!;
    if (cells.every((c) => (c ?? '').trim() === '')) continue;
    if (rows.length >= MAX_UPLOAD_ROWS) return fail('bulk.file.tooManyRows', { max: MAX_UPLOAD_ROWS });
    rows.push({
      row: i + 1,
      cells: Object.fromEntries(
        columns.map((c) => [c.name, (cells[positions.get(c.name) ?? -1] ?? '').trim()]),
      ),
    });
  }
  if (rows.length === 0) return fail('bulk.file.noRows');
  return { ok: true, rows, format };
}
