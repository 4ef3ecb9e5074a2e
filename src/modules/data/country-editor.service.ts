import type { Kysely } from 'kysely';
import { z } from 'zod';
import { recordAudit } from '../../audit/audit.repository.ts';
import { findUserByEmail } from '../../auth/user.repository.ts';
import { invalid, notFound, ok, type Result, transact } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { problemsFromZod } from '../../web/form/index.ts';
import { deleteCountryEditor, findCountryEditor, insertCountryEditor } from './country-editor.repository.ts';
import { loadAreas } from './series.presenter.ts';

const grantInput = z.object({
  country: z.string().regex(/^[A-Z]{3}$/, 'data.editors.error.country'),
  email: z.string().trim().min(3, 'data.editors.error.email').max(254, 'data.editors.error.email'),
});

/**
 * Names a person editor of a country's narrative, from the form's `country` and `email`. Only
 * administrators and moderators reach this (route policy `moderator`); naming a known or unknown
 * address is theirs to see.
 */
export async function grantCountryEditor(
  db: Kysely<Database>,
  actorId: string | null,
  input: { country: string; email: string },
): Promise<Result<{ name: string; alpha3: string }>> {
  const parsed = grantInput.safeParse(input);
  if (!parsed.success) return invalid(problemsFromZod(parsed.error));
  const { country: alpha3, email } = parsed.data;
  if (!(await loadAreas(db)).has(alpha3)) return invalid({ country: 'data.editors.error.country' });
  const user = await findUserByEmail(db, email);
  if (user?.status !== 'active') return invalid({ email: 'data.editors.error.email' });
  return transact(db, async (trx) => {
    const row = {
      id: newId(),
      country_alpha3: alpha3,
      user_id: user.id,
      granted_by: actorId,
      granted_at: now(),
    };
    if (!(await insertCountryEditor(trx, row))) return invalid({ email: 'data.editors.error.already' });
    await recordAudit(trx, {
      actorId,
      action: 'country_editor.grant',
      entityType: 'country_editor',
      entityId: alpha3,
      after: { grant: row.id, userId: user.id, email: user.email },
    });
    return ok({ name: user.name, alpha3 });
  });
}

/** Takes a country editor's right away. */
export function revokeCountryEditor(
  db: Kysely<Database>,
  actorId: string | null,
  id: string,
): Promise<Result<null>> {
  return transact(db, async (trx) => {
    const row = await findCountryEditor(trx, id);
    if (!row || !(await deleteCountryEditor(trx, id))) return notFound();
    await recordAudit(trx, {
      actorId,
      action: 'country_editor.revoke',
      entityType: 'country_editor',
      entityId: row.country_alpha3,
      before: { grant: row.id, userId: row.user_id },
    });
    return ok(null);
  });
}
