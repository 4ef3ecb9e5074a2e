/**
 * CSV as RFC 4180 (commas, CRLF line ends, quotes doubled), UTF-8 with a byte-order mark so that
 * spreadsheet programs read accents and Arabic right. The one place where a download's cells are
 * made safe: text a spreadsheet would run as a formula gets an apostrophe in front.
 */

/** A table cell: text, a number, or nothing. */
export type Cell = string | number | null | undefined;

/**
 * Text starting with one of these is run as a formula by Excel, LibreOffice or Google Sheets
 * (`=`, `+`, `-`, `@`, and a tab or carriage return before one of them), so a cell such as
 * `=HYPERLINK("http://evil")` could act when the file is opened (CSV injection, OWASP).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text made safe to open in a spreadsheet: an apostrophe before anything that would be a formula. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One CSV cell. Numbers are written as they are (a negative number is a number, not a formula);
 * a number that is not finite, null and undefined are empty; text is defused, then quoted when it
 * holds a quote, a comma or a line break.
 */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = defuseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file: the header row, then the rows; with a byte-order mark unless `bom: false`. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: { bom?: boolean } = {},
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/** Every download with a header row says so (RFC 4180's `header` parameter). */
export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';
