import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { SignedInUser } from '../../auth/actor.ts';
import { findUserByEmail, normaliseEmail } from '../../auth/user.repository.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import {
  deleteInvitation,
  findInvitation,
  findInvitationOf,
  insertInvitation,
} from './invitation.repository.ts';
import { findMembership, insertMember } from './member.repository.ts';
import { lockProcess } from './process.repository.ts';
import { gone, invalid, ok, type Result, transact } from './process.result.ts';
import type { ProcessRole } from './process.table.ts';

/*
 * Invitations to a process (decision 45). Owners invite an email address; the person joins only
 * when they accept. The inviter is told the same whether or not the address has an account, so
 * "add member" cannot be used to learn who has one.
 */

/** Invites an address with a role. The caller has checked the actor manages the process. */
export async function invitePerson(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  input: { email: string; role: ProcessRole },
): Promise<Result<{ id: string; email: string; role: ProcessRole }>> {
  const email = normaliseEmail(input.email);
  return transact(db, async (trx) => {
    await lockProcess(trx, processId);
    // A member is listed, with their address, on the page the owner sees: saying so tells nothing new.
    const user = await findUserByEmail(trx, email);
    if (user && (await findMembership(trx, processId, { userId: user.id })))
      return invalid({ email: 'process.members.error.already' });
    if (await findInvitationOf(trx, processId, email)) return invalid({ email: 'process.invite.already' });
    const row = {
      id: newId(),
      process_id: processId,
      email,
      role: input.role,
      invited_by: actorId,
      created_at: now(),
    };
    await insertInvitation(trx, row);
    await recordAudit(trx, {
      actorId,
      action: 'process-invitation.create',
      entityType: 'process',
      entityId: processId,
      after: { invitation: row.id, email, role: row.role },
    });
    return ok({ id: row.id, email, role: row.role });
  });
}

/** Withdraws an invitation not yet answered. */
export async function withdrawInvitation(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  invitationId: string,
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    const invitation = await findInvitation(trx, invitationId);
    if (!invitation || invitation.process_id !== processId || !(await deleteInvitation(trx, invitationId)))
      return gone();
    await recordAudit(trx, {
      actorId,
      action: 'process-invitation.withdraw',
      entityType: 'process',
      entityId: processId,
      before: { invitation: invitationId, email: invitation.email, role: invitation.role },
    });
    return ok({ id: invitationId });
  });
}

/**
 * The invited person answers. Only an invitation sent to their account's address is theirs;
 * any other answers `not-found`. Accepting makes them a member with the invited role (one who
 * already is keeps the role they have).
 */
export async function answerInvitation(
  db: Kysely<Database>,
  user: SignedInUser,
  invitationId: string,
  answer: 'accept' | 'decline',
): Promise<Result<{ processId: string }>> {
  return transact(db, async (trx) => {
    const invitation = await findInvitation(trx, invitationId);
    if (!invitation || invitation.email !== normaliseEmail(user.email) || user.status !== 'active')
      return gone();
    await lockProcess(trx, invitation.process_id);
    if (!(await deleteInvitation(trx, invitationId))) return gone();
    let member: string | null = null;
    if (answer === 'accept' && !(await findMembership(trx, invitation.process_id, { userId: user.id }))) {
      member = newId();
      await insertMember(trx, {
        id: member,
        process_id: invitation.process_id,
        user_id: user.id,
        organisation_id: null,
        role: invitation.role,
        created_at: now(),
      });
    }
    await recordAudit(trx, {
      actorId: user.id,
      action: answer === 'accept' ? 'process-invitation.accept' : 'process-invitation.decline',
      entityType: 'process',
      entityId: invitation.process_id,
      before: { invitation: invitationId, email: invitation.email, role: invitation.role },
      after: member ? { member, user: user.id, role: invitation.role } : null,
    });
    return ok({ processId: invitation.process_id });
  });
}
