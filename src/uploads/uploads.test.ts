import { describe, expect, it } from 'vitest';
import { newlineCsv, sparseXlsx, zipBombXlsx } from '../../test/support/hostile-files.ts';
import { readUploadedTable, type TableLimits } from './table.ts';
import { runWorker } from './worker.ts';
// @ts-expect-error: a plain-JavaScript module for the workers, without type declarations.
import { checkZipExpansion } from './zip-limit.mjs';

const LIMITS: TableLimits = {
  maxRows: 10,
  maxLines: 20,
  maxColumns: 3,
  maxRecordChars: 100,
  maxExpandedBytes: 1024 * 1024,
  heapMb: 64,
  timeoutMs: 20_000,
};

describe('reading an uploaded table in a worker', () => {
  it('reads CSV rows, keeping only the first columns', async () => {
    const read = await readUploadedTable(Buffer.from('\uFEFFa;b;c;d\n1;2;3;4\n\n'), 'csv', LIMITS);
    expect(read).toEqual({ ok: true, rows: [['a', 'b', 'c'], ['1', '2', '3'], ['']] });
  });

  it('stops at the lines, rows and record size it is given', async () => {
    expect(await readUploadedTable(newlineCsv(), 'csv', LIMITS)).toEqual({
      ok: false,
      reason: 'tooManyLines',
      values: { lines: 20, max: 10 },
    });
    const many = Buffer.from(`h\n${'x\n'.repeat(12)}`);
    expect(await readUploadedTable(many, 'csv', LIMITS)).toMatchObject({ ok: false, reason: 'tooManyRows' });
    const long = Buffer.from(`h\n${'x'.repeat(500)}\n`);
    expect(await readUploadedTable(long, 'csv', LIMITS)).toMatchObject({
      ok: false,
      reason: 'csv',
      values: { row: 2 },
    });
    expect(await readUploadedTable(Buffer.from('h\n"open\n'), 'csv', LIMITS)).toMatchObject({
      reason: 'quote',
    });
    expect(await readUploadedTable(Buffer.from([0x61, 0x0a, 0xe9, 0x0a]), 'csv', LIMITS)).toEqual({
      ok: false,
      reason: 'notUtf8',
      values: { row: 2 },
    });
  });

  it('refuses a sheet with data at a far row number without filling the rows above it', async () => {
    expect(await readUploadedTable(sparseXlsx(), 'xlsx', LIMITS)).toEqual({
      ok: false,
      reason: 'rowTooFar',
      values: { row: 1_048_576, max: 10 },
    });
  });

  it('counts what a workbook unpacks to, and refuses past the cap or when damaged', async () => {
    const bomb = zipBombXlsx(8);
    expect(await checkZipExpansion(bomb, 4 * 1024 * 1024)).toEqual({ ok: false, reason: 'expandsTooMuch' });
    expect((await checkZipExpansion(bomb, 16 * 1024 * 1024)).ok).toBe(true);
    expect(await readUploadedTable(bomb, 'xlsx', LIMITS)).toMatchObject({
      ok: false,
      reason: 'expandsTooMuch',
    });
    expect(await checkZipExpansion(bomb.subarray(0, bomb.length - 30), 1e9)).toEqual({
      ok: false,
      reason: 'damaged',
    });
    expect(await readUploadedTable(Buffer.from('PK\u0003\u0004 not a zip'), 'xlsx', LIMITS)).toMatchObject({
      reason: 'damaged',
    });
  });

  it('turns a worker out of time or memory into a reason, and the process goes on', async () => {
    expect(await readUploadedTable(newlineCsv(), 'csv', { ...LIMITS, timeoutMs: 1 })).toMatchObject({
      ok: false,
      reason: 'tooHeavy',
    });
    const hungry = new URL('data:text/javascript,const a=[];for(;;)a.push(new Array(1e5).fill(1));');
    expect(await runWorker(hungry, null, { heapMb: 16, timeoutMs: 20_000 })).toEqual({
      ok: false,
      reason: 'crashed',
    });
  });
});
