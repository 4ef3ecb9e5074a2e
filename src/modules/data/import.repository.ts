import type SQLite from 'better-sqlite3';
import { CompiledQuery, type Kysely, sql, type Transaction } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import type { CountryRef } from './country-codes.ts';
import type { ReleaseRow } from './data.table.ts';
import type { ReportEntry } from './import.report.ts';
import type { DatasetMeta, IndicatorInfo } from './import.types.ts';

/** The plain queries of the importer. The bulk insert is the one place that differs per dialect. */

export async function loadCountryRefs(db: Kysely<Database>): Promise<CountryRef[]> {
  return db.selectFrom('countries').select(['alpha3', 'alpha2', 'm49', 'name_en']).execute();
}

/** Every area code an observation may carry: ISO alpha-3 of the countries table and `AGG:` codes. */
export async function loadAreaCodes(db: Kysely<Database>): Promise<Set<string>> {
  const countries = await db.selectFrom('countries').select('alpha3 as code').execute();
  const aggregates = await db.selectFrom('aggregates').select('code').execute();
  return new Set([...countries, ...aggregates].map((r) => r.code));
}

export async function loadIndicators(db: Kysely<Database>): Promise<Map<string, IndicatorInfo>> {
  const rows = await db
    .selectFrom('indicators')
    .select(['code', 'shape', 'unit', 'source', 'licence'])
    .execute();
  return new Map(rows.map(({ code, ...info }) => [code, info]));
}

/**
 * Finds the dataset by code, creating it on first import. Returns its id and whether it is new.
 * An existing dataset keeps its title and publisher until a release of it becomes current
 * (`applyDatasetMeta`): a release waiting for confirmation must not change what pages cite.
 */
export async function upsertDataset(
  trx: Transaction<Database>,
  meta: DatasetMeta,
): Promise<{ id: string; created: boolean }> {
  const existing = await trx
    .selectFrom('datasets')
    .select('id')
    .where('code', '=', meta.code)
    .executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  const id = newId();
  await trx
    .insertInto('datasets')
    .values({ id, ...meta, created_at: now() })
    .execute();
  return { id, created: true };
}

/** The dataset as the current release's file described it (title, publisher, licence, address). */
export async function applyDatasetMeta(
  trx: Transaction<Database>,
  datasetId: string,
  meta: DatasetMeta,
): Promise<void> {
  await trx
    .updateTable('datasets')
    .set({ title: meta.title, publisher: meta.publisher, licence: meta.licence, url: meta.url })
    .where('id', '=', datasetId)
    .execute();
}

/** A release of the dataset with this file's SHA-256 in one of the given states, the current one first, then newest. */
export async function findReleaseBySha(
  db: Kysely<Database>,
  datasetCode: string,
  sha256: string,
  statuses: ReleaseRow['status'][],
): Promise<ReleaseRow | undefined> {
  return db
    .selectFrom('releases')
    .innerJoin('datasets', 'datasets.id', 'releases.dataset_id')
    .selectAll('releases')
    .where('datasets.code', '=', datasetCode)
    .where('releases.file_sha256', '=', sha256)
    .where('releases.status', 'in', statuses)
    .orderBy('releases.is_current', 'desc')
    .orderBy('releases.started_at', 'desc')
    .executeTakeFirst();
}

/** The release a "make current" or a finished import is about, with what the checks need. */
export async function findReleaseFacts(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('releases')
    .select(['id', 'dataset_id', 'label', 'status', 'is_current', 'values_stored', 'summary_json'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findDatasetId(db: Kysely<Database>, code: string): Promise<string | undefined> {
  const row = await db.selectFrom('datasets').select('id').where('code', '=', code).executeTakeFirst();
  return row?.id;
}

/** The current release of a dataset, if any. */
export async function findCurrentRelease(db: Kysely<Database>, datasetId: string) {
  return db
    .selectFrom('releases')
    .select(['id', 'dataset_id', 'label', 'status', 'is_current', 'values_stored', 'summary_json'])
    .where('dataset_id', '=', datasetId)
    .where('is_current', '=', 1)
    .executeTakeFirst();
}

/** The areas (and counterparts) and years a stored release has values for. */
export async function releaseCoverage(
  db: Kysely<Database>,
  releaseId: string,
): Promise<{ areas: Set<string>; years: Set<string> }> {
  const [areas, counterparts, periods] = await Promise.all([
    db.selectFrom('observations').select('area').distinct().where('release_id', '=', releaseId).execute(),
    db
      .selectFrom('observations')
      .select('counterpart')
      .distinct()
      .where('release_id', '=', releaseId)
      .where('counterpart', '<>', '')
      .execute(),
    db.selectFrom('observations').select('period').distinct().where('release_id', '=', releaseId).execute(),
  ]);
  return {
    areas: new Set([...areas.map((r) => r.area), ...counterparts.map((r) => r.counterpart)]),
    years: new Set(periods.map((r) => r.period.slice(0, 4))),
  };
}

/**
 * Makes a finished release the current one of its dataset; the previous current one stays, with
 * its values, as history. One transaction: readers see either the old values or the new ones.
 */
export async function switchCurrent(
  trx: Transaction<Database>,
  datasetId: string,
  releaseId: string,
): Promise<void> {
  await trx
    .updateTable('releases')
    .set({ is_current: 0 })
    .where('dataset_id', '=', datasetId)
    .where('is_current', '=', 1)
    .execute();
  await trx
    .updateTable('releases')
    .set({ is_current: 1, status: 'complete' })
    .where('id', '=', releaseId)
    .execute();
}

export interface NewRelease {
  datasetId: string;
  label: string;
  fileName: string;
  sha256: string;
  kind: string;
  optionsJson: string;
  importedBy: string | null;
}

export async function insertRelease(trx: Transaction<Database>, release: NewRelease): Promise<string> {
  const id = newId();
  await trx
    .insertInto('releases')
    .values({
      id,
      dataset_id: release.datasetId,
      label: release.label,
      file_name: release.fileName,
      file_sha256: release.sha256,
      status: 'running',
      is_current: 0,
      rows_read: 0,
      values_stored: 0,
      rows_skipped: 0,
      report_json: '[]',
      imported_by: release.importedBy,
      started_at: now(),
      finished_at: null,
      kind: release.kind,
      options_json: release.optionsJson,
      progress: 0,
      heartbeat_at: now(),
    })
    .execute();
  return id;
}

export interface ReleaseCounts {
  rowsRead: number;
  valuesStored: number;
  skipped: number;
  progress: number | null;
}

export async function updateReleaseProgress(
  trx: Transaction<Database>,
  id: string,
  counts: ReleaseCounts,
): Promise<void> {
  await trx
    .updateTable('releases')
    .set({
      rows_read: counts.rowsRead,
      values_stored: counts.valuesStored,
      rows_skipped: counts.skipped,
      progress: counts.progress,
      heartbeat_at: now(),
    })
    .where('id', '=', id)
    .execute();
}

/** Running releases with no sign of life since `before`: their process stopped mid-import. */
export async function findStaleReleases(db: Kysely<Database>, before: string) {
  return db
    .selectFrom('releases')
    .select(['id', 'kind', 'file_name', 'rows_read', 'rows_skipped', 'report_json'])
    .where('status', '=', 'running')
    .where((eb) => eb.or([eb('heartbeat_at', '<', before), eb('heartbeat_at', 'is', null)]))
    .execute();
}

/**
 * Records a finished release: `complete` (then made current by `switchCurrent` in the same
 * transaction) or `held`, kept beside the current one until the user confirms it.
 */
export async function finishRelease(
  trx: Transaction<Database>,
  id: string,
  status: 'complete' | 'held',
  counts: ReleaseCounts,
  summaryJson: string,
  entries: ReportEntry[],
  label: string,
): Promise<void> {
  await trx
    .updateTable('releases')
    .set({
      label,
      status,
      is_current: 0,
      finished_at: now(),
      rows_read: counts.rowsRead,
      values_stored: counts.valuesStored,
      rows_skipped: counts.skipped,
      progress: 1,
      summary_json: summaryJson,
      report_json: JSON.stringify(entries),
    })
    .where('id', '=', id)
    .execute();
}

/** Marks a release failed and removes every value it wrote; the current release is untouched. */
export async function failRelease(
  trx: Transaction<Database>,
  id: string,
  counts: ReleaseCounts,
  summaryJson: string,
  entries: ReportEntry[],
): Promise<void> {
  await trx.deleteFrom('observations').where('release_id', '=', id).execute();
  await trx
    .updateTable('releases')
    .set({
      status: 'failed',
      is_current: 0,
      finished_at: now(),
      rows_read: counts.rowsRead,
      values_stored: 0,
      rows_skipped: counts.skipped,
      summary_json: summaryJson,
      report_json: JSON.stringify(entries),
    })
    .where('id', '=', id)
    .execute();
}

/** Observation columns in insert order; rows are passed flat, 9 values each. */
const COLUMNS = 'release_id, indicator_code, area, counterpart, sex, age, period, value, source_row';
export const VALUES_PER_ROW = 9;

function insertSql(rows: number, placeholder: (index: number) => string): string {
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++) {
    const marks: string[] = [];
    for (let c = 0; c < VALUES_PER_ROW; c++) marks.push(placeholder(r * VALUES_PER_ROW + c));
    tuples.push(`(${marks.join(',')})`);
  }
  return `insert into observations (${COLUMNS}) values ${tuples.join(',')} on conflict do nothing`;
}

/**
 * Writes observations with multi-row INSERTs inside the caller's transaction and returns how many
 * were new (a row whose key is already in the release is left alone and not counted).
 * SQLite: better-sqlite3 statements prepared once and reused, on the same connection as the
 * Kysely transaction (so they are part of it). PostgreSQL: 1,000-row statements through Kysely.
 */
export interface ObservationWriter {
  insert(trx: Transaction<Database>, flat: unknown[]): Promise<number>;
}

export function createObservationWriter(db: Db): ObservationWriter {
  if (db.dialect === 'sqlite' && db.sqlite) return sqliteWriter(db.sqlite);
  const chunkRows = 1000;
  const fullSql = insertSql(chunkRows, (i) => `$${i + 1}`);
  return {
    async insert(trx, flat) {
      let inserted = 0;
      const step = chunkRows * VALUES_PER_ROW;
      for (let start = 0; start < flat.length; start += step) {
        const params = flat.slice(start, start + step);
        const rows = params.length / VALUES_PER_ROW;
        const text = rows === chunkRows ? fullSql : insertSql(rows, (i) => `$${i + 1}`);
        const result = await trx.executeQuery(CompiledQuery.raw(text, params));
        inserted += Number(result.numAffectedRows ?? 0);
      }
      return inserted;
    },
  };
}

function sqliteWriter(sqlite: SQLite.Database): ObservationWriter {
  const chunkRows = 200;
  const full = sqlite.prepare(insertSql(chunkRows, () => '?'));
  const one = sqlite.prepare(insertSql(1, () => '?'));
  return {
    async insert(_trx, flat) {
      let inserted = 0;
      const step = chunkRows * VALUES_PER_ROW;
      let start = 0;
      for (; start + step <= flat.length; start += step) {
        inserted += full.run(flat.slice(start, start + step)).changes;
      }
      for (; start < flat.length; start += VALUES_PER_ROW) {
        inserted += one.run(flat.slice(start, start + VALUES_PER_ROW)).changes;
      }
      return inserted;
    },
  };
}

export interface StoredKey {
  indicator_code: string;
  area: string;
  counterpart: string;
  sex: string;
  age: string;
  period: string;
  value: number;
  source_row: number | null;
}

/** The stored rows of a release with these keys (for telling duplicates apart after an insert). */
export async function findStoredKeys(
  trx: Transaction<Database>,
  releaseId: string,
  keys: [string, string, string, string, string, string][],
): Promise<StoredKey[]> {
  const found: StoredKey[] = [];
  for (let start = 0; start < keys.length; start += 500) {
    const tuples = keys.slice(start, start + 500).map((k) => sql`(${sql.join(k.map((v) => sql`${v}`))})`);
    const result =
      await sql<StoredKey>`select indicator_code, area, counterpart, sex, age, period, value, source_row
      from observations where release_id = ${releaseId}
      and (indicator_code, area, counterpart, sex, age, period) in (values ${sql.join(tuples)})`.execute(trx);
    found.push(...result.rows);
  }
  return found;
}

/** Releases for the admin list, newest first, with dataset and importer names. */
export async function listReleases(db: Kysely<Database>, options: { limit: number; offset: number }) {
  return db
    .selectFrom('releases')
    .innerJoin('datasets', 'datasets.id', 'releases.dataset_id')
    .leftJoin('users', 'users.id', 'releases.imported_by')
    .select([
      'releases.id',
      'releases.label',
      'releases.file_name',
      'releases.status',
      'releases.is_current',
      'releases.rows_read',
      'releases.values_stored',
      'releases.rows_skipped',
      'releases.started_at',
      'releases.finished_at',
      'releases.kind',
      'releases.progress',
      'datasets.code as dataset_code',
      'datasets.title as dataset_title',
      'users.name as imported_by_name',
    ])
    .orderBy('datasets.code')
    .orderBy('releases.started_at', 'desc')
    .orderBy('releases.id', 'desc')
    .limit(options.limit)
    .offset(options.offset)
    .execute();
}

export async function countReleases(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('releases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findRelease(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('releases')
    .innerJoin('datasets', 'datasets.id', 'releases.dataset_id')
    .leftJoin('users', 'users.id', 'releases.imported_by')
    .selectAll('releases')
    .select([
      'datasets.code as dataset_code',
      'datasets.title as dataset_title',
      'datasets.publisher as dataset_publisher',
      'datasets.licence as dataset_licence',
      'users.name as imported_by_name',
    ])
    .where('releases.id', '=', id)
    .executeTakeFirst();
}
