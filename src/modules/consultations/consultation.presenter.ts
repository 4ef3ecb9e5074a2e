import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import {
  attachGuard,
  type ConsultationAccess,
  canEditConsultation,
  canModerate,
  canSeeConsultation,
  closeGuard,
  editGuard,
  invitedVoice,
  openGuard,
  type ParticipationRefusal,
  participation,
} from './consultation.policy.ts';
import {
  type CommentWithNames,
  findConsultation,
  listComments,
  listConsultations,
  listInvited,
  listSections,
  stanceCounts,
  stancesOf,
} from './consultation.repository.ts';
import type { Audience, ConsultationStatus, Stance } from './consultation.table.ts';

type Db = Kysely<Database>;

export interface OrganisationRef {
  id: string;
  name: string;
  acronym: string | null;
}

/** A comment as the reader may see it: a hidden one keeps only its place, unless they moderate. */
export interface CommentView {
  id: string;
  sectionId: string;
  body: string | null;
  author: { id: string; name: string } | null;
  organisation: OrganisationRef | null;
  createdAt: string;
  hidden: boolean;
  hiddenReason?: string | null;
}

export interface SectionView {
  id: string;
  position: number;
  title: string;
  body: string;
  support: number;
  object: number;
  /** The reader's own stance, if they took one. */
  myStance: Stance | null;
  comments: CommentView[];
}

export interface ConsultationView {
  id: string;
  processId: string;
  title: string;
  introduction: string | null;
  audience: Audience;
  status: ConsultationStatus;
  openedAt: string | null;
  closedAt: string | null;
  closingSummary: string | null;
  version: number;
  invited: OrganisationRef[];
  sections: SectionView[];
  sectionCount: number;
  commentCount: number;
  /** What the reader may do; `refusal` says why they may not take part (null when they may). */
  actions: {
    comment: boolean;
    moderate: boolean;
    edit: boolean;
    close: boolean;
    open: boolean;
    /** Add and remove documents: the process team, also once closed (the outcome report). */
    attach: boolean;
  };
  refusal: ParticipationRefusal | null;
  /** The organisations the reader may speak for. */
  myOrganisations: OrganisationRef[];
  /**
   * Whom the comment form proposes the reader speaks for: someone invited through their
   * organisation speaks for it unless they choose otherwise ('' for themselves).
   */
  speaksFor: string;
}

function presentComment(row: CommentWithNames, moderator: boolean): CommentView {
  const showText = row.hidden_at === null || moderator;
  return {
    id: row.id,
    sectionId: row.section_id,
    body: showText ? row.body : null,
    author: showText && row.author_id ? { id: row.author_id, name: row.author_name ?? '' } : null,
    organisation:
      showText && row.organisation_id
        ? { id: row.organisation_id, name: row.organisation_name ?? '', acronym: row.organisation_acronym }
        : null,
    createdAt: row.created_at,
    hidden: row.hidden_at !== null,
    ...(moderator ? { hiddenReason: row.hidden_reason } : {}),
  };
}

/** One consultation with its sections, counts and the comments the reader may see; undefined when hidden from them. */
export async function loadConsultationView(
  db: Db,
  access: ConsultationAccess,
  myOrganisations: OrganisationRef[],
  processId: string,
  id: string,
): Promise<ConsultationView | undefined> {
  const row = await findConsultation(db, processId, id);
  if (!row || !canSeeConsultation(access, row)) return undefined;
  const userId = access.actor.kind === 'user' ? access.actor.user.id : null;
  const [sections, invited, comments, counts, mine] = await Promise.all([
    listSections(db, id),
    listInvited(db, id),
    listComments(db, id),
    stanceCounts(db, id),
    userId ? stancesOf(db, id, userId) : Promise.resolve(new Map<string, Stance>()),
  ]);
  const moderator = canModerate(access);
  const bySection = new Map<string, CommentView[]>();
  for (const comment of comments) {
    const list = bySection.get(comment.section_id) ?? [];
    list.push(presentComment(comment, moderator));
    bySection.set(comment.section_id, list);
  }
  const invitedIds = invited.map((o) => o.id);
  const allowed = participation(access, row, invitedIds);
  return {
    id: row.id,
    processId: row.process_id,
    title: row.title,
    introduction: row.introduction,
    audience: row.audience,
    status: row.status,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    closingSummary: row.closing_summary,
    version: Number(row.version),
    invited,
    sectionCount: sections.length,
    commentCount: comments.filter((c) => c.hidden_at === null).length,
    sections: sections.map((s) => ({
      id: s.id,
      position: Number(s.position),
      title: s.title,
      body: s.body,
      support: counts.get(s.id)?.support ?? 0,
      object: counts.get(s.id)?.object ?? 0,
      myStance: mine.get(s.id) ?? null,
      comments: bySection.get(s.id) ?? [],
    })),
    actions: {
      comment: allowed.ok,
      moderate: moderator,
      edit: editGuard(access, row) === null,
      close: closeGuard(access, row) === null,
      open: openGuard(access, row) === null,
      attach: attachGuard(access, row) === null,
    },
    refusal: allowed.ok ? null : allowed.reason,
    myOrganisations,
    speaksFor: row.audience === 'invited' ? (invitedVoice(access, invitedIds) ?? '') : '',
  };
}

/** The API's view of a consultation: without the reader's own organisations, refusal and proposed voice. */
export function presentConsultationForApi(view: ConsultationView) {
  const { myOrganisations: _mine, refusal: _refusal, speaksFor: _speaksFor, ...rest } = view;
  return {
    ...rest,
    actions: {
      comment: view.actions.comment,
      moderate: view.actions.moderate,
      edit: view.actions.edit,
      close: view.actions.close,
    },
    sections: view.sections.map(({ myStance: _stance, ...s }) => s),
  };
}

export interface ConsultationSummary {
  id: string;
  processId: string;
  title: string;
  audience: Audience;
  status: ConsultationStatus;
  openedAt: string | null;
  closedAt: string | null;
  sectionCount: number;
  commentCount: number;
}

/** The consultations of a process the reader may see (drafts only for the process team). */
export async function listConsultationSummaries(
  db: Db,
  access: ConsultationAccess,
  processId: string,
): Promise<ConsultationSummary[]> {
  const rows = await listConsultations(db, processId, { includeDrafts: canEditConsultation(access) });
  return rows.map((r) => ({
    id: r.id,
    processId: r.process_id,
    title: r.title,
    audience: r.audience,
    status: r.status,
    openedAt: r.opened_at,
    closedAt: r.closed_at,
    sectionCount: Number(r.section_count ?? 0),
    commentCount: Number(r.comment_count ?? 0),
  }));
}
