// Reads an uploaded CSV or XLSX file into a small table of text, inside a worker thread with a
// heap cap and a time limit (src/uploads/table.ts, decision 33). Every loop stops at a limit:
// lines (blank ones count), rows with text, columns, the size of one CSV record, and for a
// workbook the bytes it unpacks to and the row numbers it uses (a sheet whose only cell sits at
// row 1,048,576 is refused, never filled with a million empty rows). Answers
// { ok: true, rows } or { ok: false, reason, values } with a reason the caller puts in words.
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { checkZipExpansion } from './zip-limit.mjs';

const { data, format, limits } = workerData;
const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);

class Stop extends Error {
  constructor(reason, values) {
    super(reason);
    this.reason = reason;
    this.values = values;
  }
}

const isBlank = (cells) => cells.every((c) => c === '');

/** Counts rows as they come, and stops past the limits. */
function rowCounter() {
  let withText = 0;
  return (cells, line) => {
    if (line > limits.maxLines) {
      throw format === 'csv'
        ? new Stop('tooManyLines', { lines: limits.maxLines, max: limits.maxRows })
        : new Stop('rowTooFar', { row: line, max: limits.maxRows });
    }
    // The header row and then at most maxRows rows of data.
    if (!isBlank(cells) && ++withText > limits.maxRows + 1)
      throw new Stop('tooManyRows', { max: limits.maxRows });
  };
}

/** UTF-8 only; the line of the first byte that is not, so the person can find the character. */
function decodeUtf8(buffer) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    return decoder.decode(buffer);
  } catch {
    let start = 0;
    for (let row = 1; start <= buffer.length; row++) {
      const end = buffer.indexOf(0x0a, start);
      try {
        decoder.decode(buffer.subarray(start, end === -1 ? buffer.length : end));
      } catch {
        throw new Stop('notUtf8', { row });
      }
      if (end === -1) break;
      start = end + 1;
    }
    throw new Stop('notUtf8', { row: 1 });
  }
}

async function readCsv() {
  const { parse } = await import('csv-parse/sync');
  const text = decodeUtf8(bytes).replace(/^\uFEFF/, '');
  const newline = text.indexOf('\n');
  const firstLine = newline === -1 ? text : text.slice(0, newline);
  // Spreadsheets set to a comma as decimal mark save with semicolons.
  const delimiter =
    firstLine.includes(';') && !firstLine.includes(',')
      ? ';'
      : firstLine.includes('\t') && !firstLine.includes(',')
        ? '\t'
        : ',';
  const count = rowCounter();
  let records = 0;
  try {
    return parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      trim: true,
      max_record_size: limits.maxRecordChars,
      // Called for each record as it is read: the parse stops at the first limit passed.
      on_record: (record) => {
        const cells = record.length > limits.maxColumns ? record.slice(0, limits.maxColumns) : record;
        count(cells, ++records);
        return cells;
      },
    });
  } catch (error) {
    if (error instanceof Stop) throw error;
    const cause = error?.cause instanceof Stop ? error.cause : null;
    if (cause) throw cause;
    const row = error?.lines ?? records + 1;
    throw new Stop(error?.code === 'CSV_QUOTE_NOT_CLOSED' ? 'quote' : 'csv', { row });
  }
}

/** A cell as text: numbers in full, dates as YYYY-MM-DD, formulas by their result. */
function cellText(value) {
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
    if ('result' in value) return cellText(value.result ?? null);
    if ('text' in value) return String(value.text).trim();
    if ('error' in value) return '';
  }
  return String(value).trim();
}

async function readXlsx() {
  const size = await checkZipExpansion(bytes, limits.maxExpandedBytes);
  if (!size.ok) throw new Stop(size.reason, { size: Math.round(limits.maxExpandedBytes / 1024 / 1024) });
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Styles tell dates from numbers.
    styles: 'cache',
    entries: 'ignore',
  });
  const count = rowCounter();
  const rows = [];
  try {
    // The first sheet only.
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const cells = [];
        row.eachCell((cell, column) => {
          if (column <= limits.maxColumns) cells[column - 1] = cellText(cell.value);
        });
        for (let i = 0; i < cells.length; i++) cells[i] ??= '';
        count(cells, row.number);
        rows[row.number - 1] = cells;
      }
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
      return rows;
    }
  } catch (error) {
    if (error instanceof Stop) throw error;
    throw new Stop('damaged');
  }
  throw new Stop('noSheet');
}

try {
  const rows = format === 'csv' ? await readCsv() : await readXlsx();
  parentPort.postMessage({ ok: true, rows });
} catch (error) {
  if (error instanceof Stop)
    parentPort.postMessage({ ok: false, reason: error.reason, values: error.values ?? {} });
  else parentPort.postMessage({ ok: false, reason: 'damaged', values: {} });
}
