import type { Generated, Selectable } from 'kysely';

export const PROGRAMME_STATUSES = ['planned', 'active', 'completed'] as const;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];

/** How an organisation takes part: `lead` on a participant row means co-lead. */
export const PARTICIPANT_ROLES = ['lead', 'implementing-partner', 'donor', 'partner'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** The themes of the pilot's lessons a) to g), plus `other`. */
export const LESSON_THEMES = [
  'coordinating-body',
  'political-buy-in',
  'stakeholder-consultation',
  'destination-dialogue',
  'synergies',
  'handbook',
  'capacity-strengthening',
  'other',
] as const;
export type LessonTheme = (typeof LESSON_THEMES)[number];

export interface ProgrammesTable {
  id: string;
  title: string;
  /** As commonly written: "JMDI II". */
  short_name: string | null;
  summary: string | null;
  status: ProgrammeStatus;
  /** ISO 8601 date of year, month or day precision (`2013`, `2013-07`, `2013-07-01`). */
  start_date: string | null;
  end_date: string | null;
  /** Integer minor units (cents) of `currency`; both null when no budget is published. */
  budget_minor: number | null;
  /** ISO 4217 code. */
  currency: string | null;
  /** The organisation that answers for the record; co-leads are participants with role `lead`. */
  lead_organisation_id: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  version: Generated<number>;
}

export interface ProgrammeParticipantsTable {
  programme_id: string;
  organisation_id: string;
  role: ParticipantRole;
  position: number;
}

export interface ProgrammeCountriesTable {
  programme_id: string;
  country_alpha3: string;
  position: number;
}

/** Numbered outputs: the number shown is `position`. */
export interface ProgrammeOutputsTable {
  programme_id: string;
  position: number;
  text: string;
}

export interface ProgrammeLessonsTable {
  programme_id: string;
  position: number;
  /** "a", "b"… as the source numbers them. */
  label: string;
  text: string;
  theme: LessonTheme | null;
}

export type ProgrammeRow = Selectable<ProgrammesTable>;

export interface ProgrammeTables {
  programmes: ProgrammesTable;
  programme_participants: ProgrammeParticipantsTable;
  programme_countries: ProgrammeCountriesTable;
  programme_outputs: ProgrammeOutputsTable;
  programme_lessons: ProgrammeLessonsTable;
}
