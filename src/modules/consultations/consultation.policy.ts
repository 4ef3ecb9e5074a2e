import { type Actor, hasRole } from '../../auth/actor.ts';
import type { ProcessMay, ProcessRow } from '../processes/index.ts';
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

/** Drafts are seen only by the process team; open and closed consultations by whoever sees the process. */
export function canSeeConsultation(access: ConsultationAccess, c: Subject): boolean {
  if (c.status !== 'draft') return access.may.view;
  return canEditConsultation(access);
}

/** The process team (owners and members, and platform admins) writes and opens drafts. */
export function canEditConsultation(access: ConsultationAccess): boolean {
  return access.may.edit;
}

/** The process owner (or a platform admin) closes a consultation. */
export function canCloseConsultation(access: ConsultationAccess, c: Subject): boolean {
  return c.status === 'open' && access.may.manage;
}

/** Platform moderators and admins, and the process owners, hide abusive comments. */
export function canModerate(access: ConsultationAccess): boolean {
  return hasRole(access.actor, 'moderator', 'admin') || access.may.manage;
}

export type ParticipationRefusal = 'signed-out' | 'not-open' | 'closed' | 'not-invited';

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
