import { type Actor, hasRole } from '../../auth/actor.ts';
import type { ProcessMay, ProcessRow } from '../processes/index.ts';
import type { Refusal } from './consultation.refusals.ts';
import type { Audience, ConsultationStatus } from './consultation.table.ts';

/** Who is acting on a consultation: what they may do in its process and the organisations they belong to. */
export interface ConsultationAccess {
  actor: Actor;
  process: Pick<ProcessRow, 'visibility'>;
  /** From the process space (`loadProcessAccess`). */
  may: ProcessMay;
  /** Organisations the actor belongs to (any membership role). */
  organisationIds: ReadonlySet<string>;
}

type Subject = { status: ConsultationStatus; audience: Audience };

/**
 * What a guard answers: null when the actor may act now, `not-found` when there is nothing for
 * them to act on (they may never do it here: 404), or the refusal the page or API explains.
 * The page of an action, its form post, the API and the command all ask the same guard.
 */
export type Guard<R extends Refusal = never> = R | 'not-found' | null;

/** Drafts are seen only by the process team; open and closed consultations by whoever sees the process. */
export function canSeeConsultation(access: ConsultationAccess, c: Subject): boolean {
  if (c.status !== 'draft') return access.may.view;
  return canEditConsultation(access);
}

/** The process team (owners and members, and platform admins) writes and opens drafts. */
export function canEditConsultation(access: ConsultationAccess): boolean {
  return access.may.edit;
}

/** Platform moderators and admins, and the process owners, hide abusive comments. */
export function canModerate(access: ConsultationAccess): boolean {
  return hasRole(access.actor, 'moderator', 'admin') || access.may.manage;
}

/** Documents: the process team adds and removes them whenever they see it, closed included. */
export function attachGuard(access: ConsultationAccess, c: Subject): Guard {
  return canSeeConsultation(access, c) && canEditConsultation(access) ? null : 'not-found';
}

/** Editing the text: the process team, until the consultation closes; then there is nothing to edit. */
export function editGuard(access: ConsultationAccess, c: Subject): Guard {
  return canSeeConsultation(access, c) && canEditConsultation(access) && c.status !== 'closed'
    ? null
    : 'not-found';
}

/** Opening for comments: the process team, a draft only. */
export function openGuard(access: ConsultationAccess, c: Subject): Guard<'not-draft'> {
  if (!canSeeConsultation(access, c) || !canEditConsultation(access)) return 'not-found';
  return c.status === 'draft' ? null : 'not-draft';
}

/**
 * Closing: the process's owners (and platform admins), while it is open. Closing it again is a
 * conflict the owners are told about (409); anyone else, and a draft, find nothing to close.
 */
export function closeGuard(access: ConsultationAccess, c: Subject): Guard<'closed'> {
  if (!canSeeConsultation(access, c) || !access.may.manage || c.status === 'draft') return 'not-found';
  return c.status === 'closed' ? 'closed' : null;
}

/** Hiding a comment: moderators and the process's owners, once per comment. */
export function hideGuard(
  access: ConsultationAccess,
  c: Subject,
  comment: { hidden: boolean },
): Guard<'already-hidden'> {
  if (!canSeeConsultation(access, c) || !canModerate(access)) return 'not-found';
  return comment.hidden ? 'already-hidden' : null;
}

export type ParticipationRefusal = Extract<Refusal, 'signed-out' | 'not-open' | 'closed' | 'not-invited'>;

/**
 * Whether the actor may comment and take a stance now, and why not. An `invited` consultation
 * takes part from the people of the invited organisations and from the process team.
 */
export function participation(
  access: ConsultationAccess,
  c: Subject,
  invitedIds: readonly string[],
): { ok: true } | { ok: false; reason: ParticipationRefusal } {
  if (c.status === 'closed') return { ok: false, reason: 'closed' };
  if (c.status !== 'open') return { ok: false, reason: 'not-open' };
  if (access.actor.kind !== 'user') return { ok: false, reason: 'signed-out' };
  if (c.audience === 'public' || canEditConsultation(access)) return { ok: true };
  if (invitedIds.some((id) => access.organisationIds.has(id))) return { ok: true };
  return { ok: false, reason: 'not-invited' };
}

/** The invited organisation the actor belongs to, whom they speak for unless they choose otherwise. */
export function invitedVoice(access: ConsultationAccess, invitedIds: readonly string[]): string | null {
  return invitedIds.find((id) => access.organisationIds.has(id)) ?? null;
}
