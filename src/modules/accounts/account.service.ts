import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { SignedInUser } from '../../auth/actor.ts';
import type { UserRow } from '../../auth/auth.table.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { randomSecret } from '../../auth/secrets.ts';
import { createSession, deleteSessionByToken, deleteUserSessions } from '../../auth/session.repository.ts';
import { findUserByEmail, findUserById, insertUser } from '../../auth/user.repository.ts';
import type { Database } from '../../db/database.ts';
import {
  insertSignUpRequest,
  isUniqueViolation,
  updateUserName,
  updateUserPassword,
} from './account.repository.ts';
import type { ChangeNameInput, ChangePasswordInput, SignInInput, SignUpInput } from './account.schema.ts';
import { failed, ok, type Result } from './result.ts';

/**
 * Sign up: creates a pending user (an admin approves it) and keeps what they said about themselves.
 * An address that already has an account succeeds with `null` and writes nothing: the person is
 * told what a new address is told, so the form cannot be used to learn who has an account, and
 * the existing account is left exactly as it was (decision 53).
 */
export async function signUp(db: Kysely<Database>, input: SignUpInput): Promise<Result<UserRow | null>> {
  // Hash before the transaction: ~60 ms of CPU should not hold the database.
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction().execute(async (trx) => {
      if (await findUserByEmail(trx, input.email)) return ok(null);
      const user = await insertUser(trx, {
        email: input.email,
        name: input.name,
        passwordHash,
        role: 'user',
        status: 'pending',
      });
      await insertSignUpRequest(trx, { userId: user.id, organisationName: input.organisation ?? null });
      await recordAudit(trx, {
        actorId: user.id,
        action: 'user.sign-up',
        entityType: 'user',
        entityId: user.id,
        after: {
          email: user.email,
          name: user.name,
          status: 'pending',
          organisation: input.organisation ?? null,
        },
      });
      return ok(user);
    });
  } catch (error) {
    // Two sign-ups with the same address at once: the unique index decides, and the loser is
    // answered as an address that already has an account.
    if (isUniqueViolation(error)) return ok(null);
    throw error;
  }
}

export type SignInRefusal = 'wrong-credentials' | 'pending' | 'deactivated';

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password. An unknown email costs the same argon2 work as a known one, so the
 * answer time does not tell which addresses have accounts. Account status is only revealed to
 * someone who knows the password.
 */
export async function authenticate(
  db: Kysely<Database>,
  input: Pick<SignInInput, 'email' | 'password'>,
): Promise<Result<UserRow, SignInRefusal>> {
  const user = await findUserByEmail(db, input.email);
  if (!user) {
    dummyHash ??= hashPassword(randomSecret());
    await verifyPassword(await dummyHash, input.password);
    return failed('wrong-credentials');
  }
  if (!(await verifyPassword(user.password_hash, input.password))) return failed('wrong-credentials');
  if (user.status === 'pending') return failed('pending');
  if (user.status === 'deactivated') return failed('deactivated');
  return ok(user);
}

/** Starts a session after a successful sign-in, replacing the browser's previous one if any. */
export async function startSession(
  db: Kysely<Database>,
  userId: string,
  options: { days: number; userAgent?: string | null; previousToken?: string },
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    // A fresh session id on every sign-in: a session planted before sign-in is never promoted.
    if (options.previousToken) await deleteSessionByToken(trx, options.previousToken);
    const token = await createSession(trx, userId, options);
    await recordAudit(trx, { actorId: userId, action: 'user.sign-in', entityType: 'user', entityId: userId });
    return token;
  });
}

/** Renames the signed-in user, refusing when the account changed since the form was loaded. */
export async function changeName(
  db: Kysely<Database>,
  user: SignedInUser,
  input: ChangeNameInput,
): Promise<Result<{ name: string }>> {
  return db.transaction().execute(async (trx) => {
    const saved = await updateUserName(trx, user.id, input.version, input.name);
    if (!saved) return failed({ _form: 'error.versionConflict' });
    await recordAudit(trx, {
      actorId: user.id,
      action: 'user.update',
      entityType: 'user',
      entityId: user.id,
      before: { name: user.name },
      after: { name: input.name },
    });
    return ok({ name: input.name });
  });
}

/** Changes the password after checking the current one, and ends every other session. */
export async function changePassword(
  db: Kysely<Database>,
  user: SignedInUser,
  currentSessionId: string,
  input: ChangePasswordInput,
): Promise<Result<{ otherSessionsEnded: number }>> {
  const row = await findUserById(db, user.id);
  if (!row || !(await verifyPassword(row.password_hash, input.currentPassword)))
    return failed({ currentPassword: 'account.error.currentPasswordWrong' });
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    await updateUserPassword(trx, user.id, passwordHash);
    const ended = await deleteUserSessions(trx, user.id, currentSessionId);
    await recordAudit(trx, {
      actorId: user.id,
      action: 'user.change-password',
      entityType: 'user',
      entityId: user.id,
      after: { otherSessionsEnded: ended },
    });
    return ok({ otherSessionsEnded: ended });
  });
}

/** "Sign out everywhere": ends every session of the user, the current one included. */
export async function signOutEverywhere(db: Kysely<Database>, userId: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ended = await deleteUserSessions(trx, userId);
    await recordAudit(trx, {
      actorId: userId,
      action: 'user.sign-out-everywhere',
      entityType: 'user',
      entityId: userId,
      after: { sessionsEnded: ended },
    });
    return ended;
  });
}

/** Ends the browser's own session. Not audited: it only undoes a sign-in, which is. */
export async function signOut(db: Kysely<Database>, sessionToken: string | undefined): Promise<void> {
  if (sessionToken) await deleteSessionByToken(db, sessionToken);
}
