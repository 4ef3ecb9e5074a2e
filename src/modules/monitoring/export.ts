/** Downloads of actions and indicators: CSV (RFC 4180, UTF-8 with BOM) and XLSX. */

export type Cell = string | number | null;

/**
 * One CSV cell. Text a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) is
 * prefixed with an apostrophe, so a download cannot carry a formula; numbers are left as they are.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV file with a byte-order mark, so spreadsheet programs read UTF-8 (Arabic) right. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export interface Sheet {
  name: string;
  header: string[];
  rows: Cell[][];
}

/** An .xlsx workbook, one sheet per entry, with a bold header row; text that looks like a formula stays text. */
export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  // Loaded on first use: exceljs is large, and most requests never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Corridor';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
    worksheet.addRow(sheet.header);
    worksheet.getRow(1).font = { bold: true };
    worksheet.views = [{ state: 'frozen', ySplit: 1 }];
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => (cell === null ? null : cell)));
    sheet.header.forEach((name, i) => {
      worksheet.getColumn(i + 1).width = Math.min(60, Math.max(12, name.length + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name safe in a Content-Disposition header: ASCII letters, digits and dashes. */
export function fileName(base: string, extension: string): string {
  const slug = base
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return `${slug || 'corridor'}.${extension}`;
}
