import type { Cell } from './csv.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One worksheet: a header row and rows of cells, in the order of the header. */
export interface Sheet {
  /** The worksheet's name; characters a workbook refuses become spaces, and it is cut to 31. */
  name: string;
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
  /**
   * Column widths in characters, in the order of the header. Without them a column is as wide as
   * its heading (12 to 60). A column wider than 40 wraps its text.
   */
  widths?: readonly (number | undefined)[];
}

/** A worksheet's name as a workbook accepts it (no `[ ] : * ? / \`, at most 31 characters). */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/**
 * An .xlsx workbook of these sheets, headings in bold and frozen, right to left when `rtl`.
 * Text stays text: exceljs writes a string as a string cell, never as a formula (a formula needs
 * `{ formula }`), so the CSV guard is not needed here and the cell keeps the exact text.
 */
export async function toXlsx(sheets: readonly Sheet[], options: { rtl?: boolean } = {}): Promise<Buffer> {
  // Loaded on first use: exceljs is large, and the CLI and most requests never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Corridor';
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name), {
      views: [{ state: 'frozen', ySplit: 1, rightToLeft: options.rtl === true }],
    });
    worksheet.addRow([...sheet.header]);
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => cell ?? null));
    sheet.header.forEach((label, i) => {
      const width = sheet.widths?.[i] ?? Math.min(60, Math.max(12, label.length + 2));
      const column = worksheet.getColumn(i + 1);
      column.width = width;
      if (width > 40) column.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
