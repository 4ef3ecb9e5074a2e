import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from '../../../../test/support/databases.ts';
import type { DialectName } from '../../../db/connection.ts';
import { type ImportOutcome, runImport } from '../import.service.ts';
import type { ImportKind, ImportOptions } from '../import.types.ts';
import { IMPORTERS } from './index.ts';

/**
 * Imports every published file in ../shared/data (IATI aside: not indicator data) once per
 * database, then checks the figures the data README quotes. PostgreSQL gets all but the largest.
 */
const DATA = join(process.cwd(), '../shared/data');

const FILES: { key: string; kind: ImportKind; file: string; options?: ImportOptions; large?: boolean }[] = [
  { key: 'undesa', kind: 'undesa', file: 'undesa/undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx' },
  { key: 'wdi-csv', kind: 'wdi', file: 'worldbank/API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv' },
  { key: 'wdi-paid', kind: 'wdi', file: 'worldbank/personal-remittances-paid.xls' },
  { key: 'wdi-received', kind: 'wdi', file: 'worldbank/personal-remittances-received.xls' },
  { key: 'wdi-gdp', kind: 'wdi', file: 'worldbank/remittances-received-percent-gdp.xls' },
  { key: 'wdi-cost-from', kind: 'wdi', file: 'worldbank/sending-cost-from-country.xls' },
  { key: 'wdi-cost-to', kind: 'wdi', file: 'worldbank/sending-cost-to-country.xls' },
  { key: 'knomad-in', kind: 'knomad', file: 'knomad/remittance-inflows.xlsx' },
  { key: 'knomad-out', kind: 'knomad', file: 'knomad/remittance-outflows.xlsx' },
  { key: 'matrix', kind: 'matrix', file: 'knomad/WB_Bilateral_Remittance_Estimates_2017.xlsx' },
  { key: 'rpw', kind: 'rpw', file: 'rpw/rpw_corridors_databank_2011Q1-2020.csv' },
  { key: 'unhcr', kind: 'unhcr', file: 'unhcr/unhcr_2020.csv', large: true },
];

function importFile(db: Awaited<ReturnType<typeof freshDb>>, entry: (typeof FILES)[number]) {
  return runImport(db, {
    importer: IMPORTERS[entry.kind],
    path: join(DATA, entry.file),
    fileName: entry.file.split('/').pop()!,
    options: entry.options ?? {},
    actorId: null,
  });
}

describe.each(DIALECTS)('importing the published files on %s', (dialect: DialectName) => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  const outcomes = new Map<string, ImportOutcome>();
  const files = FILES.filter((f) => dialect === 'sqlite' || !f.large);

  /** The current value of a series, as the country profile and the API will read it. */
  async function current(indicator: string, area: string, period: string, counterpart = '', sex = '_T') {
    const row = await db.kysely
      .selectFrom('observations')
      .innerJoin('releases', 'releases.id', 'observations.release_id')
      .select('observations.value')
      .where('releases.is_current', '=', 1)
      .where('observations.indicator_code', '=', indicator)
      .where('observations.area', '=', area)
      .where('observations.counterpart', '=', counterpart)
      .where('observations.sex', '=', sex)
      .where('observations.period', '=', period)
      .executeTakeFirst();
    return row?.value;
  }

  async function countWhere(indicator: string, period?: string) {
    const row = await db.kysely
      .selectFrom('observations')
      .innerJoin('releases', 'releases.id', 'observations.release_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('releases.is_current', '=', 1)
      .where('observations.indicator_code', '=', indicator)
      .$if(period !== undefined, (q) => q.where('observations.period', '=', period!))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  const outcome = (key: string) => {
    const found = outcomes.get(key);
    if (!found) throw new Error(`${key} was not imported on ${dialect}`);
    return found;
  };

  beforeAll(async () => {
    db = await freshDb(dialect);
    for (const entry of files) outcomes.set(entry.key, await importFile(db, entry));
  }, 240_000);
  afterAll(() => db.drop());

  it('imports every file completely, with no area it cannot place', () => {
    for (const [key, result] of outcomes) {
      expect(`${key}: ${result.status}`).toBe(`${key}: complete`);
      expect(result.report.failure).toBeUndefined();
      expect(result.report.reasons['unknown-area'], key).toBeUndefined();
      expect(result.report.reasons['ambiguous-area'], key).toBeUndefined();
      expect(result.report.reasons['not-a-number'], key).toBeUndefined();
      expect(result.report.valuesStored, key).toBeGreaterThan(300);
    }
  });

  it('UN DESA: World 2020 = 280,598,105 migrants, by sex too, from Tables 1, 3 and 6', async () => {
    const undesa = outcome('undesa');
    expect(undesa.dataset?.code).toBe('undesa-ims-destination');
    expect(undesa.label).toBe('2020');
    expect(await current('ims.stock.destination', 'AGG:WLD', '2020')).toBe(280_598_105);
    expect(await current('ims.stock.destination', 'AGG:WLD', '2020', '', 'M')).toBe(145_655_844);
    expect(await current('ims.stock.destination', 'AGG:WLD', '2020', '', 'F')).toBe(134_942_261);
    expect(await current('ims.stock.destination', 'USA', '2020')).toBe(50_632_836);
    expect(await current('ims.stock.destination', 'BGD', '1990')).toBeGreaterThan(0);
    expect(await current('ims.stock.share', 'AGG:WLD', '2020')).toBeCloseTo(3.6, 1);
    expect(await current('ims.refugees', 'AGG:WLD', '2020')).toBe(33_807_795);
    expect(await current('ims.stock.destination', 'SSD', '1990')).toBeUndefined();
    // Australia and New Zealand is listed twice (SDG region and M49 sub-region): same values, reported once each.
    expect(undesa.report.reasons).toEqual({ duplicate: 49 });
    expect(undesa.report.entries[0]).toMatchObject({ line: 268, reason: 'duplicate', values: { line: 19 } });
  });

  it('WDI CSV: 266 economies and aggregates, all placed, labelled with the Last Updated Date', async () => {
    const csv = outcome('wdi-csv');
    expect(csv.report.rowsRead).toBe(266);
    expect(csv.dataset?.code).toBe('wdi:BM.TRF.PWKR.CD.DT');
    // The CSV and the .xls of the same indicator are two releases of one dataset: the later is current.
    expect(outcome('wdi-paid').dataset?.code).toBe('wdi:BM.TRF.PWKR.CD.DT');
    expect(csv.label).toBe('2021-09-15');
    expect(outcome('wdi-paid').label).toBe('2023-05-10');
    const history = await db.kysely
      .selectFrom('releases')
      .select(['label', 'is_current'])
      .where('releases.id', 'in', [csv.releaseId!, outcome('wdi-paid').releaseId!])
      .orderBy('label')
      .execute();
    expect(history).toEqual([
      { label: '2021-09-15', is_current: 0 },
      { label: '2023-05-10', is_current: 1 },
    ]);
    expect(await current('BM.TRF.PWKR.CD.DT', 'AGG:XKX', '2021')).toBeGreaterThan(0);
    expect(await current('BM.TRF.PWKR.CD.DT', 'AGG:WB-SSF', '2010')).toBeGreaterThan(0);
  });

  it('WDI .xls: Philippines 2022 is a quarter of 2021, reported as partial and not stored', async () => {
    const received = outcome('wdi-received');
    expect(received.dataset?.code).toBe('wdi:BX.TRF.PWKR.CD.DT');
    const philippines = received.report.entries.find(
      (e) => e.reason === 'partial-year' && e.values?.name === 'Philippines',
    );
    expect(philippines).toMatchObject({ cell: 'Data!BO192', values: { period: '2022', percent: 25 } });
    expect(await current('BX.TRF.PWKR.CD.DT', 'PHL', '2021')).toBeCloseTo(36_685_313_168.05, 1);
    expect(await current('BX.TRF.PWKR.CD.DT', 'PHL', '2022')).toBeUndefined();
    expect(await current('BX.TRF.PWKR.DT.GD.ZS', 'PHL', '2021')).toBeGreaterThan(8);
    expect(await countWhere('SI.RMT.COST.IB.ZS')).toBe(956);
    expect(await countWhere('SI.RMT.COST.OB.ZS')).toBe(394);
  });

  it('KNOMAD flows: World Bank names placed, footnotes reported as notes, June 2023', async () => {
    const inflows = outcome('knomad-in');
    expect(inflows.label).toBe('June 2023');
    expect(outcome('knomad-out').label).toBe('June 2023');
    expect(inflows.report.reasons).toEqual({ note: 8 });
    expect(await current('knomad.inflows', 'BGD', '2000')).toBeCloseTo(1967.53, 2);
    expect(await current('knomad.inflows', 'AGG:WB-LMY', '2022')).toBeGreaterThan(600_000);
    expect(await current('knomad.outflows', 'TUR', '2010')).toBeGreaterThan(0);
  });

  it('bilateral matrix: US → Mexico about 30,000 million in 2017, `-` cells missing', async () => {
    const matrix = outcome('matrix');
    expect(matrix.dataset?.code).toBe('matrix:knomad.bilateral:2017');
    expect(matrix.label).toBe('April 2018 Version');
    expect(await current('knomad.bilateral', 'USA', '2017', 'MEX')).toBeCloseTo(30_019.19, 1);
    expect(await current('knomad.bilateral', 'MEX', '2017', 'USA')).toBeLessThan(3_000);
    expect(matrix.report.valuesMissing).toBe(4);
    expect(await current('knomad.bilateral', 'IND', '2017', 'PAK')).toBeUndefined();
    expect(await current('knomad.bilateral', 'AGG:WLD', '2017', 'MEX')).toBeGreaterThan(30_000);
  });

  it('Remittance Prices Worldwide: 367 corridors with 2020Q3 values, last updated 2020-12-07', async () => {
    const rpw = outcome('rpw');
    expect(rpw.label).toBe('2020-12-07');
    expect(await countWhere('rpw.corridor.cost', '2020-Q3')).toBe(367);
    expect(await current('rpw.corridor.cost', 'USA', '2011-Q1', 'VNM')).toBeCloseTo(7.224, 3);
    expect(rpw.report.reasons).toEqual({ note: 2 });
  });

  it.runIf(dialect === 'sqlite')(
    'UNHCR: no 2019 rows, NA values missing, unknown origins kept apart',
    async () => {
      const unhcr = outcome('unhcr');
      expect(unhcr.report.rowsRead).toBe(93_936);
      expect(unhcr.report.valuesMissing).toBe(12);
      expect(await countWhere('unhcr.refugees', '2019')).toBe(0);
      expect(await countWhere('unhcr.refugees', '2020')).toBeGreaterThan(5000);
      expect(await current('unhcr.refugees', 'AGG:UNK', '2020', 'FRA')).toBe(101_068);
      expect(await current('unhcr.asylum', 'AGG:UNK', '1995', 'AGG:UNK')).toBe(986_458);
    },
  );

  it('re-importing a file changes nothing', async () => {
    const before = await db.kysely
      .selectFrom('releases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    for (const key of ['rpw', 'knomad-in', 'wdi-cost-to']) {
      const again = await importFile(db, FILES.find((f) => f.key === key)!);
      expect(again.status).toBe('unchanged');
      expect(again.releaseId).toBe(outcome(key).releaseId);
    }
    const after = await db.kysely
      .selectFrom('releases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect(await countWhere('rpw.corridor.cost', '2020-Q3')).toBe(367);
  });
});
