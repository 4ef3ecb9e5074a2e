import type { Generated, Selectable } from 'kysely';

export const AUDIENCES = ['invited', 'public'] as const;
/** `invited`: people of the invited organisations (and the process team); `public`: any signed-in user. */
export type Audience = (typeof AUDIENCES)[number];

export const CONSULTATION_STATUSES = ['draft', 'open', 'closed'] as const;
/** `draft`: the team writes the text; `open`: people comment; `closed`: read-only, with a summary. */
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

export const STANCES = ['support', 'object'] as const;
export type Stance = (typeof STANCES)[number];

/** A consultation a process opens on a draft text (its sections). */
export interface ConsultationsTable {
  id: string;
  process_id: string;
  title: string;
  introduction: string | null;
  audience: Audience;
  status: ConsultationStatus;
  opened_at: string | null;
  closed_at: string | null;
  closed_by: string | null;
  /** What changed in the draft as a result, written by the owner when closing. */
  closing_summary: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

/** One section of the draft: people comment on, support or object to each section. */
export interface ConsultationSectionsTable {
  id: string;
  consultation_id: string;
  /** 1-based order in the draft. */
  position: number;
  title: string;
  body: string;
}

/** An organisation invited to a consultation whose audience is `invited`. */
export interface ConsultationInvitationsTable {
  consultation_id: string;
  organisation_id: string;
}

/** A comment on a section. Hidden comments keep their text; only moderators see it and the reason. */
export interface ConsultationCommentsTable {
  id: string;
  consultation_id: string;
  section_id: string;
  author_id: string | null;
  /** The organisation the author spoke for, if any. */
  organisation_id: string | null;
  body: string;
  created_at: string;
  hidden_at: string | null;
  hidden_by: string | null;
  hidden_reason: string | null;
}

/** One person's support or objection to one section; changing it replaces the row. */
export interface ConsultationStancesTable {
  section_id: string;
  user_id: string;
  consultation_id: string;
  stance: Stance;
  updated_at: string;
}

export type ConsultationRow = Selectable<ConsultationsTable>;
export type SectionRow = Selectable<ConsultationSectionsTable>;
export type CommentRow = Selectable<ConsultationCommentsTable>;

export interface ConsultationTables {
  consultations: ConsultationsTable;
  consultation_sections: ConsultationSectionsTable;
  consultation_invitations: ConsultationInvitationsTable;
  consultation_comments: ConsultationCommentsTable;
  consultation_stances: ConsultationStancesTable;
}
