import type { Generated, Selectable } from 'kysely';

/**
 * The action plan and monitoring of a process (issue 3): actions with their organisations and
 * roll-up, indicators with baseline, targets and reported values, reporting years locked once
 * reviewed, and bulk uploads waiting for confirmation.
 */

/** The six stages of the GMG handbook's cycle (their keys; the processes module owns the stages). */
export const STAGE_KEYS = [
  'preparation',
  'evidence',
  'consultation',
  'formulation',
  'implementation',
  'monitoring',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'delayed', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionsTable {
  id: string;
  process_id: string;
  title: string;
  /** The gap or lesson the action answers, in words. */
  answers: string | null;
  /** A reference to the gap it came from (`assessment:<id>/item:<id>`), set by the assessments module. */
  gap_ref: string | null;
  gap_href: string | null;
  responsible_organisation_id: string | null;
  /** ISO dates (YYYY-MM-DD); the end is on or after the start when both are set. */
  start_date: string | null;
  end_date: string | null;
  /** Integer minor units of `currency` (cents for USD, none for JPY); null when no budget is known. */
  budget_minor: number | null;
  /** ISO 4217. */
  currency: string | null;
  /** Where the money comes from ("National budget", "EU grant"). */
  funding_source: string | null;
  status: ActionStatus;
  /** 0 to 100; a done action is 100. */
  progress: number;
  /** One of STAGE_KEYS, or null. */
  stage: string | null;
  /** 0/1: shown, read-only, in the workspace of the paired process too. */
  shared_with_pair: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface ActionPartnersTable {
  action_id: string;
  organisation_id: string;
  position: number;
}

export const INDICATOR_UNITS = [
  'number',
  'percent',
  'persons',
  'usd',
  'local-currency',
  'days',
  'ratio',
  'index',
] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const DIRECTIONS = ['increase', 'decrease'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DISAGGREGATIONS = ['none', 'sex', 'age', 'sex-age'] as const;
export type Disaggregation = (typeof DISAGGREGATIONS)[number];

/** Sex in SDMX codes: `_T` total, `F`, `M`. */
export const SEXES = ['_T', 'F', 'M'] as const;
export type Sex = (typeof SEXES)[number];

/** Age groups in SDMX style; `_T` is all ages. */
export const AGE_GROUPS = ['_T', 'Y0T14', 'Y15T24', 'Y25T54', 'Y55T64', 'Y_GE65'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** An indicator a process monitors (the data module's `indicators` are published statistics). */
export interface ProcessIndicatorsTable {
  id: string;
  process_id: string;
  name: string;
  definition: string | null;
  unit: IndicatorUnit;
  direction: Direction;
  disaggregation: Disaggregation;
  baseline_value: number | null;
  baseline_year: number | null;
  /** An indicator code of the data module (`SI.RMT.COST.IB.ZS`), as text. */
  data_code: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface IndicatorTargetsTable {
  indicator_id: string;
  year: number;
  value: number;
}

/** A reported value: one per indicator, period and disaggregation. */
export interface IndicatorValuesTable {
  id: string;
  indicator_id: string;
  process_id: string;
  /** `2020`, `2020-Q3` or `2020-07`. */
  period: string;
  /** The calendar year of `period`, for locks and targets. */
  year: number;
  sex: Sex;
  age: AgeGroup;
  value: number;
  source: string | null;
  /** ISO date the value was reported. */
  reported_on: string;
  reported_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** A reporting year of a process that has been reviewed: its values may no longer change. */
export interface ReportingLocksTable {
  process_id: string;
  year: number;
  locked_by: string | null;
  locked_at: string;
}

export const ROLLUPS = ['average', 'budget'] as const;
export type Rollup = (typeof ROLLUPS)[number];

export interface MonitoringSettingsTable {
  process_id: string;
  /** How action progress rolls up to stages and the plan. */
  rollup: Rollup;
  updated_by: string | null;
  updated_at: string;
}

export const BULK_KINDS = ['indicator-values', 'action-updates'] as const;
export type BulkKind = (typeof BULK_KINDS)[number];
export const BULK_MODES = ['valid-only', 'all-or-nothing'] as const;
export type BulkMode = (typeof BULK_MODES)[number];

/** An uploaded file, parsed and checked, waiting for its uploader to confirm (or to expire). */
export interface BulkUploadsTable {
  id: string;
  process_id: string;
  kind: BulkKind;
  mode: BulkMode;
  file_name: string;
  /** JSON array of the parsed rows: `{ line, cells }`. */
  rows_json: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  /** Set when confirmed: an upload is saved once. */
  confirmed_at: string | null;
}

export type ActionRow = Selectable<ActionsTable>;
export type IndicatorRow = Selectable<ProcessIndicatorsTable>;
export type ValueRow = Selectable<IndicatorValuesTable>;
export type BulkUploadRow = Selectable<BulkUploadsTable>;

export interface MonitoringTables {
  actions: ActionsTable;
  action_partners: ActionPartnersTable;
  process_indicators: ProcessIndicatorsTable;
  indicator_targets: IndicatorTargetsTable;
  indicator_values: IndicatorValuesTable;
  reporting_locks: ReportingLocksTable;
  monitoring_settings: MonitoringSettingsTable;
  bulk_uploads: BulkUploadsTable;
}
