import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildDataset,
  buildRelease,
  insertObservations,
  loadDataFixtures,
} from '../../../test/support/data-fixtures.ts';
import { DIALECTS, freshDb } from '../../../test/support/databases.ts';
import {
  bilateralTotals,
  corridorCosts,
  corridorSeries,
  countryObservations,
  countrySeries,
  dataCoverage,
  latestValues,
  periodBounds,
  topPartners,
} from './series.repository.ts';
import * as codes from './series-codes.ts';

describe.each(DIALECTS)('series repository on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  let fixtures: Awaited<ReturnType<typeof loadDataFixtures>>;
  beforeAll(async () => {
    db = await freshDb(dialect);
    fixtures = await loadDataFixtures(db);
  });
  afterAll(() => db.drop());

  it('reads a country series by sex from current releases only, with provenance', async () => {
    const series = await countrySeries(db.kysely, { area: 'BGD', indicator: codes.IMS_STOCK_DESTINATION });
    expect(series).toHaveLength(15);
    const total2020 = series.find((o) => o.period === '2020' && o.sex === '_T');
    expect(total2020?.value).toBe(2_115_408);
    expect(total2020?.provenance).toMatchObject({
      dataset: 'International Migrant Stock 2020',
      release: '2020',
      releaseId: fixtures.releases.undesa.id,
    });
    expect(typeof total2020?.provenance.sourceRow).toBe('number');
    expect(series.some((o) => o.value === 999)).toBe(false);
    const women = await countrySeries(db.kysely, {
      area: 'BGD',
      indicator: codes.IMS_STOCK_DESTINATION,
      sexes: ['F'],
      from: '2010',
      to: '2015',
    });
    expect(women.map((o) => o.period)).toEqual(['2010', '2015']);
  });

  it('gives the latest total of each indicator for a country', async () => {
    const latest = await latestValues(db.kysely, 'BGD');
    expect(latest.get(codes.IMS_STOCK_DESTINATION)?.value).toBe(2_115_408);
    expect(latest.get(codes.REMITTANCES_RECEIVED_USD)).toMatchObject({
      period: '2020',
      value: 21_750_000_000,
    });
    expect(latest.get(codes.COST_INBOUND)?.value).toBe(4.3);
    expect(latest.has(codes.RECRUITMENT_COST)).toBe(false);
    expect(await countryObservations(db.kysely, { area: 'ISL' })).toEqual([]);
  });

  it('ranks top origins and destinations in the latest period, leaving aggregates out', async () => {
    const origins = await topPartners(db.kysely, {
      indicator: codes.IMS_STOCK_BILATERAL,
      country: 'BGD',
      role: 'origins',
    });
    expect(origins.period).toBe('2020');
    expect(origins.partners.map((p) => p.partner)).toEqual(['IND', 'MMR', 'PAK']);
    const destinations = await topPartners(db.kysely, {
      indicator: codes.IMS_STOCK_BILATERAL,
      country: 'BGD',
      role: 'destinations',
      limit: 3,
    });
    expect(destinations.partners.map((p) => p.partner)).toEqual(['IND', 'SAU', 'ARE']);
    const none = await topPartners(db.kysely, {
      indicator: codes.IMS_STOCK_BILATERAL,
      country: 'ISL',
      role: 'origins',
    });
    expect(none).toEqual({ period: null, partners: [] });
  });

  it('sums refugees hosted and abroad per year', async () => {
    const hosted = await bilateralTotals(db.kysely, {
      indicator: codes.UNHCR_REFUGEES,
      country: 'BGD',
      role: 'destination',
    });
    expect(hosted.map((t) => [t.period, t.value])).toEqual([
      ['2018', 906_635],
      ['2020', 866_457],
    ]);
    const abroad = await bilateralTotals(db.kysely, {
      indicator: codes.UNHCR_REFUGEES,
      country: 'BGD',
      role: 'origin',
    });
    expect(abroad).toEqual([
      { period: '2020', value: 7_300, dataset: 'Refugee Data Finder', publisher: 'UNHCR', release: '2020' },
    ]);
  });

  it('reads a corridor both ways', async () => {
    const rows = await corridorSeries(db.kysely, {
      a: 'MEX',
      b: 'USA',
      indicators: [codes.IMS_STOCK_BILATERAL],
      sexes: ['_T'],
    });
    expect(rows.map((r) => `${r.area}>${r.counterpart} ${r.period}`)).toEqual([
      'MEX>USA 2015',
      'MEX>USA 2020',
      'USA>MEX 2015',
      'USA>MEX 2020',
    ]);
  });

  it('ranks corridors by their latest cost and flags those above 5%', async () => {
    const all = await corridorCosts(db.kysely);
    expect(all[0]).toMatchObject({
      origin: 'FRA',
      destination: 'TUN',
      period: '2020-Q3',
      value: 9.2,
      aboveCeiling: true,
    });
    expect(all).toHaveLength(8);
    expect(all.at(-1)).toMatchObject({ origin: 'RUS', destination: 'MDA', aboveCeiling: false });
    const bangladesh = await corridorCosts(db.kysely, { country: 'BGD', order: 'asc' });
    expect(bangladesh.map((c) => c.origin)).toEqual(['SAU', 'ARE', 'GBR']);
  });

  it('reports data gaps: indicators with no value, or none in the last five years', async () => {
    const coverage = await dataCoverage(db.kysely, 'BGD', { years: 5, asOf: 2024 });
    const byCode = new Map(coverage.map((c) => [c.code, c]));
    expect(byCode.get(codes.IMS_STOCK_DESTINATION)).toMatchObject({ latest: '2020', status: 'recent' });
    expect(byCode.get(codes.RECRUITMENT_COST)).toMatchObject({ latest: null, status: 'missing' });
    expect(byCode.get(codes.KNOMAD_BILATERAL)).toMatchObject({ latest: '2017', status: 'old' });
    expect(byCode.get(codes.RPW_CORRIDOR_COST)).toMatchObject({ latest: '2020-Q3', status: 'recent' });
    const nothing = await dataCoverage(db.kysely, 'ISL', { asOf: 2024 });
    expect(nothing.every((c) => c.status === 'missing')).toBe(true);
  });

  it('shows one value when two current releases of different datasets hold the same one', async () => {
    const other = await buildDataset(db, {
      code: 'knomad-flows',
      title: 'Remittance flows',
      publisher: 'KNOMAD',
    });
    const release = await buildRelease(db, other.id, {
      label: 'June 2023',
      finishedAt: '2099-01-01T00:00:00.000Z',
    });
    await insertObservations(db, release.id, [
      [codes.REMITTANCES_RECEIVED_USD, 'JAM', '', '2020', 2_906_000_000],
    ]);
    const rows = await countryObservations(db.kysely, {
      area: 'JAM',
      indicators: [codes.REMITTANCES_RECEIVED_USD],
    });
    const in2020 = rows.filter((o) => o.period === '2020');
    expect(in2020).toHaveLength(1);
    expect(in2020[0]).toMatchObject({ value: 2_906_000_000, provenance: { release: 'June 2023' } });
    expect(rows).toHaveLength(5);
  });

  it('turns inclusive year bounds into string ranges that keep quarters', () => {
    expect(periodBounds({ from: '2019', to: '2020' })).toEqual({ min: '2019', maxExclusive: '2021' });
    expect(periodBounds({ to: '2020-Q2' })).toEqual({ max: '2020-Q2' });
  });
});
