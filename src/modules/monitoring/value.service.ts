import type { Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import {
  conflict,
  invalid,
  locked,
  notFound,
  ok,
  type Problems,
  type Result,
  transact,
} from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { isIsoDate } from '../../web/form/index.ts';
import {
  findValue,
  findValueByKey,
  insertValue,
  isYearLocked,
  updateValueIfVersion,
} from './indicator.repository.ts';
import { agesFor, periodYear, sexesFor, unitProblem, withinProcess } from './indicator.rules.ts';
import type { ValueInput } from './indicator.schema.ts';
import { type IndicatorContext, periodProblem } from './indicator.service.ts';
import { LIMITS } from './monitoring.limits.ts';
import type { IndicatorRow } from './monitoring.table.ts';

/** Reported values of indicators, and the locking of reviewed reporting years. */

/**
 * The rules of one reported value, for the form, the API and each row of an upload: the period
 * is written right and falls within the process period, the disaggregation is one the indicator
 * takes, the figure fits the unit, the report date is real and not in the future.
 */
export function valueProblems(
  input: ValueInput,
  indicator: Pick<IndicatorRow, 'unit' | 'disaggregation'>,
  process: IndicatorContext['process'],
  today: string,
): Problems {
  const problems: Problems = {};
  const year = periodYear(input.period);
  if (input.period === '') problems.period = { key: 'indicator.error.periodRequired' };
  else if (year === null) problems.period = { key: 'indicator.error.period' };
  else if (!withinProcess(input.period, process))
    problems.period = periodProblem('indicator.error.periodOutside', process, { period: input.period });
  if (!sexesFor(indicator.disaggregation).includes(input.sex))
    problems.sex = { key: 'indicator.error.sexNotTaken' };
  if (!agesFor(indicator.disaggregation).includes(input.age))
    problems.age = { key: 'indicator.error.ageNotTaken' };
  const unit = unitProblem(indicator.unit, input.value);
  if (unit) problems.value = { key: unit };
  if (input.source && input.source.length > LIMITS.source)
    problems.source = { key: 'indicator.error.sourceTooLong', values: { max: LIMITS.source } };
  if (!isIsoDate(input.reportedOn)) problems.reportedOn = { key: 'indicator.error.reportedOn.real' };
  else if (input.reportedOn > today) problems.reportedOn = { key: 'indicator.error.reportedOn.future' };
  return problems;
}

/** Reports a value; a locked year, or a value already reported for the period, is refused. */
export async function addValue(
  db: Db,
  context: IndicatorContext,
  indicator: IndicatorRow,
  input: ValueInput,
  today: string,
): Promise<Result<{ id: string }>> {
  const problems = valueProblems(input, indicator, context.process, today);
  if (Object.keys(problems).length > 0) return invalid(problems);
  const year = periodYear(input.period)!;
  return transact(db.kysely, async (trx) => {
    if (await isYearLocked(trx, context.process.id, year)) return locked(year);
    const existing = await findValueByKey(trx, indicator.id, input);
    if (existing)
      return invalid({ period: { key: 'indicator.error.valueExists', values: { period: input.period } } });
    const id = await writeNewValue(trx, context, indicator.id, input, year);
    return ok({ id });
  });
}

export async function writeNewValue(
  trx: Transaction<Database>,
  context: IndicatorContext,
  indicatorId: string,
  input: ValueInput,
  year: number,
): Promise<string> {
  const id = newId();
  const at = now();
  const row = {
    id,
    indicator_id: indicatorId,
    process_id: context.process.id,
    period: input.period,
    year,
    sex: input.sex,
    age: input.age,
    value: input.value,
    source: input.source,
    reported_on: input.reportedOn,
    reported_by: context.actorId,
    created_at: at,
    updated_at: at,
  };
  await insertValue(trx, row);
  await recordAudit(trx, {
    actorId: context.actorId,
    action: 'indicator.value.create',
    entityType: 'indicator_value',
    entityId: id,
    after: row,
  });
  return id;
}

/** Replaces a stored value's figure, source and date (its period and disaggregation stay). */
export async function rewriteValue(
  trx: Transaction<Database>,
  context: IndicatorContext,
  current: {
    id: string;
    version: number;
    value: number;
    source: string | null;
    reported_on: string;
    reported_by: string | null;
  },
  input: Pick<ValueInput, 'value' | 'source' | 'reportedOn'>,
): Promise<boolean> {
  const after = {
    value: input.value,
    source: input.source,
    reported_on: input.reportedOn,
    reported_by: context.actorId,
  };
  if (!(await updateValueIfVersion(trx, current.id, current.version, { ...after, updated_at: now() })))
    return false;
  await recordAudit(trx, {
    actorId: context.actorId,
    action: 'indicator.value.update',
    entityType: 'indicator_value',
    entityId: current.id,
    before: {
      value: current.value,
      source: current.source,
      reported_on: current.reported_on,
      reported_by: current.reported_by,
    },
    after,
  });
  return true;
}

/** Changes a reported value, unless its year is locked or someone changed it since `version`. */
export async function updateValue(
  db: Db,
  context: IndicatorContext,
  indicator: IndicatorRow,
  valueId: string,
  version: number,
  input: ValueInput,
  today: string,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const current = await findValue(trx, indicator.id, valueId);
    if (!current) return notFound();
    if (await isYearLocked(trx, context.process.id, current.year)) return locked(current.year);
    if (current.version !== version) return conflict(current.version);
    const problems = valueProblems(
      { ...input, period: current.period, sex: current.sex, age: current.age },
      indicator,
      context.process,
      today,
    );
    if (Object.keys(problems).length > 0) return invalid(problems);
    if (!(await rewriteValue(trx, context, current, input))) return conflict(version + 1);
    return ok({ id: valueId });
  });
}

/** Locks a reviewed reporting year (owners): its values can no longer be added or changed. */
export async function lockYear(
  db: Db,
  context: IndicatorContext,
  year: number,
): Promise<Result<{ year: number }>> {
  if (!Number.isInteger(year) || year < 1900 || year > 2100)
    return invalid({ year: { key: 'indicator.error.year' } });
  return transact(db.kysely, async (trx) => {
    if (await isYearLocked(trx, context.process.id, year))
      return invalid({ year: { key: 'indicator.lock.already', values: { year } } });
    await trx
      .insertInto('reporting_locks')
      .values({ process_id: context.process.id, year, locked_by: context.actorId, locked_at: now() })
      .execute();
    await recordAudit(trx, {
      actorId: context.actorId,
      action: 'monitoring.lock',
      entityType: 'process',
      entityId: context.process.id,
      after: { locked_year: year },
    });
    return ok({ year });
  });
}

/** Unlocks a reporting year (owners); a year that is not locked is not found. */
export async function unlockYear(
  db: Db,
  context: IndicatorContext,
  year: number,
): Promise<Result<{ year: number }>> {
  if (!Number.isInteger(year)) return notFound();
  return transact(db.kysely, async (trx) => {
    const result = await trx
      .deleteFrom('reporting_locks')
      .where('process_id', '=', context.process.id)
      .where('year', '=', year)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return notFound();
    await recordAudit(trx, {
      actorId: context.actorId,
      action: 'monitoring.unlock',
      entityType: 'process',
      entityId: context.process.id,
      before: { locked_year: year },
    });
    return ok({ year });
  });
}
