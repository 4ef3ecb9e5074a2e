import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { now } from '../db/ids.ts';
import type { SignedInUser } from './actor.ts';
import type { TokenScope } from './auth.table.ts';
import { randomSecret, sha256 } from './secrets.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Sliding expiry is refreshed at most this often, so reads do not write on every request. */
const TOUCH_INTERVAL_MS = 60 * 60 * 1000;

/** Starts a session and returns the secret for the cookie (only its hash is stored). */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  options: { days: number; userAgent?: string | null },
): Promise<string> {
  const token = randomSecret();
  const at = now();
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: userId,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(Date.now() + options.days * DAY_MS).toISOString(),
      user_agent: options.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return token;
}

/** The active user behind a session cookie, or undefined when expired, revoked or deactivated. */
export async function findSessionUser(
  db: Kysely<Database>,
  token: string,
  days: number,
): Promise<{ sessionId: string; user: SignedInUser } | undefined> {
  const id = sha256(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as session_id',
      'sessions.expires_at',
      'sessions.last_seen_at',
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.status',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const nowMs = Date.now();
  if (Date.parse(row.expires_at) <= nowMs || row.status !== 'active') {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return undefined;
  }
  if (nowMs - Date.parse(row.last_seen_at) > TOUCH_INTERVAL_MS) {
    await db
      .updateTable('sessions')
      .set({
        last_seen_at: new Date(nowMs).toISOString(),
        expires_at: new Date(nowMs + days * DAY_MS).toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }
  return {
    sessionId: row.session_id,
    user: { id: row.id, email: row.email, name: row.name, role: row.role, status: row.status },
  };
}

export async function deleteSessionByToken(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
}

/** "Sign out everywhere": ends every session of the user, optionally keeping one. */
export async function deleteUserSessions(
  db: Kysely<Database>,
  userId: string,
  keepSessionId?: string,
): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .$if(keepSessionId !== undefined, (q) => q.where('id', '!=', keepSessionId!))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countUserSessions(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Last use of a token is written at most this often, so API reads seldom write. */
const TOKEN_TOUCH_INTERVAL_MS = 60 * 1000;

/** What a presented API token resolves to: its user and scope, or the fact that it has expired. */
export type TokenLookup =
  | { kind: 'valid'; tokenId: string; scope: TokenScope; user: SignedInUser }
  | { kind: 'expired' };

/**
 * The active user behind an API token (`cor_…`), or undefined for an unknown, revoked or
 * deactivated one. An expired token is told apart so the API can say so. Records the last use.
 */
export async function findTokenUser(db: Kysely<Database>, token: string): Promise<TokenLookup | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.last_used_at',
      'api_tokens.scope',
      'api_tokens.expires_at',
      'users.id',
      'users.email',
      'users.name',
      'users.role',
      'users.status',
    ])
    .where('api_tokens.token_hash', '=', sha256(token))
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();
  if (row?.status !== 'active') return undefined;
  const nowMs = Date.now();
  if (row.expires_at && Date.parse(row.expires_at) <= nowMs) return { kind: 'expired' };
  if (!row.last_used_at || nowMs - Date.parse(row.last_used_at) > TOKEN_TOUCH_INTERVAL_MS) {
    await db
      .updateTable('api_tokens')
      .set({ last_used_at: new Date(nowMs).toISOString() })
      .where('id', '=', row.token_id)
      .execute();
  }
  return {
    kind: 'valid',
    tokenId: row.token_id,
    scope: row.scope,
    user: { id: row.id, email: row.email, name: row.name, role: row.role, status: row.status },
  };
}

/**
 * Revokes every API token of the user that still works, returning how many: after a password
 * reset, a password change or a deactivation, a token made before must not act for the account.
 */
export async function revokeUserTokens(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
