import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { SignedInUser } from '../../auth/actor.ts';
import type { UserRow } from '../../auth/auth.table.ts';
import { hashPassword, verifyPassword } from '../../auth/passwords.ts';
import { randomSecret } from '../../auth/secrets.ts';
import {
  createSession,
  deleteSessionByToken,
  deleteUserSessions,
  revokeUserTokens,
} from '../../auth/session.repository.ts';
import { clearThrottleEvents, minutesToWait, recordThrottleEvent, throttleKey } from '../../auth/throttle.ts';
import { findUserByEmail, findUserById, insertUser } from '../../auth/user.repository.ts';
import { conflict, invalid, ok, type Result, refused, transact } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import {
  insertSignUpRequest,
  isUniqueViolation,
  updateUserName,
  updateUserPassword,
} from './account.repository.ts';
import type { ChangeNameInput, ChangePasswordInput, SignInInput, SignUpInput } from './account.schema.ts';

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
    return await transact(db, async (trx) => {
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

/** Failed sign-ins allowed per email address in a window, from anywhere (null: no limit). */
export interface SignInLimit {
  max: number;
  minutes: number;
}

/** What a right password still does not open: the account waits for approval, or was closed. */
export const SIGN_IN_REFUSED = {
  pending: 'account.signIn.pending.title',
  deactivated: 'account.signIn.deactivated.title',
} as const;

function signInRule(email: string, limit: SignInLimit) {
  return { key: throttleKey('sign-in-account', email), max: limit.max, windowMs: limit.minutes * 60 * 1000 };
}

/**
 * Minutes to wait before this address may try again (0: go on). Failures are counted per email
 * address typed, known or not (so the pause does not tell either), in the database, so that every
 * app process sees them. While paused, the password is not even checked: the right one does not
 * get in either.
 */
export async function signInPause(db: Kysely<Database>, email: string, limit: SignInLimit | null) {
  return limit ? minutesToWait(db, signInRule(email, limit)) : 0;
}

let dummyHash: Promise<string> | undefined;

/**
 * Checks an email and password. An unknown email costs the same argon2 work as a known one, so the
 * answer time does not tell which addresses have accounts. Account status is only revealed to
 * someone who knows the password (`refused`, its problem one of `SIGN_IN_REFUSED`). With a limit,
 * a failure is counted against the address typed and a correct password clears the count; the
 * caller asks `signInPause` first.
 */
export async function authenticate(
  db: Kysely<Database>,
  input: Pick<SignInInput, 'email' | 'password'>,
  limit: SignInLimit | null = null,
): Promise<Result<UserRow>> {
  const rule = limit && signInRule(input.email, limit);
  const user = await findUserByEmail(db, input.email);
  dummyHash ??= hashPassword(randomSecret());
  const passwordHash = user?.password_hash ?? (await dummyHash);
  const right = await verifyPassword(passwordHash, input.password);
  if (!user || !right) {
    if (rule) await recordThrottleEvent(db, rule.key);
    return invalid({ email: 'account.signIn.wrong' });
  }
  if (rule) await clearThrottleEvents(db, rule.key);
  if (user.status === 'pending' || user.status === 'deactivated')
    return refused({ _form: SIGN_IN_REFUSED[user.status] });
  return ok(user);
}

/** Starts a session after a successful sign-in, replacing the browser's previous one if any. It cannot be refused. */
export async function startSession(
  db: Kysely<Database>,
  userId: string,
  options: { days: number; userAgent?: string | null; previousToken?: string },
): Promise<string> {
  let token = '';
  await transact(db, async (trx) => {
    // A fresh session id on every sign-in: a session planted before sign-in is never promoted.
    if (options.previousToken) await deleteSessionByToken(trx, options.previousToken);
    token = await createSession(trx, userId, options);
    await recordAudit(trx, { actorId: userId, action: 'user.sign-in', entityType: 'user', entityId: userId });
    return ok(null);
  });
  return token;
}

/** Renames the signed-in user, refusing when the account changed since the form was loaded. */
export async function changeName(
  db: Kysely<Database>,
  user: SignedInUser,
  input: ChangeNameInput,
): Promise<Result<{ name: string }>> {
  return transact(db, async (trx) => {
    const saved = await updateUserName(trx, user.id, input.version, input.name);
    if (!saved) return conflict();
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

/** Changes the password after checking the current one, ends every other session and revokes every API token. */
export async function changePassword(
  db: Kysely<Database>,
  user: SignedInUser,
  currentSessionId: string,
  input: ChangePasswordInput,
): Promise<Result<{ otherSessionsEnded: number; tokensRevoked: number }>> {
  const row = await findUserById(db, user.id);
  if (!row || !(await verifyPassword(row.password_hash, input.currentPassword)))
    return invalid({ currentPassword: 'account.error.currentPasswordWrong' });
  const passwordHash = await hashPassword(input.password);
  return transact(db, async (trx) => {
    await updateUserPassword(trx, user.id, passwordHash);
    const ended = await deleteUserSessions(trx, user.id, currentSessionId);
    const tokensRevoked = await revokeUserTokens(trx, user.id);
    await recordAudit(trx, {
      actorId: user.id,
      action: 'user.change-password',
      entityType: 'user',
      entityId: user.id,
      after: { otherSessionsEnded: ended, tokensRevoked },
    });
    return ok({ otherSessionsEnded: ended, tokensRevoked });
  });
}

/**
 * "Sign out everywhere": ends every session of the user, the current one included, and revokes
 * their API tokens too when they ask (the page offers it, ticked: decision 47).
 */
export async function signOutEverywhere(
  db: Kysely<Database>,
  userId: string,
  options: { revokeTokens: boolean },
): Promise<Result<{ sessionsEnded: number; tokensRevoked: number }>> {
  return transact(db, async (trx) => {
    const sessionsEnded = await deleteUserSessions(trx, userId);
    const tokensRevoked = options.revokeTokens ? await revokeUserTokens(trx, userId) : 0;
    await recordAudit(trx, {
      actorId: userId,
      action: 'user.sign-out-everywhere',
      entityType: 'user',
      entityId: userId,
      after: { sessionsEnded, tokensRevoked },
    });
    return ok({ sessionsEnded, tokensRevoked });
  });
}

/** Ends the browser's own session. Not audited: it only undoes a sign-in, which is. */
export async function signOut(db: Kysely<Database>, sessionToken: string | undefined): Promise<void> {
  if (sessionToken) await deleteSessionByToken(db, sessionToken);
}
