import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { newId, now } from '../db/ids.ts';
import type { OneTimeTokenKind, OneTimeTokensTable, PlatformRole } from './auth.table.ts';
import { randomSecret, sha256 } from './secrets.ts';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Issues a single-use link secret: an invitation (email + role, no user yet) or a password reset
 * (for an existing user). Only the hash is stored; the secret is returned once to show or print.
 */
export async function issueOneTimeToken(
  trx: Transaction<Database>,
  input: {
    kind: OneTimeTokenKind;
    userId?: string;
    email?: string;
    role?: PlatformRole;
    createdBy: string | null;
    hours: number;
  },
): Promise<{ id: string; secret: string; expiresAt: string }> {
  const secret = randomSecret();
  const id = newId();
  const expiresAt = new Date(Date.now() + input.hours * HOUR_MS).toISOString();
  if (input.kind === 'password-reset' && input.userId) {
    // A new reset link replaces any earlier unused one for the same user.
    await trx
      .updateTable('one_time_tokens')
      .set({ used_at: now() })
      .where('kind', '=', 'password-reset')
      .where('user_id', '=', input.userId)
      .where('used_at', 'is', null)
      .execute();
  }
  await trx
    .insertInto('one_time_tokens')
    .values({
      id,
      kind: input.kind,
      token_hash: sha256(secret),
      user_id: input.userId ?? null,
      email: input.email ?? null,
      role: input.role ?? null,
      created_by: input.createdBy,
      created_at: now(),
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { id, secret, expiresAt };
}

/** The unused, unexpired token of that kind for a secret, or undefined. Does not consume it. */
export async function findValidOneTimeToken(
  trx: Kysely<Database>,
  kind: OneTimeTokenKind,
  secret: string,
): Promise<OneTimeTokensTable | undefined> {
  const row = await trx
    .selectFrom('one_time_tokens')
    .selectAll()
    .where('token_hash', '=', sha256(secret))
    .where('kind', '=', kind)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (!row || Date.parse(row.expires_at) <= Date.now()) return undefined;
  return row;
}

/** Marks a token used; returns false when someone else used it first (a lost race). */
export async function consumeOneTimeToken(trx: Transaction<Database>, id: string): Promise<boolean> {
  const result = await trx
    .updateTable('one_time_tokens')
    .set({ used_at: now() })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
