import type { Generated, Selectable } from 'kysely';

/** A sub-national area (province, district, city), created as needed, nested by `parent_id`. */
export interface AreasTable {
  id: string;
  country_alpha3: string;
  parent_id: string | null;
  name: string;
  level: 'province' | 'district' | 'city' | 'other';
  created_at: string;
}

/** A national or local mainstreaming process: the workspace at the heart of Corridor. */
export interface ProcessesTable {
  id: string;
  title: string;
  country_alpha3: string;
  /** Set for a local process; null for a national one. */
  area_id: string | null;
  /** The development plan or strategy migration is mainstreamed into. */
  plan_name: string;
  /** ISO dates (YYYY-MM-DD). */
  period_start: string | null;
  period_end: string | null;
  lead_organisation_id: string | null;
  summary: string | null;
  /** `public`: anyone reads it; `private`: members and observers only, in HTML and API. */
  visibility: 'public' | 'private';
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export const PROCESS_ROLES = ['owner', 'member', 'observer'] as const;
/** owner: manages members and settings; member: edits content; observer: reads. */
export type ProcessRole = (typeof PROCESS_ROLES)[number];

/** A person, or a whole organisation (all its people), with a role in a process. */
export interface ProcessMembersTable {
  id: string;
  process_id: string;
  user_id: string | null;
  organisation_id: string | null;
  role: ProcessRole;
  created_at: string;
}

export type ProcessRow = Selectable<ProcessesTable>;

export interface ProcessTables {
  areas: AreasTable;
  processes: ProcessesTable;
  process_members: ProcessMembersTable;
}
