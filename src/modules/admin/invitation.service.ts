import { recordAudit } from '../../audit/audit.repository.ts';
import type { PlatformRole } from '../../auth/auth.table.ts';
import { issueOneTimeToken } from '../../auth/one-time-token.repository.ts';
import { findUserByEmail, normaliseEmail } from '../../auth/user.repository.ts';
import { notFound, ok, type Result, refused, transact } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import { ADMIN_REFUSED } from './admin.problems.ts';
import { closeInvitations, findOpenInvitation } from './invitation.repository.ts';
import type { AdminActor } from './user-admin.service.ts';

export const INVITATION_HOURS = 7 * 24;

/**
 * Invites someone by email with a platform role: a one-time link valid 7 days. Inviting the same
 * address again replaces the earlier link (the usual reason is that it was lost).
 */
export async function inviteUser(
  db: Db,
  actor: AdminActor,
  input: { email: string; role: PlatformRole },
): Promise<Result<{ id: string; email: string; secret: string; expiresAt: string; replaced: number }>> {
  const email = normaliseEmail(input.email);
  return transact(db.kysely, async (trx) => {
    if (await findUserByEmail(trx, email))
      return refused({ email: { key: ADMIN_REFUSED.emailTaken, values: { email } } });
    const replaced = await closeInvitations(trx, { email });
    const token = await issueOneTimeToken(trx, {
      kind: 'invitation',
      email,
      role: input.role,
      createdBy: actor.id,
      hours: INVITATION_HOURS,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'invitation.create',
      entityType: 'invitation',
      entityId: token.id,
      before: null,
      after: {
        email,
        role: input.role,
        expires_at: token.expiresAt,
        ...(replaced.length ? { replaces: replaced.join(', ') } : {}),
      },
    });
    return ok({
      id: token.id,
      email,
      secret: token.secret,
      expiresAt: token.expiresAt,
      replaced: replaced.length,
    });
  });
}

/** Revokes an open invitation: its link stops working at once. */
export async function revokeInvitation(
  db: Db,
  actor: AdminActor,
  invitationId: string,
): Promise<Result<{ email: string }>> {
  return transact(db.kysely, async (trx) => {
    const invitation = await findOpenInvitation(trx, invitationId);
    if (!invitation) return notFound();
    const closed = await closeInvitations(trx, { id: invitation.id });
    if (closed.length !== 1) return notFound();
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'invitation.revoke',
      entityType: 'invitation',
      entityId: invitation.id,
      before: { email: invitation.email, role: invitation.role, status: 'open' },
      after: { status: 'revoked' },
    });
    return ok({ email: invitation.email });
  });
}
