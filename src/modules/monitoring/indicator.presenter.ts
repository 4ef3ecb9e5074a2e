import type { ValueWithReporter } from './indicator.repository.ts';
import { periodEnd } from './indicator.rules.ts';
import type {
  AgeGroup,
  Direction,
  Disaggregation,
  IndicatorRow,
  IndicatorUnit,
  Sex,
} from './monitoring.table.ts';

export interface IndicatorProgress {
  /** The most recent reported total. */
  latest: { period: string; value: number } | null;
  /** The target progress is measured against: the first one not before the latest report, else the last. */
  target: { year: number; value: number } | null;
  /** How far from baseline to target the latest value has come, in percent (may pass 100 or go below 0). */
  percent: number | null;
  /** Years with a target that have ended without a reported total. */
  missingYears: number[];
}

/** An indicator as pages, exports and the API show it. */
export interface Indicator {
  id: string;
  processId: string;
  name: string;
  definition: string | null;
  unit: IndicatorUnit;
  direction: Direction;
  disaggregation: Disaggregation;
  baseline: { value: number; year: number } | null;
  dataCode: string | null;
  targets: { year: number; value: number }[];
  tags: string[];
  progress: IndicatorProgress;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * Progress against target, as the issue asks: "62% of the way from baseline to the 2020 target".
 * Measured on totals only (disaggregated values do not count twice). `today` decides which years
 * have ended: a target year with no total after 31 December of that year is a missing report.
 */
export function indicatorProgress(
  baseline: { value: number; year: number } | null,
  targets: { year: number; value: number }[],
  totals: { period: string; year: number; value: number }[],
  today: string,
): IndicatorProgress {
  const sorted = [...totals].sort((a, b) => (periodEnd(a.period) < periodEnd(b.period) ? -1 : 1));
  const last = sorted.at(-1);
  const latest = last ? { period: last.period, value: last.value } : null;
  const byYear = [...targets].sort((a, b) => a.year - b.year);
  const latestYear = last?.year ?? new Date(`${today}T00:00:00Z`).getUTCFullYear();
  const target = byYear.find((t) => t.year >= latestYear) ?? byYear.at(-1) ?? null;
  let percent: number | null = null;
  if (latest && target && baseline && target.value !== baseline.value)
    percent = Math.round(((latest.value - baseline.value) / (target.value - baseline.value)) * 1000) / 10;
  const thisYear = Number(today.slice(0, 4));
  const reported = new Set(totals.map((t) => t.year));
  const missingYears = byYear.filter((t) => t.year < thisYear && !reported.has(t.year)).map((t) => t.year);
  return { latest, target, percent, missingYears };
}

export function presentIndicator(
  row: IndicatorRow,
  targets: { year: number; value: number }[],
  totals: { period: string; year: number; value: number }[],
  tags: string[],
  today: string,
): Indicator {
  const baseline =
    row.baseline_value !== null && row.baseline_year !== null
      ? { value: row.baseline_value, year: row.baseline_year }
      : null;
  return {
    id: row.id,
    processId: row.process_id,
    name: row.name,
    definition: row.definition,
    unit: row.unit,
    direction: row.direction,
    disaggregation: row.disaggregation,
    baseline,
    dataCode: row.data_code,
    targets,
    tags,
    progress: indicatorProgress(baseline, targets, totals, today),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A reported value as pages and the API show it. */
export interface ReportedValue {
  id: string;
  indicatorId: string;
  period: string;
  year: number;
  sex: Sex;
  age: AgeGroup;
  value: number;
  source: string | null;
  reportedOn: string;
  reportedBy: { id: string; name: string } | null;
  locked: boolean;
  version: number;
}

export function presentValue(row: ValueWithReporter, lockedYears: ReadonlySet<number>): ReportedValue {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    period: row.period,
    year: row.year,
    sex: row.sex,
    age: row.age,
    value: row.value,
    source: row.source,
    reportedOn: row.reported_on,
    reportedBy: row.reported_by ? { id: row.reported_by, name: row.reporter_name ?? '' } : null,
    locked: lockedYears.has(row.year),
    version: row.version,
  };
}
