import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { xlsxWithSheet, zipBombXlsx } from '../../../../test/support/hostile-files.ts';
import { ImportFailure } from '../import.types.ts';
import { readXlsSheet } from './xls.ts';
import { readXlsxRows } from './xlsx.ts';

const dir = mkdtempSync(join(tmpdir(), 'corridor-hostile-'));
const file = (name: string, content: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function failureOf(rows: AsyncGenerator<unknown>): Promise<ImportFailure | null> {
  try {
    for await (const _ of rows);
    return null;
  } catch (error) {
    return error instanceof ImportFailure ? error : null;
  }
}

describe('reading a hostile workbook for an import', () => {
  it('refuses a workbook that unpacks past its cap, before any row', async () => {
    const failure = await failureOf(
      readXlsxRows(file('bomb.xlsx', zipBombXlsx(8)), { minExpandedBytes: 4 * 1024 ** 2 }),
    );
    expect(failure?.code).toBe('unpacks-too-large');
    expect(failure?.values).toEqual({ limit: 4 });
  });

  it('turns a worker out of memory into a failure, and the process goes on', async () => {
    const failure = await failureOf(readXlsxRows(file('heavy.xlsx', zipBombXlsx(8)), { heapMb: 4 }));
    expect(failure?.code).toBe('too-heavy');
  });

  it('says a legacy .xls ran out of memory in words, rather than calling it too large', async () => {
    const xls = join(process.cwd(), '../shared/data/worldbank/personal-remittances-paid.xls');
    await expect(readXlsSheet(xls, 'Data', { heapMb: 4 })).rejects.toMatchObject({ code: 'too-heavy' });
  });

  it('sends no more columns than its cap, whatever column a cell claims', async () => {
    const path = file(
      'wide.xlsx',
      xlsxWithSheet(
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>a</t></is></c><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c></row></sheetData></worksheet>',
      ),
    );
    const rows = [];
    for await (const row of readXlsxRows(path, { maxColumns: 10 })) rows.push(row);
    expect(rows.map((r) => [r.row, r.values[1], r.values.length <= 11, r.values.includes('far')])).toEqual([
      [1_048_576, 'a', true, false],
    ]);
  });
});
