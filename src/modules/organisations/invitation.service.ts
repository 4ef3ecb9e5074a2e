import { recordAudit } from '../../audit/audit.repository.ts';
import type { SignedInUser } from '../../auth/actor.ts';
import { findUserByEmail, normaliseEmail } from '../../auth/user.repository.ts';
import type { Db } from '../../db/connection.ts';
import { newId, now } from '../../db/ids.ts';
import {
  deleteOrganisationInvitation,
  findOrganisationInvitation,
  findOrganisationInvitationOf,
  insertOrganisationInvitation,
} from './invitation.repository.ts';
import { findMembershipRole, insertMembership } from './membership.repository.ts';
import { lockOrganisation } from './organisation.repository.ts';
import { type CommandResult, failure } from './organisation.service.ts';
import type { MembershipRole } from './organisation.table.ts';

/*
 * Invitations to join an organisation (decision 46). Owners (and admins) invite an address; the
 * person becomes a member only when they accept. The answer to the inviter is the same whether
 * or not the address has an account.
 */

/** Invites an address with a role. Access (owners, admins) is checked by the caller. */
export async function inviteMember(
  db: Db,
  actorId: string | null,
  organisationId: string,
  input: { email: string; role: MembershipRole },
): Promise<CommandResult<{ id: string; email: string }>> {
  const email = normaliseEmail(input.email);
  return db.kysely.transaction().execute(async (trx) => {
    if (!(await lockOrganisation(trx, db.dialect, organisationId))) return failure('NotFound');
    // Members are listed with their address on the owner's page: saying so tells nothing new.
    const user = await findUserByEmail(trx, email);
    if (user && (await findMembershipRole(trx, organisationId, user.id)) !== null)
      return failure('AlreadyMember', { email: 'org.members.error.already' });
    if (await findOrganisationInvitationOf(trx, organisationId, email))
      return failure('AlreadyInvited', { email: 'org.invite.already' });
    const row = {
      id: newId(),
      organisation_id: organisationId,
      email,
      role: input.role,
      invited_by: actorId,
      created_at: now(),
    };
    await insertOrganisationInvitation(trx, row);
    await recordAudit(trx, {
      actorId,
      action: 'organisation.invitation.create',
      entityType: 'organisation',
      entityId: organisationId,
      after: { invitation: row.id, email, role: input.role },
    });
    return { ok: true as const, value: { id: row.id, email } };
  });
}

/** Withdraws an invitation not yet answered. */
export async function withdrawMemberInvitation(
  db: Db,
  actorId: string | null,
  organisationId: string,
  invitationId: string,
): Promise<CommandResult<null>> {
  return db.kysely.transaction().execute(async (trx) => {
    const invitation = await findOrganisationInvitation(trx, invitationId);
    if (!invitation || invitation.organisation_id !== organisationId) return failure('NotFound');
    if (!(await deleteOrganisationInvitation(trx, invitationId))) return failure('NotFound');
    await recordAudit(trx, {
      actorId,
      action: 'organisation.invitation.withdraw',
      entityType: 'organisation',
      entityId: organisationId,
      before: { invitation: invitationId, email: invitation.email, role: invitation.role },
    });
    return { ok: true as const, value: null };
  });
}

/**
 * The invited person answers. Only an invitation sent to their account's address is theirs.
 * Accepting makes them a member with the invited role (someone who already is keeps theirs).
 */
export async function answerMemberInvitation(
  db: Db,
  user: SignedInUser,
  invitationId: string,
  answer: 'accept' | 'decline',
): Promise<CommandResult<{ organisationId: string }>> {
  return db.kysely.transaction().execute(async (trx) => {
    const invitation = await findOrganisationInvitation(trx, invitationId);
    if (!invitation || invitation.email !== normaliseEmail(user.email) || user.status !== 'active')
      return failure('NotFound');
    const organisationId = invitation.organisation_id;
    if (!(await lockOrganisation(trx, db.dialect, organisationId))) return failure('NotFound');
    if (!(await deleteOrganisationInvitation(trx, invitationId))) return failure('NotFound');
    const joins = answer === 'accept' && (await findMembershipRole(trx, organisationId, user.id)) === null;
    if (joins)
      await insertMembership(trx, {
        organisationId,
        userId: user.id,
        role: invitation.role,
        createdAt: now(),
      });
    await recordAudit(trx, {
      actorId: user.id,
      action: answer === 'accept' ? 'organisation.invitation.accept' : 'organisation.invitation.decline',
      entityType: 'organisation',
      entityId: organisationId,
      before: { invitation: invitationId, email: invitation.email, role: invitation.role },
      after: joins ? { userId: user.id, role: invitation.role } : null,
    });
    return { ok: true as const, value: { organisationId } };
  });
}
