import type { FastifyReply } from 'fastify';

/** A table to download: columns in order with their headings (in the reader's language), and rows. */
export interface DownloadTable {
  /** The worksheet's name (at most 31 characters; trimmed if longer). */
  name: string;
  columns: { key: string; label: string; width?: number }[];
  rows: Record<string, string | number | null>[];
}

/**
 * One CSV cell (RFC 4180). Text a spreadsheet would run as a formula (=, +, -, @, tab, CR at the
 * start) is prefixed with an apostrophe, so a download cannot carry a formula.
 */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The table as CSV with a byte-order mark, so spreadsheet programs read UTF-8 (Arabic) right. */
export function tableCsv(table: DownloadTable): string {
  const lines = [table.columns.map((c) => csvCell(c.label)).join(',')];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvCell(row[c.key] ?? null)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The table as an XLSX workbook of one sheet, headings in bold and frozen. Text stays text (never a formula). */
export async function tableXlsx(table: DownloadTable, rtl = false): Promise<Buffer> {
  // Loaded on first use: exceljs is large, and the CLI and most requests never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Corridor';
  const sheet = workbook.addWorksheet(table.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: rtl }],
  });
  sheet.columns = table.columns.map((c) => ({ header: c.label, key: c.key, width: c.width ?? 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const values: Record<string, string | number | null> = {};
    for (const c of table.columns) values[c.key] = row[c.key] ?? null;
    sheet.addRow(values);
  }
  for (const c of table.columns)
    if ((c.width ?? 20) > 40) sheet.getColumn(c.key).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends a table as a download in `format`, named `filename` plus the extension. */
export async function sendTable(
  reply: FastifyReply,
  table: DownloadTable,
  format: 'csv' | 'xlsx',
  filename: string,
  rtl = false,
) {
  const safeName = filename.replace(/[^a-z0-9-]+/gi, '-').slice(0, 80) || 'download';
  reply.header('content-disposition', `attachment; filename="${safeName}.${format}"`);
  reply.header('cache-control', 'no-store');
  if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(tableCsv(table));
  return reply
    .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .send(await tableXlsx(table, rtl));
}
