import type { Access } from '../programmes/index.ts';

/**
 * Who may do what with events. Reading is public. Platform admins may create and edit any event;
 * owners and editors of an organisation may create events it organises and edit those it is an
 * organiser of (in any role).
 */
export function canCreateEvent(access: Access): boolean {
  return access.isAdmin || access.editableOrganisationIds.size > 0;
}

export function canUpdateEvent(access: Access, organiserIds: readonly string[]): boolean {
  return access.isAdmin || organiserIds.some((id) => access.editableOrganisationIds.has(id));
}

/** Whether the actor may save an event with these organisers without losing it to others. */
export function canOrganiseWith(access: Access, organiserIds: readonly string[]): boolean {
  return canUpdateEvent(access, organiserIds);
}
