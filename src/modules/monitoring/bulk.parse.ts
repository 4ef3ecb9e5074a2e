import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import type { CellValue } from 'exceljs';
import type { Problem } from './monitoring.support.ts';

/**
 * Reads an uploaded CSV or XLSX file into rows of text keyed by column, before any checking of
 * what they say. A file that cannot be read at all fails with one clear problem: not a CSV or
 * XLSX file, an old .xls workbook, a damaged or truncated workbook, a CSV not saved as UTF-8, a
 * quote left open, no header row, a required column missing, too many rows.
 */

/** Uploads are kept small: a plan's values for a year fit many times over. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 5000;

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
    return tableToRows(await readXlsx(data), columns, 'xlsx');
  }
  if (extension === 'csv' || extension === 'txt' || (extension === '' && !isZip(data))) {
    if (isZip(data) || data.includes(0)) return fail('bulk.file.wrongType');
    const text = decodeUtf8(data);
    if (!text.ok) return fail('bulk.file.notUtf8', { row: text.row });
    return tableToRows(readCsv(text.value), columns, 'csv');
  }
  return fail('bulk.file.wrongType');
}

type Table = { ok: true; rows: string[][] } | { ok: false; problem: Problem };

/** UTF-8 only: a file saved as Latin-1 would otherwise turn "São Tomé" into mojibake without a word. */
function decodeUtf8(data: Buffer): { ok: true; value: string } | { ok: false; row: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return { ok: true, value: decoder.decode(data) };
  } catch {
    // Name the line of the first byte that is not UTF-8, so the person can find the character.
    let start = 0;
    for (let row = 1; start <= data.length; row++) {
      const end = data.indexOf(0x0a, start);
      const line = data.subarray(start, end === -1 ? data.length : end);
      try {
        decoder.decode(line);
      } catch {
        return { ok: false, row };
      }
      if (end === -1) break;
      start = end + 1;
    }
    return { ok: false, row: 1 };
  }
}

function readCsv(text: string): Table {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  // Spreadsheets set to a comma as decimal mark save with semicolons.
  const delimiter =
    firstLine.includes(';') && !firstLine.includes(',')
      ? ';'
      : firstLine.includes('\t') && !firstLine.includes(',')
        ? '\t'
        : ',';
  try {
    const rows = parse(body, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
    }) as string[][];
    return { ok: true, rows };
  } catch (error) {
    if (error instanceof CsvError) {
      const row = (error as CsvError & { lines?: number }).lines ?? 0;
      return {
        ok: false,
        problem: {
          key: error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'bulk.file.quote' : 'bulk.file.csv',
          values: { row },
        },
      };
    }
    throw error;
  }
}

/** A cell as text: numbers in full, dates as YYYY-MM-DD, formulas by their result. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('result' in value) return cellText((value.result ?? null) as CellValue);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
  }
  return String(value).trim();
}

async function readXlsx(data: Buffer): Promise<Table> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problem: { key: 'bulk.file.damaged' } };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, problem: { key: 'bulk.file.noSheet' } };
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[number - 1] = values.map((v) => cellText(v as CellValue));
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { ok: true, rows };
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
    if (rows.length >= MAX_ROWS) return fail('bulk.file.tooManyRows', { max: MAX_ROWS });
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
