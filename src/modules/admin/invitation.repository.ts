import type { Kysely, Transaction } from 'kysely';
import type { PlatformRole } from '../../auth/auth.table.ts';
import type { Database } from '../../db/database.ts';
import { now } from '../../db/ids.ts';

export interface OpenInvitation {
  id: string;
  email: string;
  role: PlatformRole;
  createdAt: string;
  expiresAt: string;
  createdBy: string | null;
  createdByName: string | null;
}

/** Invitations not yet used, revoked or expired, newest first. */
export async function listOpenInvitations(db: Kysely<Database>, limit = 200): Promise<OpenInvitation[]> {
  const rows = await db
    .selectFrom('one_time_tokens')
    .leftJoin('users', 'users.id', 'one_time_tokens.created_by')
    .select([
      'one_time_tokens.id',
      'one_time_tokens.email',
      'one_time_tokens.role',
      'one_time_tokens.created_at',
      'one_time_tokens.expires_at',
      'one_time_tokens.created_by',
      'users.name as created_by_name',
    ])
    .where('one_time_tokens.kind', '=', 'invitation')
    .where('one_time_tokens.used_at', 'is', null)
    .where('one_time_tokens.expires_at', '>', now())
    .orderBy('one_time_tokens.created_at', 'desc')
    .orderBy('one_time_tokens.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email ?? '',
    role: r.role ?? 'user',
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    createdBy: r.created_by,
    createdByName: r.created_by_name,
  }));
}

export async function countOpenInvitations(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('one_time_tokens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('kind', '=', 'invitation')
    .where('used_at', 'is', null)
    .where('expires_at', '>', now())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** One open invitation by id, or undefined (unknown, used, revoked or expired). */
export async function findOpenInvitation(
  db: Kysely<Database>,
  id: string,
): Promise<{ id: string; email: string; role: PlatformRole; expiresAt: string } | undefined> {
  const row = await db
    .selectFrom('one_time_tokens')
    .select(['id', 'email', 'role', 'expires_at'])
    .where('id', '=', id)
    .where('kind', '=', 'invitation')
    .where('used_at', 'is', null)
    .where('expires_at', '>', now())
    .executeTakeFirst();
  return row
    ? { id: row.id, email: row.email ?? '', role: row.role ?? 'user', expiresAt: row.expires_at }
    : undefined;
}

/**
 * Closes invitations so their links stop working (`used_at` is what redemption checks). Returns
 * the ids closed; only those still open are touched.
 */
export async function closeInvitations(
  trx: Transaction<Database>,
  where: { id: string } | { email: string },
): Promise<string[]> {
  const open = await trx
    .selectFrom('one_time_tokens')
    .select('id')
    .where('kind', '=', 'invitation')
    .where('used_at', 'is', null)
    .$if('id' in where, (q) => q.where('id', '=', (where as { id: string }).id))
    .$if('email' in where, (q) => q.where('email', '=', (where as { email: string }).email))
    .execute();
  const ids = open.map((r) => r.id);
  if (ids.length === 0) return [];
  await trx
    .updateTable('one_time_tokens')
    .set({ used_at: now() })
    .where('id', 'in', ids)
    .where('used_at', 'is', null)
    .execute();
  return ids;
}
