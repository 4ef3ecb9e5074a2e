import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import {
  conflict,
  invalid,
  notFound,
  ok,
  type Problem,
  type Problems,
  type Result,
  transact,
} from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import type { ProcessRow } from '../processes/index.ts';
import {
  findIndicator,
  hasValues,
  insertIndicator,
  replaceTargets,
  targetsOf,
  updateIndicatorIfVersion,
} from './indicator.repository.ts';
import { unitProblem, yearWithinProcess } from './indicator.rules.ts';
import type { IndicatorInput } from './indicator.schema.ts';
import { LIMITS } from './monitoring.limits.ts';
import { INDICATOR_UNITS } from './monitoring.table.ts';
import { setTags, tagIdsOf, unknownTermIds } from './monitoring.tags.ts';

export interface IndicatorContext {
  process: Pick<ProcessRow, 'id' | 'period_start' | 'period_end'>;
  actorId: string | null;
}

const DATA_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * A problem that names the process period ("1 January 2013 to 31 December 2020"): its `start`
 * and `end` are dates the page writes as people read them, or "…" where the period is open.
 */
export function periodProblem(
  key: string,
  process: IndicatorContext['process'],
  values: Record<string, string | number> = {},
): Problem {
  const open: Record<string, string> = {};
  const dates: Record<string, string> = {};
  for (const [name, iso] of [
    ['start', process.period_start],
    ['end', process.period_end],
  ] as const) {
    if (iso) dates[name] = iso;
    else open[name] = '…';
  }
  return { key, values: { ...values, ...open }, dates };
}

/** The rules of an indicator's definition, baseline and targets. */
export function indicatorRuleProblems(input: IndicatorInput, process: IndicatorContext['process']): Problems {
  const problems: Problems = {};
  if (input.name === '') problems.name = { key: 'indicator.error.nameRequired' };
  else if (input.name.length > LIMITS.indicatorName)
    problems.name = { key: 'indicator.error.nameTooLong', values: { max: LIMITS.indicatorName } };
  if (input.definition && input.definition.length > LIMITS.definition)
    problems.definition = { key: 'indicator.error.definitionTooLong', values: { max: LIMITS.definition } };
  if (!(INDICATOR_UNITS as readonly string[]).includes(input.unit)) {
    problems.unit = { key: 'indicator.error.unitUnknown' };
    return problems;
  }
  if (input.dataCode && (input.dataCode.length > LIMITS.dataCode || !DATA_CODE.test(input.dataCode)))
    problems.dataCode = { key: 'indicator.error.dataCode', values: { max: LIMITS.dataCode } };
  if ((input.baselineValue === null) !== (input.baselineYear === null))
    problems[input.baselineValue === null ? 'baselineValue' : 'baselineYear'] = {
      key: 'indicator.error.baselineBoth',
    };
  if (input.baselineYear !== null && (input.baselineYear < 1900 || input.baselineYear > 2100))
    problems.baselineYear = { key: 'indicator.error.year' };
  if (input.baselineValue !== null) {
    const problem = unitProblem(input.unit, input.baselineValue);
    if (problem) problems.baselineValue = { key: problem };
  }
  if (input.targets.length > LIMITS.targets)
    problems.targets = { key: 'indicator.error.tooManyTargets', values: { max: LIMITS.targets } };
  const seen = new Set<number>();
  input.targets.forEach((target, i) => {
    const row = { row: i + 1, year: target.year };
    if (target.year < 1900 || target.year > 2100)
      problems[`targets.${i}.year`] = { key: 'indicator.error.targetYear', values: row };
    else if (seen.has(target.year))
      problems[`targets.${i}.year`] = { key: 'indicator.error.targetTwice', values: row };
    else if (!yearWithinProcess(target.year, process))
      problems[`targets.${i}.year`] = periodProblem('indicator.error.targetOutsidePeriod', process, row);
    seen.add(target.year);
    const problem = unitProblem(input.unit, target.value);
    if (problem) problems[`targets.${i}.value`] = { key: problem, values: row };
    else if (input.baselineValue !== null && !problems.baselineValue) {
      const wrongWay =
        input.direction === 'increase'
          ? target.value < input.baselineValue
          : target.value > input.baselineValue;
      if (wrongWay)
        problems[`targets.${i}.value`] = {
          key: `indicator.error.target.${input.direction}`,
          values: { ...row, baseline: input.baselineValue },
        };
    }
  });
  return problems;
}

async function checkIndicator(
  db: Kysely<Database>,
  input: IndicatorInput,
  process: IndicatorContext['process'],
): Promise<Problems> {
  const problems = indicatorRuleProblems(input, process);
  const unknown = await unknownTermIds(db, input.tags.slice(0, 200));
  if (unknown.length > 0)
    problems.tags = { key: 'action.error.tagsUnknown', values: { codes: unknown.slice(0, 5).join(', ') } };
  return problems;
}

/** The problems the service would find, without saving (for a form that also failed elsewhere). */
export async function indicatorProblems(
  db: Db,
  input: IndicatorInput,
  process: IndicatorContext['process'],
): Promise<Problems> {
  return checkIndicator(db.kysely, input, process);
}

function columns(input: IndicatorInput) {
  return {
    name: input.name,
    definition: input.definition,
    unit: input.unit,
    direction: input.direction,
    disaggregation: input.disaggregation,
    baseline_value: input.baselineValue,
    baseline_year: input.baselineYear,
    data_code: input.dataCode,
  };
}

const sortTargets = (targets: { year: number; value: number }[]) =>
  [...targets].sort((a, b) => a.year - b.year);

/** Adds an indicator with its baseline and targets to a process. */
export async function createIndicator(
  db: Db,
  context: IndicatorContext,
  input: IndicatorInput,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const problems = await checkIndicator(trx, input, context.process);
    if (Object.keys(problems).length > 0) return invalid(problems);
    const id = newId();
    const at = now();
    const values = columns(input);
    await insertIndicator(trx, {
      id,
      process_id: context.process.id,
      ...values,
      created_by: context.actorId,
      created_at: at,
      updated_at: at,
    });
    await replaceTargets(trx, id, sortTargets(input.targets));
    await setTags(trx, 'indicator', id, input.tags);
    await recordAudit(trx, {
      actorId: context.actorId,
      action: 'indicator.create',
      entityType: 'indicator',
      entityId: id,
      after: {
        process_id: context.process.id,
        ...values,
        targets: sortTargets(input.targets),
        tags: input.tags,
      },
    });
    return ok({ id });
  });
}

/**
 * Saves a new version of an indicator's definition and targets. The unit and disaggregation can
 * change only while no value is reported: values already stored were checked against the old ones.
 */
export async function updateIndicator(
  db: Db,
  context: IndicatorContext,
  indicatorId: string,
  version: number,
  input: IndicatorInput,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const current = await findIndicator(trx, context.process.id, indicatorId);
    if (!current) return notFound();
    if (current.version !== version) return conflict(current.version);
    const problems = await checkIndicator(trx, input, context.process);
    if (input.unit !== current.unit || input.disaggregation !== current.disaggregation) {
      const reported = await hasValues(trx, indicatorId);
      if (reported && input.unit !== current.unit) problems.unit = { key: 'indicator.error.unitFixed' };
      if (reported && input.disaggregation !== current.disaggregation)
        problems.disaggregation = { key: 'indicator.error.disaggregationFixed' };
    }
    if (Object.keys(problems).length > 0) return invalid(problems);
    const values = columns(input);
    const [targets, tags] = await Promise.all([
      targetsOf(trx, [indicatorId]),
      tagIdsOf(trx, 'indicator', [indicatorId]),
    ]);
    if (!(await updateIndicatorIfVersion(trx, indicatorId, version, { ...values, updated_at: now() })))
      return conflict(version + 1);
    await replaceTargets(trx, indicatorId, sortTargets(input.targets));
    await setTags(trx, 'indicator', indicatorId, input.tags);
    await recordAudit(trx, {
      actorId: context.actorId,
      action: 'indicator.update',
      entityType: 'indicator',
      entityId: indicatorId,
      before: {
        name: current.name,
        definition: current.definition,
        unit: current.unit,
        direction: current.direction,
        disaggregation: current.disaggregation,
        baseline_value: current.baseline_value,
        baseline_year: current.baseline_year,
        data_code: current.data_code,
        targets: targets.get(indicatorId) ?? [],
        tags: tags.get(indicatorId) ?? [],
      },
      after: { ...values, targets: sortTargets(input.targets), tags: input.tags },
    });
    return ok({ id: indicatorId });
  });
}
