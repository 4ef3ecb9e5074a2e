import { z } from 'zod';
import type { Problems } from '../../commands/index.ts';
import {
  asBody,
  type DateParts,
  datePartsOf,
  listOf,
  parseNumber,
  readFullDate,
  rowsOf,
  textOf,
  toDateParts,
} from '../../web/form/index.ts';
import { idParam, processParams } from '../../web/params.ts';
import { LIMITS } from './monitoring.limits.ts';
import {
  AGE_GROUPS,
  type AgeGroup,
  DIRECTIONS,
  DISAGGREGATIONS,
  type Direction,
  type Disaggregation,
  INDICATOR_UNITS,
  type IndicatorUnit,
  SEXES,
  type Sex,
} from './monitoring.table.ts';

/** What the indicator services take, from the form or the API. */
export interface IndicatorInput {
  name: string;
  definition: string | null;
  unit: IndicatorUnit;
  direction: Direction;
  disaggregation: Disaggregation;
  baselineValue: number | null;
  baselineYear: number | null;
  dataCode: string | null;
  targets: { year: number; value: number }[];
  tags: string[];
}

export interface IndicatorDraft {
  name: string;
  definition: string;
  unit: string;
  direction: string;
  disaggregation: string;
  baselineValue: string;
  baselineYear: string;
  dataCode: string;
  targets: { year: string; value: string }[];
  tags: string[];
}

export const INDICATOR_FIELDS = [
  'name',
  'definition',
  'unit',
  'direction',
  'disaggregation',
  'baselineValue',
  'baselineYear',
  'targets',
  'dataCode',
  'tags',
] as const;

export const EMPTY_INDICATOR_DRAFT: IndicatorDraft = {
  name: '',
  definition: '',
  unit: '',
  direction: 'increase',
  disaggregation: 'none',
  baselineValue: '',
  baselineYear: '',
  dataCode: '',
  targets: [],
  tags: [],
};

export function readIndicatorDraft(raw: unknown): IndicatorDraft {
  const body = asBody(raw);
  // Target rows `targets.<n>.year` / `.value`; a row left blank is dropped.
  const targets = rowsOf(body, 'targets', ['year', 'value']);
  return {
    name: textOf(body, 'name'),
    definition: textOf(body, 'definition'),
    unit: textOf(body, 'unit'),
    direction: textOf(body, 'direction'),
    disaggregation: textOf(body, 'disaggregation'),
    baselineValue: textOf(body, 'baselineValue'),
    baselineYear: textOf(body, 'baselineYear'),
    dataCode: textOf(body, 'dataCode'),
    targets,
    tags: listOf(body, 'tags'),
  };
}

const oneOf = <T extends string>(list: readonly T[], text: string): T | null =>
  (list as readonly string[]).includes(text) ? (text as T) : null;

function readYear(text: string): number | null | 'bad' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{4}$/.test(trimmed) && Number(trimmed) >= 1900 && Number(trimmed) <= 2100
    ? Number(trimmed)
    : 'bad';
}

/** Reads the indicator form field by field (see parseActionDraft). */
export function parseIndicatorDraft(draft: IndicatorDraft): { input: IndicatorInput; problems: Problems } {
  const problems: Problems = {};
  const unit = oneOf(INDICATOR_UNITS, draft.unit);
  if (!unit)
    problems.unit = { key: draft.unit ? 'indicator.error.unitUnknown' : 'indicator.error.unitRequired' };
  const direction = oneOf(DIRECTIONS, draft.direction);
  if (!direction) problems.direction = { key: 'indicator.error.direction' };
  const disaggregation = oneOf(DISAGGREGATIONS, draft.disaggregation);
  if (!disaggregation) problems.disaggregation = { key: 'indicator.error.disaggregation' };
  let baselineValue: number | null = null;
  if (draft.baselineValue.trim() !== '') {
    baselineValue = parseNumber(draft.baselineValue);
    if (baselineValue === null) problems.baselineValue = { key: 'indicator.error.valueNumber' };
  }
  const year = readYear(draft.baselineYear);
  if (year === 'bad') problems.baselineYear = { key: 'indicator.error.year' };
  const targets: { year: number; value: number }[] = [];
  draft.targets.forEach((row, i) => {
    const targetYear = readYear(row.year);
    const value = parseNumber(row.value);
    if (targetYear === null || targetYear === 'bad')
      problems[`targets.${i}.year`] = { key: 'indicator.error.targetYear', values: { row: i + 1 } };
    if (value === null)
      problems[`targets.${i}.value`] = { key: 'indicator.error.targetValue', values: { row: i + 1 } };
    if (typeof targetYear === 'number' && value !== null) targets.push({ year: targetYear, value });
  });
  return {
    input: {
      name: draft.name.trim(),
      definition: draft.definition.trim() || null,
      unit: unit ?? 'number',
      direction: direction ?? 'increase',
      disaggregation: disaggregation ?? 'none',
      baselineValue,
      baselineYear: typeof year === 'number' ? year : null,
      dataCode: draft.dataCode.trim() || null,
      targets,
      tags: draft.tags,
    },
    problems,
  };
}

export function draftFromIndicator(indicator: {
  name: string;
  definition: string | null;
  unit: string;
  direction: string;
  disaggregation: string;
  baseline: { value: number; year: number } | null;
  dataCode: string | null;
  targets: { year: number; value: number }[];
  tags: string[];
}): IndicatorDraft {
  return {
    name: indicator.name,
    definition: indicator.definition ?? '',
    unit: indicator.unit,
    direction: indicator.direction,
    disaggregation: indicator.disaggregation,
    baselineValue: indicator.baseline ? String(indicator.baseline.value) : '',
    baselineYear: indicator.baseline ? String(indicator.baseline.year) : '',
    dataCode: indicator.dataCode ?? '',
    targets: indicator.targets.map((t) => ({ year: String(t.year), value: String(t.value) })),
    tags: indicator.tags,
  };
}

// ----- values -----

export interface ValueInput {
  period: string;
  sex: Sex;
  age: AgeGroup;
  value: number;
  source: string | null;
  /** ISO date; today when not given. */
  reportedOn: string;
}

export interface ValueDraft {
  period: string;
  sex: string;
  age: string;
  value: string;
  source: string;
  reportedOn: DateParts;
}

export const VALUE_FIELDS = ['period', 'sex', 'age', 'value', 'source', 'reportedOn'] as const;

export function readValueDraft(raw: unknown): ValueDraft {
  const body = asBody(raw);
  return {
    period: textOf(body, 'period'),
    sex: textOf(body, 'sex') || '_T',
    age: textOf(body, 'age') || '_T',
    value: textOf(body, 'value'),
    source: textOf(body, 'source'),
    reportedOn: datePartsOf(body, 'reportedOn'),
  };
}

export function emptyValueDraft(today: string): ValueDraft {
  return { period: '', sex: '_T', age: '_T', value: '', source: '', reportedOn: toDateParts(today) };
}

export function parseValueDraft(draft: ValueDraft, today: string): { input: ValueInput; problems: Problems } {
  const problems: Problems = {};
  const value = parseNumber(draft.value);
  if (draft.value.trim() === '') problems.value = { key: 'indicator.error.valueRequired' };
  else if (value === null) problems.value = { key: 'indicator.error.valueNumber' };
  const sex = oneOf(SEXES, draft.sex);
  if (!sex) problems.sex = { key: 'indicator.error.sex' };
  const age = oneOf(AGE_GROUPS, draft.age);
  if (!age) problems.age = { key: 'indicator.error.age' };
  const date = readFullDate(draft.reportedOn);
  if (!date.ok) problems.reportedOn = { key: `indicator.error.reportedOn.${date.problem}` };
  return {
    input: {
      period: draft.period
        .trim()
        .toUpperCase()
        .replace(/^(\d{4})-Q/, '$1-Q'),
      sex: sex ?? '_T',
      age: age ?? '_T',
      value: value ?? 0,
      source: draft.source.trim() || null,
      reportedOn: (date.ok ? date.value : null) ?? today,
    },
    problems,
  };
}

// ----- API -----

/** `/processes/:id/indicators/:indicatorId`: ids are checked by the lookups (a malformed one is a 404). */
export const indicatorParams = processParams.extend({ indicatorId: idParam.describe('Indicator id') });

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(100).describe('Page size, 1 to 200'),
  cursor: z.string().max(60).optional().describe('The `next` value of the previous page'),
});

/** An indicator's fields in the API, without defaults (so a patch can leave any out). */
const indicatorShape = {
  name: z.string().max(LIMITS.indicatorName * 2),
  definition: z
    .string()
    .max(LIMITS.definition * 2)
    .nullable(),
  unit: z
    .string()
    .max(40)
    .describe(`One of: ${INDICATOR_UNITS.join(', ')}`),
  direction: z.enum(DIRECTIONS).describe('Which way is better'),
  disaggregation: z.enum(DISAGGREGATIONS),
  baseline: z
    .object({ value: z.number(), year: z.number().int() })
    .nullable()
    .describe('The value before the plan, and its year'),
  dataCode: z
    .string()
    .max(LIMITS.dataCode * 2)
    .nullable()
    .describe('An indicator code of the data module'),
  targets: z.array(z.object({ year: z.number().int(), value: z.number() })).max(LIMITS.targets * 2),
  tags: z.array(z.string().max(60)).max(100),
};

export const indicatorInputSchema = z.object({
  ...indicatorShape,
  definition: indicatorShape.definition.default(null),
  disaggregation: indicatorShape.disaggregation.default('none'),
  baseline: indicatorShape.baseline.default(null),
  dataCode: indicatorShape.dataCode.default(null),
  targets: indicatorShape.targets.default([]),
  tags: indicatorShape.tags.default([]),
});

/** A change to an indicator: the fields to change, and the `version` read (409 when stale). */
export const indicatorPatchSchema = z
  .object(indicatorShape)
  .partial()
  .extend({ version: z.number().int().describe('The version you read; a stale one answers 409') });

export function toIndicatorInput(body: z.output<typeof indicatorInputSchema>): IndicatorInput {
  return {
    name: body.name.trim(),
    definition: body.definition?.trim() || null,
    unit: body.unit as IndicatorUnit,
    direction: body.direction,
    disaggregation: body.disaggregation,
    baselineValue: body.baseline?.value ?? null,
    baselineYear: body.baseline?.year ?? null,
    dataCode: body.dataCode?.trim() || null,
    targets: body.targets,
    tags: body.tags,
  };
}

export const INDICATOR_POINTERS: Record<string, string> = {
  baselineValue: '/baseline/value',
  baselineYear: '/baseline/year',
};

/** A change to a reported value: its figure, source or date (its period and groups stay). */
export const valuePatchSchema = z.object({
  value: z.number().optional(),
  source: z
    .string()
    .max(LIMITS.source * 2)
    .nullable()
    .optional(),
  reportedOn: z.string().max(10).optional().describe('YYYY-MM-DD'),
  version: z.number().int().describe('The version you read; a stale one answers 409'),
});

export const valueParams = indicatorParams.extend({ valueId: idParam.describe('Value id') });

/** Every reported value of a process, optionally of one indicator or one year, by id. */
export const processValuesQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(500).describe('Page size, 1 to 1,000'),
  cursor: z.string().max(60).optional().describe('The `next` value of the previous page'),
  indicator: z.string().min(1).max(40).optional().describe('Only the values of this indicator'),
  year: z.coerce.number().int().min(1900).max(2200).optional().describe('Only the values of this year'),
});

export const valueInputSchema = z.object({
  period: z.string().max(10).describe('`2020`, `2020-Q3` or `2020-07`'),
  sex: z.enum(SEXES).default('_T').describe('`_T` total, `F`, `M`'),
  age: z.enum(AGE_GROUPS).default('_T').describe('`_T` all ages, or an age group'),
  value: z.number(),
  source: z
    .string()
    .max(LIMITS.source * 2)
    .nullable()
    .default(null),
  reportedOn: z.string().max(10).optional().describe('YYYY-MM-DD; today when left out'),
});

const progressOut = z.object({
  latest: z.object({ period: z.string(), value: z.number() }).nullable(),
  target: z.object({ year: z.number().int(), value: z.number() }).nullable(),
  percent: z.number().nullable().describe('Share of the way from baseline to target, in percent'),
  missingYears: z.array(z.number().int()).describe('Years with a target, ended, and no reported total'),
});

export const indicatorOut = z.object({
  id: z.string(),
  processId: z.string(),
  name: z.string(),
  definition: z.string().nullable(),
  unit: z.enum(INDICATOR_UNITS),
  direction: z.enum(DIRECTIONS),
  disaggregation: z.enum(DISAGGREGATIONS),
  baseline: z.object({ value: z.number(), year: z.number().int() }).nullable(),
  dataCode: z.string().nullable(),
  targets: z.array(z.object({ year: z.number().int(), value: z.number() })),
  tags: z.array(z.string()),
  progress: progressOut,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const valueOut = z.object({
  id: z.string(),
  indicatorId: z.string(),
  period: z.string(),
  year: z.number().int(),
  sex: z.enum(SEXES),
  age: z.enum(AGE_GROUPS),
  value: z.number(),
  source: z.string().nullable(),
  reportedOn: z.string(),
  reportedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  locked: z.boolean().describe('The year is locked: the value can no longer change'),
  version: z.number().int(),
});
