import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetOf } from './table.ts';
import { sheetName, toXlsx } from './xlsx.ts';

async function read(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX workbooks', () => {
  it('write one sheet per entry, headings bold and frozen, text that looks like a formula kept as text', async () => {
    const workbook = await read(
      await toXlsx([
        {
          name: 'Actions',
          header: ['title', 'progress'],
          rows: [
            ['=HYPERLINK("http://evil")', 40],
            [null, -5],
          ],
        },
        { name: 'Values', header: ['period'], rows: [['2020']] },
      ]),
    );
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Actions', 'Values']);
    const sheet = workbook.getWorksheet('Actions')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'title', 'progress']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const formula = sheet.getCell('A2');
    expect(formula.type).toBe(ExcelJS.ValueType.String);
    expect(formula.value).toBe('=HYPERLINK("http://evil")');
    expect(sheet.getCell('B2').value).toBe(40);
    expect(sheet.getCell('A3').value).toBe(null);
    expect(sheet.getCell('B3').value).toBe(-5);
    // Columns fit their headings, 12 characters at least.
    expect(sheet.getColumn(1).width).toBe(12);
  });

  it('read right to left when asked, and make any name a valid sheet name', async () => {
    const workbook = await read(
      await toXlsx([{ name: 'a/b: [c]?', header: ['x'], rows: [] }], { rtl: true }),
    );
    expect(workbook.worksheets[0]!.name).toBe('a b   c  ');
    expect(workbook.worksheets[0]!.views[0]?.rightToLeft).toBe(true);
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });

  it('take keyed tables: cells by key, missing keys empty, wide columns wrapped', async () => {
    const sheet = sheetOf({
      name: 'Lessons',
      columns: [
        { key: 'id', label: 'ID', width: 8 },
        { key: 'text', label: 'Lesson', width: 70 },
        { key: 'tags', label: 'Tags' },
      ],
      rows: [{ text: 'Learnt', id: 'l1' }],
    });
    expect(sheet).toEqual({
      name: 'Lessons',
      header: ['ID', 'Lesson', 'Tags'],
      rows: [['l1', 'Learnt', null]],
      widths: [8, 70, 20],
    });
    const written = (await read(await toXlsx([sheet]))).worksheets[0]!;
    expect(written.getColumn(2).width).toBe(70);
    expect(written.getCell('B2').alignment).toMatchObject({ wrapText: true });
    expect(written.getColumn(3).width).toBe(20);
  });
});
