import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { findUserByEmail } from '../../auth/user.repository.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { deleteCountryEditor, findCountryEditor, insertCountryEditor } from './country-editor.repository.ts';

export type EditorResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/**
 * Names a person editor of a country's narrative. Only administrators and moderators reach this
 * (route policy `moderator`); naming a known or unknown address is theirs to see.
 */
export async function grantCountryEditor(
  db: Kysely<Database>,
  actorId: string | null,
  input: { alpha3: string; email: string },
): Promise<EditorResult<{ name: string }>> {
  const user = await findUserByEmail(db, input.email);
  if (user?.status !== 'active') return { ok: false, errors: { email: 'data.editors.error.email' } };
  return db.transaction().execute(async (trx) => {
    const row = {
      id: newId(),
      country_alpha3: input.alpha3,
      user_id: user.id,
      granted_by: actorId,
      granted_at: now(),
    };
    if (!(await insertCountryEditor(trx, row)))
      return { ok: false as const, errors: { email: 'data.editors.error.already' } };
    await recordAudit(trx, {
      actorId,
      action: 'country_editor.grant',
      entityType: 'country_editor',
      entityId: input.alpha3,
      after: { grant: row.id, userId: user.id, email: user.email },
    });
    return { ok: true as const, value: { name: user.name } };
  });
}

/** Takes a country editor's right away. */
export async function revokeCountryEditor(
  db: Kysely<Database>,
  actorId: string | null,
  id: string,
): Promise<EditorResult<null>> {
  return db.transaction().execute(async (trx) => {
    const row = await findCountryEditor(trx, id);
    if (!row || !(await deleteCountryEditor(trx, id))) return { ok: false as const, errors: {} };
    await recordAudit(trx, {
      actorId,
      action: 'country_editor.revoke',
      entityType: 'country_editor',
      entityId: row.country_alpha3,
      before: { grant: row.id, userId: row.user_id },
    });
    return { ok: true as const, value: null };
  });
}
