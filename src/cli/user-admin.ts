import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { recordAudit } from '../audit/audit.repository.ts';
import type { PlatformRole, UserRow, UserStatus } from '../auth/auth.table.ts';
import { issueOneTimeToken } from '../auth/one-time-token.repository.ts';
import { generatePassword, hashPassword } from '../auth/passwords.ts';
import { deleteUserSessions, revokeUserTokens } from '../auth/session.repository.ts';
import { findUserByEmail, insertUser } from '../auth/user.repository.ts';
import { invalid, notFound, ok, type Result, transact } from '../commands/index.ts';
import type { Database } from '../db/database.ts';
import { now } from '../db/ids.ts';
import type { createUserInput } from './user.schema.ts';

/** Account commands run by an operator at the console: audit rows name no actor (the system). */

/** How long a reset link printed by the CLI stays valid. */
const RESET_HOURS = 24;

/** The problem of an address that has an account already; the console words it (in English). */
export const EMAIL_TAKEN = 'cli.user.emailTaken';

/** Creates an active account; generates the password when none is given. A taken address is `invalid`. */
export async function createUser(
  db: Kysely<Database>,
  input: z.infer<typeof createUserInput>,
): Promise<Result<{ user: UserRow; generatedPassword?: string }>> {
  const generatedPassword = input.password === undefined ? generatePassword() : undefined;
  const passwordHash = await hashPassword(input.password ?? generatedPassword!);
  return transact(db, async (trx) => {
    if (await findUserByEmail(trx, input.email)) return invalid({ email: EMAIL_TAKEN });
    const user = await insertUser(trx, {
      email: input.email,
      name: input.name,
      passwordHash,
      role: input.role,
      status: 'active',
    });
    await recordAudit(trx, {
      actorId: null,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, name: user.name, role: user.role, status: user.status, via: 'cli' },
    });
    return ok({ user, generatedPassword });
  });
}

/** Users, oldest first, optionally of one status and role. */
export async function listUsers(
  db: Kysely<Database>,
  filter: { status?: UserStatus; role?: PlatformRole },
): Promise<Pick<UserRow, 'id' | 'email' | 'name' | 'role' | 'status' | 'created_at'>[]> {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'role', 'status', 'created_at'])
    .$if(filter.status !== undefined, (q) => q.where('status', '=', filter.status!))
    .$if(filter.role !== undefined, (q) => q.where('role', '=', filter.role!))
    .orderBy('created_at')
    .orderBy('email')
    .execute();
}

/** Issues a 24-hour password-reset link secret for the user (replacing any earlier one); `not-found` without one. */
export async function issuePasswordReset(
  db: Kysely<Database>,
  emailAddress: string,
): Promise<Result<{ secret: string; expiresAt: string }>> {
  return transact(db, async (trx) => {
    const user = await findUserByEmail(trx, emailAddress);
    if (!user) return notFound();
    const token = await issueOneTimeToken(trx, {
      kind: 'password-reset',
      userId: user.id,
      email: user.email,
      createdBy: null,
      hours: RESET_HOURS,
    });
    await recordAudit(trx, {
      actorId: null,
      action: 'user.issuePasswordReset',
      entityType: 'user',
      entityId: user.id,
      after: { tokenId: token.id, expiresAt: token.expiresAt, via: 'cli' },
    });
    return ok({ secret: token.secret, expiresAt: token.expiresAt });
  });
}

/**
 * Sets a new password, ends every session of the user, revokes their API tokens and voids unused
 * reset links; `not-found` without such a user.
 */
export async function setPassword(
  db: Kysely<Database>,
  emailAddress: string,
  newPassword: string,
): Promise<Result<{ sessionsEnded: number; tokensRevoked: number }>> {
  const passwordHash = await hashPassword(newPassword);
  return transact(db, async (trx) => {
    const user = await findUserByEmail(trx, emailAddress);
    if (!user) return notFound();
    const at = now();
    await trx
      .updateTable('users')
      .set((eb) => ({ password_hash: passwordHash, updated_at: at, version: eb('version', '+', 1) }))
      .where('id', '=', user.id)
      .execute();
    // An older reset link must not undo the password set here.
    await trx
      .updateTable('one_time_tokens')
      .set({ used_at: at })
      .where('kind', '=', 'password-reset')
      .where('user_id', '=', user.id)
      .where('used_at', 'is', null)
      .execute();
    const sessionsEnded = await deleteUserSessions(trx, user.id);
    const tokensRevoked = await revokeUserTokens(trx, user.id);
    await recordAudit(trx, {
      actorId: null,
      action: 'user.setPassword',
      entityType: 'user',
      entityId: user.id,
      after: { sessionsEnded, tokensRevoked, via: 'cli' },
    });
    return ok({ sessionsEnded, tokensRevoked });
  });
}

/** The oldest active administrator: the demo acts as them. */
export async function firstActiveAdminId(db: Kysely<Database>): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}
