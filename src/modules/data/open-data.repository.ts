import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { IndicatorRow } from './data.table.ts';
import { type PeriodRange, periodBounds } from './series.repository.ts';

/**
 * Paged reads for the open data API: current releases only, a stable total order (every key
 * column of the observation, release last, so two releases never tie) and keyset cursors, so a
 * page never skips or repeats a row even while other pages are read.
 */

export interface ApiObservation {
  indicator_code: string;
  area: string;
  counterpart: string;
  sex: string;
  age: string;
  period: string;
  value: number;
  source_row: number | null;
  release_id: string;
  unit: string;
  dataset_title: string;
  dataset_publisher: string;
  release_label: string;
}

/** `(a, b, …) > (x, y, …)`: a row-value comparison, the same on SQLite and PostgreSQL. */
function after(columns: string[], values: string[]): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${sql.join(columns.map((c) => sql.ref(c)))}) > (${sql.join(values)})`;
}

function base(db: Kysely<Database>) {
  return db
    .selectFrom('observations as o')
    .innerJoin('releases as r', 'r.id', 'o.release_id')
    .innerJoin('datasets as d', 'd.id', 'r.dataset_id')
    .innerJoin('indicators as i', 'i.code', 'o.indicator_code')
    .where('r.is_current', '=', 1)
    .select([
      'o.indicator_code',
      'o.area',
      'o.counterpart',
      'o.sex',
      'o.age',
      'o.period',
      'o.value',
      'o.source_row',
      'o.release_id',
      'i.unit',
      'd.title as dataset_title',
      'd.publisher as dataset_publisher',
      'r.label as release_label',
    ]);
}

export const SERIES_KEY = ['o.indicator_code', 'o.sex', 'o.age', 'o.period', 'o.release_id'];
export const BILATERAL_KEY = [
  'o.indicator_code',
  'o.area',
  'o.counterpart',
  'o.sex',
  'o.age',
  'o.period',
  'o.release_id',
];

export function seriesKeyOf(r: ApiObservation): string[] {
  return [r.indicator_code, r.sex, r.age, r.period, r.release_id];
}

export function bilateralKeyOf(r: ApiObservation): string[] {
  return [r.indicator_code, r.area, r.counterpart, r.sex, r.age, r.period, r.release_id];
}

interface PageOptions extends PeriodRange {
  indicators: string[];
  sex?: string;
  after?: string[];
  /** Rows wanted; one more is read to know whether there is a next page. */
  limit: number;
}

/** A page of a country's (or aggregate's) country-shaped values. */
export async function seriesPage(
  db: Kysely<Database>,
  options: PageOptions & { area: string },
): Promise<ApiObservation[]> {
  if (options.indicators.length === 0) return [];
  const b = periodBounds(options);
  const rows = await base(db)
    .where('o.indicator_code', 'in', options.indicators)
    .where('o.area', '=', options.area)
    .where('o.counterpart', '=', '')
    .$if(options.sex !== undefined, (q) => q.where('o.sex', '=', options.sex!))
    .$if(b.min !== undefined, (q) => q.where('o.period', '>=', b.min!))
    .$if(b.maxExclusive !== undefined, (q) => q.where('o.period', '<', b.maxExclusive!))
    .$if(b.max !== undefined, (q) => q.where('o.period', '<=', b.max!))
    .$if(options.after !== undefined, (q) => q.where(after(SERIES_KEY, options.after!)))
    .orderBy('o.indicator_code')
    .orderBy('o.sex')
    .orderBy('o.age')
    .orderBy('o.period')
    .orderBy('o.release_id')
    .limit(options.limit + 1)
    .execute();
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

/** A page of a corridor's values, origin → destination only. */
export async function bilateralPage(
  db: Kysely<Database>,
  options: PageOptions & { origin: string; destination: string },
): Promise<ApiObservation[]> {
  if (options.indicators.length === 0) return [];
  const b = periodBounds(options);
  const rows = await base(db)
    .where('o.indicator_code', 'in', options.indicators)
    .where('o.area', '=', options.origin)
    .where('o.counterpart', '=', options.destination)
    .$if(options.sex !== undefined, (q) => q.where('o.sex', '=', options.sex!))
    .$if(b.min !== undefined, (q) => q.where('o.period', '>=', b.min!))
    .$if(b.maxExclusive !== undefined, (q) => q.where('o.period', '<', b.maxExclusive!))
    .$if(b.max !== undefined, (q) => q.where('o.period', '<=', b.max!))
    .$if(options.after !== undefined, (q) => q.where(after(BILATERAL_KEY, options.after!)))
    .orderBy('o.indicator_code')
    .orderBy('o.area')
    .orderBy('o.counterpart')
    .orderBy('o.sex')
    .orderBy('o.age')
    .orderBy('o.period')
    .orderBy('o.release_id')
    .limit(options.limit + 1)
    .execute();
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

/** A page of the indicator catalogue, by code. */
export async function indicatorsPage(
  db: Kysely<Database>,
  options: { shape?: 'country' | 'bilateral'; after?: string; limit: number },
): Promise<IndicatorRow[]> {
  return db
    .selectFrom('indicators')
    .selectAll()
    .$if(options.shape !== undefined, (q) => q.where('shape', '=', options.shape!))
    .$if(options.after !== undefined, (q) => q.where('code', '>', options.after!))
    .orderBy('code')
    .limit(options.limit + 1)
    .execute();
}

export async function findIndicator(db: Kysely<Database>, code: string): Promise<IndicatorRow | undefined> {
  return db.selectFrom('indicators').selectAll().where('code', '=', code).executeTakeFirst();
}

export interface DatasetSummary {
  id: string;
  code: string;
  title: string;
  publisher: string;
  licence: string;
  url: string | null;
  current: { label: string; finishedAt: string | null; values: number } | null;
  lastImport: { label: string; status: string; startedAt: string; finishedAt: string | null } | null;
}

/** Every dataset with its current release and its latest import (which may have failed). */
export async function listDatasets(db: Kysely<Database>): Promise<DatasetSummary[]> {
  const [datasets, releases] = await Promise.all([
    db.selectFrom('datasets').selectAll().orderBy('title').execute(),
    db
      .selectFrom('releases')
      .select(['dataset_id', 'label', 'status', 'is_current', 'values_stored', 'started_at', 'finished_at'])
      .orderBy('started_at', 'desc')
      .execute(),
  ]);
  return datasets.map((d) => {
    const own = releases.filter((r) => r.dataset_id === d.id);
    const current = own.find((r) => r.is_current === 1);
    const last = own[0];
    return {
      id: d.id,
      code: d.code,
      title: d.title,
      publisher: d.publisher,
      licence: d.licence,
      url: d.url,
      current: current
        ? { label: current.label, finishedAt: current.finished_at, values: Number(current.values_stored) }
        : null,
      lastImport: last
        ? { label: last.label, status: last.status, startedAt: last.started_at, finishedAt: last.finished_at }
        : null,
    };
  });
}
