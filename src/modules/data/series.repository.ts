import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { BILATERAL_CODES, CORRIDOR_COST_CEILING, RPW_CORRIDOR_COST } from './series-codes.ts';

/**
 * Read queries over the indicator store. Every query reads CURRENT releases only (a new release
 * of a dataset keeps the old values as history) and returns each value with its provenance.
 * Area codes: ISO alpha-3 for countries, `AGG:…` for aggregates; for bilateral indicators `area`
 * is the origin and `counterpart` the destination.
 */

export interface Provenance {
  /** The dataset's title, e.g. "International Migrant Stock 2020". */
  dataset: string;
  datasetCode: string;
  publisher: string;
  /** The release as the publisher names it. */
  release: string;
  releaseId: string;
  /** When the release was imported: the newer wins when two current releases hold one value. */
  releasedAt: string;
  /** Line or row in the imported file. */
  sourceRow: number | null;
}

export interface Observation {
  indicator: string;
  area: string;
  counterpart: string;
  sex: string;
  age: string;
  period: string;
  value: number;
  provenance: Provenance;
}

/** Inclusive period bounds as a reader writes them: `2015`, `2020-Q3`. */
export interface PeriodRange {
  from?: string;
  to?: string;
}

function current(db: Kysely<Database>) {
  return db
    .selectFrom('observations as o')
    .innerJoin('releases as r', 'r.id', 'o.release_id')
    .innerJoin('datasets as d', 'd.id', 'r.dataset_id')
    .where('r.is_current', '=', 1);
}

const COLUMNS = [
  'o.indicator_code',
  'o.area',
  'o.counterpart',
  'o.sex',
  'o.age',
  'o.period',
  'o.value',
  'o.source_row',
  'o.release_id',
  'd.title as dataset_title',
  'd.code as dataset_code',
  'd.publisher as dataset_publisher',
  'r.label as release_label',
  'r.finished_at as release_finished_at',
] as const;

interface RawRow {
  indicator_code: string;
  area: string;
  counterpart: string;
  sex: string;
  age: string;
  period: string;
  value: number;
  source_row: number | null;
  release_id: string;
  dataset_title: string;
  dataset_code: string;
  dataset_publisher: string;
  release_label: string;
  release_finished_at: string | null;
}

function toObservation(r: RawRow): Observation {
  return {
    indicator: r.indicator_code,
    area: r.area,
    counterpart: r.counterpart,
    sex: r.sex,
    age: r.age,
    period: r.period,
    value: Number(r.value),
    provenance: {
      dataset: r.dataset_title,
      datasetCode: r.dataset_code,
      publisher: r.dataset_publisher,
      release: r.release_label,
      releaseId: r.release_id,
      releasedAt: r.release_finished_at ?? '',
      sourceRow: r.source_row === null ? null : Number(r.source_row),
    },
  };
}

/** `to` is inclusive: `to=2020` keeps `2020-Q4`, so the upper bound is the next year, exclusive. */
export function periodBounds(range: PeriodRange): { min?: string; maxExclusive?: string; max?: string } {
  const out: { min?: string; maxExclusive?: string; max?: string } = {};
  if (range.from) out.min = range.from;
  if (range.to) {
    if (/^\d{4}$/.test(range.to)) out.maxExclusive = String(Number(range.to) + 1);
    else out.max = range.to;
  }
  return out;
}

/** The codes of the indicators of one shape, from the catalogue table. */
export async function indicatorCodes(
  db: Kysely<Database>,
  shape: 'country' | 'bilateral',
): Promise<string[]> {
  const rows = await db
    .selectFrom('indicators')
    .select('code')
    .where('shape', '=', shape)
    .orderBy('code')
    .execute();
  return rows.map((r) => r.code);
}

/** One country's series for one indicator, by sex (totals only unless `sexes` says otherwise). */
export async function countrySeries(
  db: Kysely<Database>,
  options: { area: string; indicator: string; sexes?: string[] } & PeriodRange,
): Promise<Observation[]> {
  const sexes = options.sexes ?? ['_T', 'F', 'M'];
  const b = periodBounds(options);
  const rows = await current(db)
    .select(COLUMNS)
    .where('o.indicator_code', '=', options.indicator)
    .where('o.area', '=', options.area)
    .where('o.counterpart', '=', '')
    .where('o.age', '=', '_T')
    .where('o.sex', 'in', sexes)
    .$if(b.min !== undefined, (q) => q.where('o.period', '>=', b.min!))
    .$if(b.maxExclusive !== undefined, (q) => q.where('o.period', '<', b.maxExclusive!))
    .$if(b.max !== undefined, (q) => q.where('o.period', '<=', b.max!))
    .orderBy('o.period')
    .orderBy('o.sex')
    .execute();
  return rows.map(toObservation);
}

/**
 * Every value a country has for the given country-shaped indicators (all of them when none are
 * given). An `IN` list on the leading column keeps this on `observations_series_idx`.
 */
export async function countryObservations(
  db: Kysely<Database>,
  options: { area: string; indicators?: string[] } & PeriodRange,
): Promise<Observation[]> {
  const indicators = options.indicators ?? (await indicatorCodes(db, 'country'));
  if (indicators.length === 0) return [];
  const b = periodBounds(options);
  const rows = await current(db)
    .select(COLUMNS)
    .where('o.indicator_code', 'in', indicators)
    .where('o.area', '=', options.area)
    .where('o.counterpart', '=', '')
    .$if(b.min !== undefined, (q) => q.where('o.period', '>=', b.min!))
    .$if(b.maxExclusive !== undefined, (q) => q.where('o.period', '<', b.maxExclusive!))
    .$if(b.max !== undefined, (q) => q.where('o.period', '<=', b.max!))
    .orderBy('o.indicator_code')
    .orderBy('o.sex')
    .orderBy('o.age')
    .orderBy('o.period')
    .orderBy('o.release_id')
    .execute();
  return newestOnly(rows.map(toObservation));
}

/**
 * One value per dimension set: when two current releases (of different datasets) hold the same
 * indicator, area, counterpart, sex, age and period, the most recently imported one is shown.
 * Keeps the input order.
 */
export function newestOnly(observations: Observation[]): Observation[] {
  const chosen = new Map<string, Observation>();
  for (const o of observations) {
    const key = `${o.indicator}|${o.area}|${o.counterpart}|${o.sex}|${o.age}|${o.period}`;
    const seen = chosen.get(key);
    if (!seen || o.provenance.releasedAt > seen.provenance.releasedAt) chosen.set(key, o);
  }
  return observations.filter(
    (o) => chosen.get(`${o.indicator}|${o.area}|${o.counterpart}|${o.sex}|${o.age}|${o.period}`) === o,
  );
}

/** The latest total (both sexes, all ages) of each indicator in `observations`, by indicator. */
export function latestTotals(observations: Observation[]): Map<string, Observation> {
  const latest = new Map<string, Observation>();
  for (const o of observations) {
    if (o.sex !== '_T' || o.age !== '_T') continue;
    const seen = latest.get(o.indicator);
    if (!seen || o.period > seen.period) latest.set(o.indicator, o);
  }
  return latest;
}

/** The latest value per indicator for a country (totals). */
export async function latestValues(
  db: Kysely<Database>,
  area: string,
  indicators?: string[],
): Promise<Map<string, Observation>> {
  return latestTotals(await countryObservations(db, { area, indicators }));
}

export interface Partner {
  partner: string;
  value: number;
  provenance: Provenance;
}

/**
 * The largest partners of a country for a bilateral indicator in its latest period (or the one
 * given): `origins` are the areas whose people live in (or send to) the country; `destinations`
 * where the country's people live (or where it sends). Aggregates are left out.
 */
export async function topPartners(
  db: Kysely<Database>,
  options: {
    indicator: string;
    country: string;
    role: 'origins' | 'destinations';
    period?: string;
    limit?: number;
  },
): Promise<{ period: string | null; partners: Partner[] }> {
  const self = options.role === 'origins' ? 'o.counterpart' : 'o.area';
  const other = options.role === 'origins' ? 'o.area' : 'o.counterpart';
  let period = options.period ?? null;
  if (!period) {
    // Newest first, one row: walks `observations_counterpart_idx` backwards for origins.
    const row = await current(db)
      .select('o.period')
      .where('o.indicator_code', '=', options.indicator)
      .where(self, '=', options.country)
      .where('o.sex', '=', '_T')
      .orderBy('o.period', 'desc')
      .limit(1)
      .executeTakeFirst();
    period = row?.period ?? null;
  }
  if (!period) return { period: null, partners: [] };
  const rows = await current(db)
    .select(COLUMNS)
    .where('o.indicator_code', '=', options.indicator)
    .where(self, '=', options.country)
    .where('o.period', '=', period)
    .where('o.sex', '=', '_T')
    .where('o.age', '=', '_T')
    .where(other, 'not like', 'AGG:%')
    .where(other, '!=', '')
    .orderBy('o.value', 'desc')
    .orderBy(other)
    .limit(options.limit ?? 10)
    .execute();
  return {
    period,
    partners: rows.map((r) => {
      const o = toObservation(r);
      return {
        partner: options.role === 'origins' ? o.area : o.counterpart,
        value: o.value,
        provenance: o.provenance,
      };
    }),
  };
}

export interface Total {
  period: string;
  value: number;
  dataset: string;
  publisher: string;
  release: string;
}

/**
 * A bilateral indicator summed over all partners (countries only), per period: e.g. refugees
 * hosted by a country (`role: 'destination'`) or its refugees abroad (`role: 'origin'`).
 */
export async function bilateralTotals(
  db: Kysely<Database>,
  options: { indicator: string; country: string; role: 'origin' | 'destination' },
): Promise<Total[]> {
  const self = options.role === 'destination' ? 'o.counterpart' : 'o.area';
  const other = options.role === 'destination' ? 'o.area' : 'o.counterpart';
  const rows = await current(db)
    .select((eb) => [
      'o.period',
      eb.fn.sum<number>('o.value').as('value'),
      eb.fn.max('d.title').as('dataset'),
      eb.fn.max('d.publisher').as('publisher'),
      eb.fn.max('r.label').as('release'),
    ])
    .where('o.indicator_code', '=', options.indicator)
    .where(self, '=', options.country)
    .where('o.sex', '=', '_T')
    .where('o.age', '=', '_T')
    .where(other, 'not like', 'AGG:%')
    .groupBy('o.period')
    .orderBy('o.period')
    .execute();
  return rows.map((r) => ({
    period: r.period,
    value: Number(r.value),
    dataset: String(r.dataset),
    publisher: String(r.publisher),
    release: String(r.release),
  }));
}

/** Both directions of a corridor for the given bilateral indicators, oldest first. */
export async function corridorSeries(
  db: Kysely<Database>,
  options: { a: string; b: string; indicators: string[]; sexes?: string[] },
): Promise<Observation[]> {
  if (options.indicators.length === 0) return [];
  const rows = await current(db)
    .select(COLUMNS)
    .where('o.indicator_code', 'in', options.indicators)
    .where((eb) =>
      eb.or([
        eb.and([eb('o.area', '=', options.a), eb('o.counterpart', '=', options.b)]),
        eb.and([eb('o.area', '=', options.b), eb('o.counterpart', '=', options.a)]),
      ]),
    )
    .where('o.age', '=', '_T')
    .where('o.sex', 'in', options.sexes ?? ['_T', 'F', 'M'])
    .orderBy('o.indicator_code')
    .orderBy('o.area')
    .orderBy('o.sex')
    .orderBy('o.period')
    .execute();
  return rows.map(toObservation);
}

export interface CorridorCost {
  origin: string;
  destination: string;
  period: string;
  value: number;
  /** True above the 5% corridor ceiling of SDG target 10.c. */
  aboveCeiling: boolean;
  provenance: Provenance;
}

/**
 * Each corridor's latest cost of sending USD 200, highest first. With `country`, only corridors
 * that send from or to it. `ROW_NUMBER()` picks the latest period per corridor on both dialects.
 */
export async function corridorCosts(
  db: Kysely<Database>,
  options: { country?: string; limit?: number; order?: 'desc' | 'asc' } = {},
): Promise<CorridorCost[]> {
  const ranked = current(db)
    .select(COLUMNS)
    .select((eb) =>
      eb.fn
        .agg<number>('row_number')
        .over((ob) => ob.partitionBy(['o.area', 'o.counterpart']).orderBy('o.period', 'desc'))
        .as('rn'),
    )
    .where('o.indicator_code', '=', RPW_CORRIDOR_COST)
    .where('o.sex', '=', '_T')
    .where('o.age', '=', '_T')
    .$if(options.country !== undefined, (q) =>
      q.where((eb) =>
        eb.or([eb('o.area', '=', options.country!), eb('o.counterpart', '=', options.country!)]),
      ),
    );
  const rows = await db
    .selectFrom(ranked.as('x'))
    .selectAll()
    .where('x.rn', '=', 1)
    .orderBy('x.value', options.order ?? 'desc')
    .orderBy('x.area')
    .orderBy('x.counterpart')
    .$if(options.limit !== undefined, (q) => q.limit(options.limit!))
    .execute();
  return rows.map((r) => {
    const o = toObservation(r as RawRow);
    return {
      origin: o.area,
      destination: o.counterpart,
      period: o.period,
      value: o.value,
      aboveCeiling: o.value > CORRIDOR_COST_CEILING,
      provenance: o.provenance,
    };
  });
}

export interface IndicatorCoverage {
  code: string;
  shape: 'country' | 'bilateral';
  /** The latest period with a value for the country, or null when there is none. */
  latest: string | null;
  status: 'recent' | 'old' | 'missing';
}

/**
 * Which catalogue indicators (and the country's own) have a value for a country within the last
 * `years` years before `asOf`: a data-gaps report. Bilateral indicators count the country on
 * either side.
 */
export async function dataCoverage(
  db: Kysely<Database>,
  area: string,
  options: { years?: number; asOf?: number } = {},
): Promise<IndicatorCoverage[]> {
  const years = options.years ?? 5;
  const asOf = options.asOf ?? new Date().getUTCFullYear();
  const indicators = await db
    .selectFrom('indicators')
    .select(['code', 'shape'])
    .where((eb) => eb.or([eb('owner_country', 'is', null), eb('owner_country', '=', area)]))
    .orderBy('code')
    .execute();
  // One newest-first lookup per indicator and side: each stops at its first current row.
  const newest = (code: string, column: 'o.area' | 'o.counterpart', countryShaped: boolean) =>
    current(db)
      .select('o.period')
      .where('o.indicator_code', '=', code)
      .where(column, '=', area)
      .$if(countryShaped, (q) => q.where('o.counterpart', '=', ''))
      .orderBy('o.period', 'desc')
      .limit(1)
      .executeTakeFirst()
      .then((row) => row?.period ?? null);
  const found = await Promise.all(
    indicators.map(async (i) => {
      if (i.shape === 'country') return newest(i.code, 'o.area', true);
      const [asOrigin, asDestination] = await Promise.all([
        newest(i.code, 'o.area', false),
        newest(i.code, 'o.counterpart', false),
      ]);
      return (
        [asOrigin, asDestination]
          .filter((p): p is string => p !== null)
          .sort()
          .at(-1) ?? null
      );
    }),
  );
  const latest = new Map(indicators.map((i, index) => [i.code, found[index] ?? null]));
  const threshold = asOf - years;
  return indicators.map((i) => {
    const period = latest.get(i.code) ?? null;
    const status = period === null ? 'missing' : Number(period.slice(0, 4)) > threshold ? 'recent' : 'old';
    return { code: i.code, shape: i.shape, latest: period, status };
  });
}

export function isBilateralCode(code: string): boolean {
  return BILATERAL_CODES.includes(code);
}

/** Key for caches that must change whenever an import makes a new release current. */
export async function currentReleasesKey(db: Kysely<Database>): Promise<string> {
  const rows = await db
    .selectFrom('releases')
    .select(['id', 'finished_at'])
    .where('is_current', '=', 1)
    .orderBy('id')
    .execute();
  return rows.map((r) => `${r.id}@${r.finished_at ?? ''}`).join(',');
}

/** The periods an indicator has values for (countries and aggregates), newest first. */
export async function indicatorPeriods(db: Kysely<Database>, indicator: string): Promise<string[]> {
  const rows = await current(db)
    .select('o.period')
    .distinct()
    .where('o.indicator_code', '=', indicator)
    .orderBy('o.period', 'desc')
    .execute();
  return rows.map((r) => r.period);
}

/** Every area's total for a country-shaped indicator in one period (for maps and rankings). */
export async function areaValues(
  db: Kysely<Database>,
  indicator: string,
  period: string,
): Promise<Observation[]> {
  const rows = await current(db)
    .select(COLUMNS)
    .where('o.indicator_code', '=', indicator)
    .where('o.counterpart', '=', '')
    .where('o.period', '=', period)
    .where('o.sex', '=', '_T')
    .where('o.age', '=', '_T')
    .orderBy('o.area')
    .execute();
  return rows.map(toObservation);
}
