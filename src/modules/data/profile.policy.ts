import type { Kysely } from 'kysely';
import { type Actor, hasRole } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import { isCountryEditor } from './profile.repository.ts';

/**
 * What may be done with a country's profile narrative (decision 43):
 * - `read`: everyone (the profile page and its PDF).
 * - `edit`: admins, and the country's editors (named by an administrator or moderator).
 * - `history`, `revert`: the same, and moderators (who undo a harmful change without writing).
 * - `grantEditors`: administrators and moderators name and remove country editors.
 */
export type NarrativeAction = 'read' | 'edit' | 'history' | 'revert' | 'grantEditors';

/** The rule itself; `countryEditor` says whether the actor is an editor of this country. */
export function narrativeCan(actor: Actor, action: NarrativeAction, countryEditor: boolean): boolean {
  if (action === 'read') return true;
  if (actor.kind !== 'user' || actor.user.status !== 'active') return false;
  const moderates = hasRole(actor, 'admin', 'moderator');
  switch (action) {
    case 'edit':
      return hasRole(actor, 'admin') || countryEditor;
    case 'history':
    case 'revert':
      return moderates || countryEditor;
    case 'grantEditors':
      return moderates;
  }
}

/** `narrativeCan` for a country, looking up whether the actor is one of its editors. */
export async function canOnNarrative(
  db: Kysely<Database>,
  actor: Actor,
  action: NarrativeAction,
  alpha3: string,
): Promise<boolean> {
  const editor = actor.kind === 'user' ? await isCountryEditor(db, actor.user.id, alpha3) : false;
  return narrativeCan(actor, action, editor);
}

/** Who may edit a country's profile narrative. */
export function canEditNarrative(db: Kysely<Database>, actor: Actor, alpha3: string): Promise<boolean> {
  return canOnNarrative(db, actor, 'edit', alpha3);
}
