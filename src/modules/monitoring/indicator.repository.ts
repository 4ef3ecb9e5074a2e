import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type {
  AgeGroup,
  IndicatorRow,
  IndicatorValuesTable,
  ProcessIndicatorsTable,
  Sex,
  ValueRow,
} from './monitoring.table.ts';

function normalise(row: IndicatorRow): IndicatorRow {
  return {
    ...row,
    baseline_value: row.baseline_value === null ? null : Number(row.baseline_value),
    baseline_year: row.baseline_year === null ? null : Number(row.baseline_year),
    version: Number(row.version),
  };
}

function normaliseValue<T extends ValueRow>(row: T): T {
  return { ...row, value: Number(row.value), year: Number(row.year), version: Number(row.version) };
}

/** A process's indicators, by name. */
export async function listIndicators(db: Kysely<Database>, processId: string): Promise<IndicatorRow[]> {
  const rows = await db
    .selectFrom('process_indicators')
    .selectAll()
    .where('process_id', '=', processId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(normalise);
}

export async function listIndicatorsAfter(
  db: Kysely<Database>,
  processId: string,
  cursor: string | null,
  limit: number,
): Promise<IndicatorRow[]> {
  const rows = await db
    .selectFrom('process_indicators')
    .selectAll()
    .where('process_id', '=', processId)
    .$if(cursor !== null, (q) => q.where('id', '>', cursor!))
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(normalise);
}

/** One indicator of one process (an indicator of another process is not found). */
export async function findIndicator(
  db: Kysely<Database>,
  processId: string,
  indicatorId: string,
): Promise<IndicatorRow | undefined> {
  const row = await db
    .selectFrom('process_indicators')
    .selectAll()
    .where('process_id', '=', processId)
    .where('id', '=', indicatorId)
    .executeTakeFirst();
  return row ? normalise(row) : undefined;
}

export async function targetsOf(
  db: Kysely<Database>,
  indicatorIds: string[],
): Promise<Map<string, { year: number; value: number }[]>> {
  const result = new Map<string, { year: number; value: number }[]>(indicatorIds.map((id) => [id, []]));
  if (indicatorIds.length === 0) return result;
  const rows = await db
    .selectFrom('indicator_targets')
    .selectAll()
    .where('indicator_id', 'in', indicatorIds)
    .orderBy('indicator_id')
    .orderBy('year')
    .execute();
  for (const row of rows)
    result.get(row.indicator_id)?.push({ year: Number(row.year), value: Number(row.value) });
  return result;
}

/** The reported totals (all sexes, all ages) of many indicators: what progress is measured on. */
export async function totalsOf(
  db: Kysely<Database>,
  indicatorIds: string[],
): Promise<Map<string, { period: string; year: number; value: number }[]>> {
  const result = new Map<string, { period: string; year: number; value: number }[]>(
    indicatorIds.map((id) => [id, []]),
  );
  if (indicatorIds.length === 0) return result;
  const rows = await db
    .selectFrom('indicator_values')
    .select(['indicator_id', 'period', 'year', 'value'])
    .where('indicator_id', 'in', indicatorIds)
    .where('sex', '=', '_T')
    .where('age', '=', '_T')
    .orderBy('indicator_id')
    .orderBy('period')
    .execute();
  for (const row of rows)
    result
      .get(row.indicator_id)
      ?.push({ period: row.period, year: Number(row.year), value: Number(row.value) });
  return result;
}

export type ValueWithReporter = ValueRow & { reporter_name: string | null };

/** Every value of one indicator, by period then disaggregation, with who reported it. */
export async function valuesOf(db: Kysely<Database>, indicatorId: string): Promise<ValueWithReporter[]> {
  const rows = await db
    .selectFrom('indicator_values')
    .leftJoin('users', 'users.id', 'indicator_values.reported_by')
    .selectAll('indicator_values')
    .select('users.name as reporter_name')
    .where('indicator_values.indicator_id', '=', indicatorId)
    .orderBy('indicator_values.period')
    .orderBy('indicator_values.sex')
    .orderBy('indicator_values.age')
    .execute();
  return rows.map(normaliseValue);
}

/** Every value of a process (for exports), with who reported it. */
export async function valuesOfProcess(db: Kysely<Database>, processId: string): Promise<ValueWithReporter[]> {
  const rows = await db
    .selectFrom('indicator_values')
    .leftJoin('users', 'users.id', 'indicator_values.reported_by')
    .selectAll('indicator_values')
    .select('users.name as reporter_name')
    .where('indicator_values.process_id', '=', processId)
    .orderBy('indicator_values.indicator_id')
    .orderBy('indicator_values.period')
    .orderBy('indicator_values.sex')
    .orderBy('indicator_values.age')
    .execute();
  return rows.map(normaliseValue);
}

/** A page of a process's values in id order (the API's cursor), optionally of one indicator or year. */
export async function listValuesAfter(
  db: Kysely<Database>,
  processId: string,
  filter: { indicatorId?: string; year?: number },
  afterId: string | null,
  limit: number,
): Promise<ValueWithReporter[]> {
  const rows = await db
    .selectFrom('indicator_values')
    .leftJoin('users', 'users.id', 'indicator_values.reported_by')
    .selectAll('indicator_values')
    .select('users.name as reporter_name')
    .where('indicator_values.process_id', '=', processId)
    .$if(filter.indicatorId !== undefined, (q) =>
      q.where('indicator_values.indicator_id', '=', filter.indicatorId!),
    )
    .$if(filter.year !== undefined, (q) => q.where('indicator_values.year', '=', filter.year!))
    .$if(afterId !== null, (q) => q.where('indicator_values.id', '>', afterId!))
    .orderBy('indicator_values.id')
    .limit(limit)
    .execute();
  return rows.map(normaliseValue);
}

export async function findValue(
  db: Kysely<Database>,
  indicatorId: string,
  valueId: string,
): Promise<ValueWithReporter | undefined> {
  const row = await db
    .selectFrom('indicator_values')
    .leftJoin('users', 'users.id', 'indicator_values.reported_by')
    .selectAll('indicator_values')
    .select('users.name as reporter_name')
    .where('indicator_values.indicator_id', '=', indicatorId)
    .where('indicator_values.id', '=', valueId)
    .executeTakeFirst();
  return row ? normaliseValue(row) : undefined;
}

/** The value stored for one period and disaggregation, if any. */
export async function findValueByKey(
  db: Kysely<Database>,
  indicatorId: string,
  key: { period: string; sex: Sex; age: AgeGroup },
): Promise<ValueRow | undefined> {
  const row = await db
    .selectFrom('indicator_values')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', key.period)
    .where('sex', '=', key.sex)
    .where('age', '=', key.age)
    .executeTakeFirst();
  return row ? normaliseValue(row) : undefined;
}

export async function insertIndicator(
  trx: Transaction<Database>,
  row: Omit<ProcessIndicatorsTable, 'version'>,
): Promise<void> {
  await trx.insertInto('process_indicators').values(row).execute();
}

export async function updateIndicatorIfVersion(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: Partial<
    Omit<ProcessIndicatorsTable, 'id' | 'process_id' | 'version' | 'created_at' | 'created_by'>
  >,
): Promise<boolean> {
  const result = await trx
    .updateTable('process_indicators')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceTargets(
  trx: Transaction<Database>,
  indicatorId: string,
  targets: { year: number; value: number }[],
): Promise<void> {
  await trx.deleteFrom('indicator_targets').where('indicator_id', '=', indicatorId).execute();
  if (targets.length > 0)
    await trx
      .insertInto('indicator_targets')
      .values(targets.map((t) => ({ indicator_id: indicatorId, year: t.year, value: t.value })))
      .execute();
}

export async function insertValue(
  trx: Transaction<Database>,
  row: Omit<IndicatorValuesTable, 'version'>,
): Promise<void> {
  await trx.insertInto('indicator_values').values(row).execute();
}

export async function updateValueIfVersion(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: Partial<
    Omit<IndicatorValuesTable, 'id' | 'indicator_id' | 'process_id' | 'version' | 'created_at'>
  >,
): Promise<boolean> {
  const result = await trx
    .updateTable('indicator_values')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export interface LockRow {
  year: number;
  locked_at: string;
  locked_by_name: string | null;
}

/** The locked reporting years of a process, oldest first. */
export async function locksOf(db: Kysely<Database>, processId: string): Promise<LockRow[]> {
  const rows = await db
    .selectFrom('reporting_locks')
    .leftJoin('users', 'users.id', 'reporting_locks.locked_by')
    .select(['reporting_locks.year', 'reporting_locks.locked_at', 'users.name as locked_by_name'])
    .where('reporting_locks.process_id', '=', processId)
    .orderBy('reporting_locks.year')
    .execute();
  return rows.map((r) => ({ ...r, year: Number(r.year) }));
}

export async function isYearLocked(db: Kysely<Database>, processId: string, year: number): Promise<boolean> {
  const row = await db
    .selectFrom('reporting_locks')
    .select('year')
    .where('process_id', '=', processId)
    .where('year', '=', year)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether any value is reported for the indicator (its unit and disaggregation are then fixed). */
export async function hasValues(db: Kysely<Database>, indicatorId: string): Promise<boolean> {
  const row = await db
    .selectFrom('indicator_values')
    .select('id')
    .where('indicator_id', '=', indicatorId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
