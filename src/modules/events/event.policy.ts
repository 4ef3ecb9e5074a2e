import { type Access, canActForAny, canActForSome } from '../programmes/index.ts';

/**
 * Who may do what with events. Reading is public. Platform admins may create and edit any event;
 * owners and editors of an organisation may create events it organises and edit those it is an
 * organiser of (in any role).
 */
export function canCreateEvent(access: Access): boolean {
  return canActForSome(access);
}

export function canUpdateEvent(access: Access, organiserIds: readonly string[]): boolean {
  return canActForAny(access, organiserIds);
}

/** Whether the actor may save an event with these organisers without losing it to others. */
export function canOrganiseWith(access: Access, organiserIds: readonly string[]): boolean {
  return canUpdateEvent(access, organiserIds);
}
