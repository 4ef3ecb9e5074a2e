import type { AgeGroup, Disaggregation, IndicatorUnit, Sex } from './monitoring.table.ts';

/**
 * The rules of indicator figures, shared by the forms, the API and uploads: what a unit allows,
 * how periods are written and compared, and which disaggregations an indicator takes.
 */

/** The catalogue key of what is wrong with `value` in `unit`, or null when it is allowed. */
export function unitProblem(unit: IndicatorUnit, value: number): string | null {
  if (!Number.isFinite(value) || Math.abs(value) > 1e15) return 'indicator.error.valueNumber';
  switch (unit) {
    case 'percent':
      return value < 0 || value > 100 ? 'indicator.error.percentRange' : null;
    case 'persons':
      return value < 0 || !Number.isInteger(value) ? 'indicator.error.personsRange' : null;
    case 'days':
    case 'usd':
    case 'local-currency':
    case 'ratio':
      return value < 0 ? 'indicator.error.nonNegative' : null;
    case 'number':
    case 'index':
      return null;
  }
}

const PERIOD = /^(\d{4})(?:-(Q[1-4]|0[1-9]|1[0-2]))?$/;

/** `2020`, `2020-Q3` or `2020-07` → its year; null when the period is not written that way. */
export function periodYear(period: string): number | null {
  const match = PERIOD.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  return year >= 1900 && year <= 2100 ? year : null;
}

/** The first and last day of a period, as ISO dates. */
export function periodDays(period: string): { first: string; last: string } {
  const match = PERIOD.exec(period)!;
  const year = match[1]!;
  const part = match[2];
  if (!part) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const [fromMonth, toMonth] = part.startsWith('Q')
    ? [(Number(part[1]) - 1) * 3 + 1, Number(part[1]) * 3]
    : [Number(part), Number(part)];
  const lastDay = new Date(Date.UTC(Number(year), toMonth, 0)).getUTCDate();
  return {
    first: `${year}-${String(fromMonth).padStart(2, '0')}-01`,
    last: `${year}-${String(toMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`,
  };
}

/** Where a period sits on a time axis, in years: 2020 → 2020, 2020-Q3 → 2020.625, 2020-07 → 2020.54. */
export function periodPosition(period: string): number {
  const match = PERIOD.exec(period);
  if (!match) return Number.NaN;
  const year = Number(match[1]);
  const part = match[2];
  if (!part) return year;
  if (part.startsWith('Q')) return year + (Number(part[1]) - 0.5) / 4;
  return year + (Number(part) - 0.5) / 12;
}

/** Sorts by when a period ends; a year sorts after its quarters and months. */
export function periodEnd(period: string): string {
  const { last } = periodDays(period);
  return `${last}${PERIOD.exec(period)?.[2] ? '0' : '1'}`;
}

/** True when the period overlaps the process period (either end may be unknown). */
export function withinProcess(
  period: string,
  process: { period_start: string | null; period_end: string | null },
): boolean {
  const { first, last } = periodDays(period);
  if (process.period_end && first > process.period_end) return false;
  if (process.period_start && last < process.period_start) return false;
  return true;
}

/** A year (of a target) within the process period. */
export function yearWithinProcess(
  year: number,
  process: { period_start: string | null; period_end: string | null },
): boolean {
  return withinProcess(String(year), process);
}

export function sexesFor(disaggregation: Disaggregation): readonly Sex[] {
  return disaggregation === 'sex' || disaggregation === 'sex-age' ? ['_T', 'F', 'M'] : ['_T'];
}

export function agesFor(disaggregation: Disaggregation): readonly AgeGroup[] {
  return disaggregation === 'age' || disaggregation === 'sex-age'
    ? ['_T', 'Y0T14', 'Y15T24', 'Y25T54', 'Y55T64', 'Y_GE65']
    : ['_T'];
}

/** What people type in a file for sex: "female", "F", "women", blank for the total. */
export function readSex(text: string): Sex | null {
  const value = text.trim().toLowerCase();
  if (['', '_t', 't', 'total', 'all', 'both'].includes(value)) return '_T';
  if (
    ['f', 'female', 'women', 'woman', 'femme', 'femmes', 'mujer', 'mujeres', 'أنثى', 'إناث'].includes(value)
  )
    return 'F';
  if (['m', 'male', 'men', 'man', 'homme', 'hommes', 'hombre', 'hombres', 'ذكر', 'ذكور'].includes(value))
    return 'M';
  return null;
}

/** What people type for an age group: "15-24", "Y15T24", "65+", blank for all ages. */
export function readAge(text: string): AgeGroup | null {
  const value = text
    .trim()
    .toUpperCase()
    .replace(/\s|YEARS?|ANS|AÑOS/g, '')
    .replace(/[–—]/g, '-');
  const aliases: Record<string, AgeGroup> = {
    '': '_T',
    _T: '_T',
    T: '_T',
    TOTAL: '_T',
    ALL: '_T',
    Y0T14: 'Y0T14',
    '0-14': 'Y0T14',
    Y15T24: 'Y15T24',
    '15-24': 'Y15T24',
    Y25T54: 'Y25T54',
    '25-54': 'Y25T54',
    Y55T64: 'Y55T64',
    '55-64': 'Y55T64',
    Y_GE65: 'Y_GE65',
    '65+': 'Y_GE65',
    '>=65': 'Y_GE65',
  };
  return aliases[value] ?? null;
}
