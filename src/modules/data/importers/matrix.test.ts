import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from '../../../../test/support/databases.ts';
import { runImport } from '../import.service.ts';
import type { Importer } from '../import.types.ts';
import { matrixImporter } from './matrix.ts';
import { readWith, scratch } from './read.testing.ts';

const files = scratch();
afterAll(() => files.done());

/**
 * The World Bank's bilateral migrant stock matrices: a title row, an empty corner cell, origins
 * down and destinations across, with "Other North", "Other South" and "World" beside the countries.
 */
const WORLD_BANK_MIGRATION_MATRIX = [
  ['Bilateral Estimates of Migrant Stocks in 2013'],
  [null, 'Mexico', 'United States', 'Canada', 'Spain', 'Germany', 'Other North', 'Other South', 'World'],
  ['Mexico', '-', 13_000_000, 80_000, 50_000, 15_000, 1_000, 2_000, 13_148_000],
  ['Guatemala', 15_000, 870_000, 15_000, 3_000, 1_000, 100, 200, 904_300],
  ['Other North', 1_000, 2_000, 3_000, 4_000, 5_000, 6, 7, 15_013],
  ['World', 1_100_000, 45_800_000, 7_300_000, 6_500_000, 9_800_000, 1, 2, 70_500_003],
];

describe('matrix importer', () => {
  it('imports a matrix whose header has cells that name no area: reported, their columns skipped', async () => {
    const path = await files.workbook('bilateral-migration-2013.xlsx', {
      Bilateral: WORLD_BANK_MIGRATION_MATRIX,
    });
    const read = await readWith(matrixImporter, path, {
      rows: 'origin',
      indicator: 'ims.stock.bilateral',
      period: '2013',
    });
    expect(read.failure).toBeNull();
    // The dataset comes first, then the rows: the import service reads the first event as the dataset.
    expect(read.events[0]).toBe('meta');
    expect(read.meta?.dataset.code).toBe('matrix:ims.stock.bilateral:2013');
    // Credited to its own publisher, named by its title, not to the indicator's usual source.
    expect(read.meta?.dataset.publisher).toBe('World Bank');
    expect(read.skips.filter((s) => s.line === 2)).toEqual([
      { line: 2, cell: 'Bilateral!G2', reason: 'unknown-area', values: { name: 'Other North' } },
      { line: 2, cell: 'Bilateral!H2', reason: 'unknown-area', values: { name: 'Other South' } },
    ]);
    expect(read.skips.filter((s) => s.line !== 2)).toEqual([
      { line: 5, cell: 'Bilateral!A5', reason: 'unknown-area', values: { name: 'Other North' } },
    ]);
    const mexicoToUsa = read.observations.find((o) => o.area === 'MEX' && o.counterpart === 'USA');
    expect(mexicoToUsa).toMatchObject({ value: 13_000_000, period: '2013', cell: 'Bilateral!C3' });
    // Three countries and World down, five countries and World across, one cell missing ("-").
    expect(read.observations).toHaveLength(3 * 6 - 1);
    expect(read.missing).toBe(1);
  });

  it('names the real cause when the file does not say what it needs: the axis, not "no data"', async () => {
    const path = await files.workbook('bilateral-migration-axis.xlsx', {
      Bilateral: WORLD_BANK_MIGRATION_MATRIX,
    });
    const read = await readWith(matrixImporter, path, { indicator: 'ims.stock.bilateral' });
    expect(read.failure?.code).toBe('matrix-axis');
    expect(read.events).toEqual([]);
  });
});

describe.each(DIALECTS)('importing a matrix with unknown header cells on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    db = await freshDb(dialect);
  });
  afterAll(() => db.drop());

  it('completes, reporting the unknown cells, where it used to fail with "no data rows"', async () => {
    const path = await files.workbook('bilateral-migration-service.xlsx', {
      Bilateral: WORLD_BANK_MIGRATION_MATRIX,
    });
    const outcome = await runImport(db, {
      importer: matrixImporter,
      path,
      fileName: 'bilateral-migration-2013.xlsx',
      options: { rows: 'origin', indicator: 'ims.stock.bilateral', period: '2013' },
      actorId: null,
    });
    expect(outcome.report.failure).toBeUndefined();
    expect(outcome).toMatchObject({ status: 'complete', label: '2013' });
    expect(outcome.report.valuesStored).toBe(17);
    expect(outcome.report.reasons).toEqual({ 'unknown-area': 3 });
  });

  it('says an importer that yields rows before its dataset is at fault, not the file', async () => {
    const faulty: Importer = {
      kind: 'matrix',
      async *read() {
        yield { type: 'row', line: 1, observations: [] };
      },
    };
    const outcome = await runImport(db, {
      importer: faulty,
      path: '',
      fileName: 'x.xlsx',
      sha256: 'x',
      actorId: null,
    });
    expect(outcome.report.failure).toMatchObject({
      code: 'unexpected',
      values: { message: 'rows before the dataset' },
    });
  });
});
