import { type Actor, hasRole, isSignedIn } from '../../auth/actor.ts';
import type { MembershipRole } from './organisation.table.ts';

/**
 * Who may do what with an organisation. `role` is the actor's own membership role in it (null
 * when not a member). Organisations and their pages are public; their members are not.
 */
export type OrganisationAction = 'view' | 'viewMembers' | 'edit' | 'manageMembers';

export function canCreateOrganisation(actor: Actor): boolean {
  return isSignedIn(actor);
}

export function can(actor: Actor, action: OrganisationAction, role: MembershipRole | null): boolean {
  switch (action) {
    case 'view':
      return true;
    case 'viewMembers':
      // People's names and roles are shown to signed-in users only; the public sees a count.
      return isSignedIn(actor);
    case 'edit':
      return hasRole(actor, 'admin') || role === 'owner' || role === 'editor';
    case 'manageMembers':
      return hasRole(actor, 'admin') || role === 'owner';
  }
}

/** The actions shown to the actor beside an organisation (links, API `can`). */
export interface OrganisationPermissions {
  viewMembers: boolean;
  edit: boolean;
  manageMembers: boolean;
}

export function permissionsFor(actor: Actor, role: MembershipRole | null): OrganisationPermissions {
  return {
    viewMembers: can(actor, 'viewMembers', role),
    edit: can(actor, 'edit', role),
    manageMembers: can(actor, 'manageMembers', role),
  };
}
