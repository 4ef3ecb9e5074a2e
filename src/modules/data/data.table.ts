import type { Generated, Selectable } from 'kysely';

/**
 * The indicator store (issue 4). An indicator is a series definition; a dataset is a publisher's
 * product (UN DESA International Migrant Stock, WDI…); a release is one import of one file of a
 * dataset; observations are values with their dimensions and provenance.
 */
export interface IndicatorsTable {
  /** Stable code: the publisher's where it has one (`BX.TRF.PWKR.CD.DT`), else ours (`ims.stock`). */
  code: string;
  name_en: string;
  name_fr: string;
  name_es: string;
  name_ar: string;
  /** `persons`, `USD`, `USD million`, `percent`, `percent of GDP`… */
  unit: string;
  /** `country` (one area) or `bilateral` (origin → destination). */
  shape: 'country' | 'bilateral';
  source: string;
  licence: string;
  definition: string;
  /** SDG indicator it measures, e.g. `10.c.1`; null when none. */
  sdg: string | null;
  /** Null for catalogue indicators; the owning country's alpha-3 for an indicator a country defines. */
  owner_country: string | null;
  created_at: string;
}

export interface DatasetsTable {
  id: string;
  /** `undesa-ims`, `wdi`, `knomad-flows`, `knomad-bilateral`, `rpw`, `unhcr`, or `generic:<slug>`. */
  code: string;
  title: string;
  publisher: string;
  licence: string;
  url: string | null;
  created_at: string;
}

export interface ReleasesTable {
  id: string;
  dataset_id: string;
  /** As the publisher names it: `2020`, `June 2023`, `2020-12-07`. */
  label: string;
  file_name: string;
  /** SHA-256 of the file: re-importing the same file is recognised and changes nothing. */
  file_sha256: string;
  /**
   * `running`, `complete`, `failed`, or `held`: read completely but not made current, because it
   * needs the user's confirmation (decision 35). One complete release of a dataset is current:
   * the last one made current, by an import or by "make current".
   */
  status: 'running' | 'complete' | 'failed' | 'held';
  is_current: number;
  rows_read: number;
  values_stored: number;
  rows_skipped: number;
  /** JSON array of `{ file, line?, cell?, reason }` for skipped rows (capped). */
  report_json: string;
  imported_by: string | null;
  started_at: string;
  finished_at: string | null;
  /** Migration 0701 (importer): the importer kind (`undesa`, `wdi`…) and its options as JSON. */
  kind: Generated<string>;
  options_json: Generated<string>;
  /** Migration 0701: counts by reason, missing values, the failure if any (JSON object). */
  summary_json: Generated<string>;
  /** Migration 0701: share of the file read so far (0–1) while running; null when unknown. */
  progress: number | null;
  /** Migration 0701: last sign of life of a running import (each batch); stale ones are failed on start. */
  heartbeat_at: string | null;
}

export interface ObservationsTable {
  release_id: string;
  indicator_code: string;
  /** ISO alpha-3 for countries; `AGG:<code>` for aggregates (World, regions, income groups). */
  area: string;
  /** For bilateral indicators the destination (area is the origin); '' otherwise. */
  counterpart: string;
  /** SDMX codes: `_T` total, `F`, `M`. */
  sex: string;
  /** `_T` or an age group like `Y15T24`. */
  age: string;
  /** `2020`, or `2020-Q3` for quarters. */
  period: string;
  value: number;
  /** 1-based line or row in the source file, for provenance. */
  source_row: number | null;
}

export interface AggregatesTable {
  /** `AGG:WLD`, `AGG:M49-002`, `AGG:WB-LIC`… */
  code: string;
  name_en: string;
  /** `world`, `region`, `income`, `other`. */
  kind: string;
}

export type IndicatorRow = Selectable<IndicatorsTable>;
export type ReleaseRow = Selectable<ReleasesTable>;
export type ObservationRow = Selectable<ObservationsTable>;

export interface DataTables {
  indicators: IndicatorsTable;
  datasets: DatasetsTable;
  releases: ReleasesTable;
  observations: ObservationsTable;
  aggregates: AggregatesTable;
}
