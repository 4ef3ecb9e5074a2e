import { type Access, canActForAny, canActForSome } from './organisation-access.ts';

/**
 * Who may do what with programmes. Reading is public. Platform admins may create and edit any
 * programme; owners and editors of an organisation may create programmes it leads and edit those
 * their organisation leads or co-leads.
 */
export function canCreateProgramme(access: Access): boolean {
  return canActForSome(access);
}

export function canUpdateProgramme(access: Access, leadOrganisationIds: readonly string[]): boolean {
  return canActForAny(access, leadOrganisationIds);
}

/**
 * Whether the actor may save a programme led by these organisations: an editor cannot hand a
 * programme to organisations they do not edit for (they would lose it, and could claim others').
 */
export function canLeadWith(access: Access, leadOrganisationIds: readonly string[]): boolean {
  return canUpdateProgramme(access, leadOrganisationIds);
}
