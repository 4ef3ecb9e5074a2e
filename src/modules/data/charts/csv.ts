/**
 * CSV as RFC 4180 (CRLF line ends, quotes doubled) with a UTF-8 byte-order mark so spreadsheet
 * programs read accents and Arabic correctly. Text cells that a spreadsheet would run as a
 * formula (starting with = + - @) are prefixed with an apostrophe.
 */
export type CsvCell = string | number | null | undefined;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvCell[][], options: { bom?: boolean } = {}): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}
