import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { OneTimeTokensTable } from '../../auth/auth.table.ts';
import { consumeOneTimeToken, findValidOneTimeToken } from '../../auth/one-time-token.repository.ts';
import { hashPassword } from '../../auth/passwords.ts';
import { createSession, deleteUserSessions, revokeUserTokens } from '../../auth/session.repository.ts';
import { findUserByEmail, findUserById, insertUser } from '../../auth/user.repository.ts';
import { invalid, notFound, ok, type Result, transact } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import { isUniqueViolation, updateUserPassword } from './account.repository.ts';
import type { InvitationInput, ResetPasswordInput } from './account.schema.ts';

/** What an invitation or reset page needs to show before the form is sent. */
export interface LinkSummary {
  kind: OneTimeTokensTable['kind'];
  /** The invited address (invitation) or the account's address (reset); null if none was set. */
  email: string | null;
  expiresAt: string;
}

/** Reads a link without using it up, or undefined when it cannot be used. */
export async function describeLink(
  db: Kysely<Database>,
  kind: OneTimeTokensTable['kind'],
  secret: string,
): Promise<LinkSummary | undefined> {
  const token = await findValidOneTimeToken(db, kind, secret);
  if (!token) return undefined;
  if (kind === 'invitation') return { kind, email: token.email, expiresAt: token.expires_at };
  const user = token.user_id ? await findUserById(db, token.user_id) : undefined;
  return user ? { kind, email: user.email, expiresAt: token.expires_at } : undefined;
}

/**
 * Accepts an invitation: creates an active account with the invitation's role, uses up the link in
 * the same transaction, and starts a session so the person is signed in at once. A link that is
 * unknown, expired or already used is `not-found`: the person needs a new one.
 */
export async function acceptInvitation(
  db: Kysely<Database>,
  secret: string,
  input: InvitationInput,
  session: { days: number; userAgent?: string | null },
): Promise<Result<{ userId: string; sessionToken: string }>> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await transact(db, async (trx) => {
      const token = await findValidOneTimeToken(trx, 'invitation', secret);
      if (!token) return notFound();
      const email = token.email ?? input.email;
      if (!email) return invalid({ email: 'account.error.emailRequired' });
      if (await findUserByEmail(trx, email)) return invalid({ email: 'account.error.invitationEmailTaken' });
      // Consume first: of two people racing on one link, exactly one gets the account.
      if (!(await consumeOneTimeToken(trx, token.id))) return notFound();
      const user = await insertUser(trx, {
        email,
        name: input.name,
        passwordHash,
        role: token.role ?? 'user',
        status: 'active',
        approvedBy: token.created_by,
      });
      await recordAudit(trx, {
        actorId: user.id,
        action: 'user.accept-invitation',
        entityType: 'user',
        entityId: user.id,
        after: {
          email: user.email,
          name: user.name,
          role: user.role,
          status: 'active',
          invitation: token.id,
        },
      });
      const sessionToken = await createSession(trx, user.id, session);
      return ok({ userId: user.id, sessionToken });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return invalid({ email: 'account.error.invitationEmailTaken' });
    throw error;
  }
}

/**
 * Redeems a password-reset link: new password, link used up, every session of the user ended and
 * every API token revoked (whoever asked for the reset may not be the one who made them). A link
 * that cannot be used is `not-found`.
 */
export async function resetPassword(
  db: Kysely<Database>,
  secret: string,
  input: ResetPasswordInput,
): Promise<Result<{ userId: string }>> {
  const passwordHash = await hashPassword(input.password);
  return transact(db, async (trx) => {
    const token = await findValidOneTimeToken(trx, 'password-reset', secret);
    if (!token?.user_id) return notFound();
    if (!(await consumeOneTimeToken(trx, token.id))) return notFound();
    await updateUserPassword(trx, token.user_id, passwordHash);
    const ended = await deleteUserSessions(trx, token.user_id);
    const tokensRevoked = await revokeUserTokens(trx, token.user_id);
    await recordAudit(trx, {
      actorId: token.user_id,
      action: 'user.reset-password',
      entityType: 'user',
      entityId: token.user_id,
      after: { resetLink: token.id, sessionsEnded: ended, tokensRevoked },
    });
    return ok({ userId: token.user_id });
  });
}
