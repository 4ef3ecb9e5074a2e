import type { Kysely } from 'kysely';
import { type Actor, hasRole } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import { isCountryTeamEditor } from './profile.repository.ts';

/**
 * Who may edit a country's profile narrative: admins, and owners or editors of a national
 * government organisation based in that country. Everyone may read it.
 */
export async function canEditNarrative(db: Kysely<Database>, actor: Actor, alpha3: string): Promise<boolean> {
  if (actor.kind !== 'user' || actor.user.status !== 'active') return false;
  if (hasRole(actor, 'admin')) return true;
  return isCountryTeamEditor(db, actor.user.id, alpha3);
}
