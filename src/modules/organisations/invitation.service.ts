import type { SignedInUser } from '../../auth/actor.ts';
import { ok, type Result } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import { now } from '../../db/ids.ts';
import {
  answer,
  type InvitationSpace,
  invite,
  type OpenInvitation,
  withdraw,
} from '../../invitations/index.ts';
import {
  deleteOrganisationInvitation,
  findOrganisationInvitation,
  findOrganisationInvitationOf,
  insertOrganisationInvitation,
} from './invitation.repository.ts';
import { findMembershipRole, insertMembership } from './membership.repository.ts';
import { lockOrganisation } from './organisation.repository.ts';
import type { MembershipRole, OrganisationInvitationRow } from './organisation.table.ts';

/*
 * Invitations to join an organisation (decision 46), on the invitations kernel: owners (and
 * admins) invite an address; the person becomes a member only when they accept. The answer to
 * the inviter is the same whether or not the address has an account.
 */

function invitationOf(
  row: OrganisationInvitationRow | undefined,
): OpenInvitation<MembershipRole> | undefined {
  return row && { id: row.id, spaceId: row.organisation_id, email: row.email, role: row.role };
}

/** Where an organisation keeps its invitations and members. */
function organisations(db: Db): InvitationSpace<MembershipRole> {
  return {
    entityType: 'organisation',
    auditAction: 'organisation.invitation',
    problems: { alreadyMember: 'org.members.error.already', alreadyInvited: 'org.invite.already' },
    lock: (trx, id) => lockOrganisation(trx, db.dialect, id),
    isMember: async (trx, id, userId) => (await findMembershipRole(trx, id, userId)) !== null,
    addMember: async (trx, organisationId, userId, role) => {
      await insertMembership(trx, { organisationId, userId, role, createdAt: now() });
      return { userId, role };
    },
    find: async (trx, id) => invitationOf(await findOrganisationInvitation(trx, id)),
    findOf: async (trx, id, email) => invitationOf(await findOrganisationInvitationOf(trx, id, email)),
    insert: (trx, i) =>
      insertOrganisationInvitation(trx, {
        id: i.id,
        organisation_id: i.spaceId,
        email: i.email,
        role: i.role,
        invited_by: i.invitedBy,
        created_at: i.createdAt,
      }),
    remove: deleteOrganisationInvitation,
  };
}

/** Invites an address with a role. Access (owners, admins) is checked by the caller. */
export async function inviteMember(
  db: Db,
  actorId: string | null,
  organisationId: string,
  input: { email: string; role: MembershipRole },
): Promise<Result<{ id: string; email: string }>> {
  const result = await invite(db.kysely, organisations(db), actorId, organisationId, input);
  return result.ok ? ok({ id: result.value.id, email: result.value.email }) : result;
}

/** Withdraws an invitation not yet answered. */
export async function withdrawMemberInvitation(
  db: Db,
  actorId: string | null,
  organisationId: string,
  invitationId: string,
): Promise<Result<{ id: string }>> {
  return withdraw(db.kysely, organisations(db), actorId, organisationId, invitationId);
}

/** The invited person answers; only an invitation sent to their account's address is theirs. */
export async function answerMemberInvitation(
  db: Db,
  user: SignedInUser,
  invitationId: string,
  reply: 'accept' | 'decline',
): Promise<Result<{ organisationId: string }>> {
  const result = await answer(db.kysely, organisations(db), user, invitationId, reply);
  return result.ok ? ok({ organisationId: result.value.spaceId }) : result;
}
