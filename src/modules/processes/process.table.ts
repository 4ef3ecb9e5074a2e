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

/**
 * An invitation to take part in a process, by email address, waiting for the person to accept
 * or decline (decision 45). Stored whether or not the address has an account, so the inviter is
 * told the same either way; a person sees the invitations sent to their account's address.
 */
export interface ProcessInvitationsTable {
  id: string;
  process_id: string;
  /** Normalised (lower case, trimmed) as account emails are. */
  email: string;
  role: ProcessRole;
  invited_by: string | null;
  created_at: string;
}

export type ProcessInvitationRow = Selectable<ProcessInvitationsTable>;
export type ProcessRow = Selectable<ProcessesTable>;
export type AreaRow = Selectable<AreasTable>;
export const AREA_LEVELS = ['province', 'district', 'city', 'other'] as const;

/** The six stages of the GMG handbook's cycle, in order; each process gets all six. */
export const STAGE_KINDS = [
  'preparation',
  'evidence',
  'consultation',
  'formulation',
  'implementation',
  'monitoring',
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const STAGE_STATUSES = ['not-started', 'in-progress', 'completed', 'on-hold'] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

export interface ProcessStagesTable {
  id: string;
  process_id: string;
  kind: StageKind;
  /** 1 to 6, the order of `STAGE_KINDS`. */
  position: number;
  status: StageStatus;
  /** ISO dates (YYYY-MM-DD); the end is after the start when both are set. */
  start_date: string | null;
  end_date: string | null;
  notes: string | null;
  updated_at: string;
  version: Generated<number>;
}

/** A document or link a stage produced: a title with an http(s) link, a note, or both. */
export interface StageDeliverablesTable {
  id: string;
  stage_id: string;
  process_id: string;
  title: string;
  url: string | null;
  note: string | null;
  created_at: string;
  created_by: string | null;
}

export const BODY_KINDS = [
  'planning-commission',
  'prime-ministers-office',
  'ministry',
  'inter-ministerial-committee',
  'other',
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/**
 * The coordinating body of a process (one per process, created on its first save). Its version
 * counts every change to the body, its members and its whole-of-government map, so a client that
 * replaces the whole body (PUT) cannot overwrite a change it has not seen.
 */
export interface ProcessBodiesTable {
  process_id: string;
  /** Null until the body is named (adding a member first creates an unnamed body). */
  name: string | null;
  kind: BodyKind | null;
  mandate: string | null;
  updated_at: string;
  version: Generated<number>;
}

export const BODY_ROLES = ['chair', 'member', 'secretariat', 'observer'] as const;
export type BodyRole = (typeof BODY_ROLES)[number];

export interface BodyMembersTable {
  id: string;
  process_id: string;
  organisation_id: string;
  role: BodyRole;
  created_at: string;
}

export const GOVERNMENT_LEVELS = ['national', 'regional', 'local'] as const;
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

/**
 * One row of the whole-of-government map: a ministry or body (an organisation, or a name typed
 * in) and, per level of government, whether it takes part and how.
 */
export interface GovernmentMapTable {
  id: string;
  process_id: string;
  organisation_id: string | null;
  ministry_name: string | null;
  national: number;
  national_note: string | null;
  regional: number;
  regional_note: string | null;
  local: number;
  local_note: string | null;
  position: number;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export const PAIR_STATUSES = ['proposed', 'accepted', 'declined'] as const;
export type PairStatus = (typeof PAIR_STATUSES)[number];

/**
 * Reciprocity: the process that proposes (`process_id`) and the one asked (`partner_id`), along
 * the same migration corridor. Once accepted, both workspaces show the pair and shared actions.
 */
export interface ProcessPairsTable {
  id: string;
  process_id: string;
  partner_id: string;
  status: PairStatus;
  note: string | null;
  proposed_by: string | null;
  proposed_at: string;
  responded_by: string | null;
  responded_at: string | null;
}

export type StageRow = Selectable<ProcessStagesTable>;
export type DeliverableRow = Selectable<StageDeliverablesTable>;
export type BodyRow = Selectable<ProcessBodiesTable>;
export type BodyMemberRow = Selectable<BodyMembersTable>;
export type GovernmentMapRow = Selectable<GovernmentMapTable>;
export type PairRow = Selectable<ProcessPairsTable>;

export interface ProcessTables {
  areas: AreasTable;
  processes: ProcessesTable;
  process_members: ProcessMembersTable;
  process_invitations: ProcessInvitationsTable;
  process_stages: ProcessStagesTable;
  stage_deliverables: StageDeliverablesTable;
  process_bodies: ProcessBodiesTable;
  body_members: BodyMembersTable;
  government_map: GovernmentMapTable;
  process_pairs: ProcessPairsTable;
}
