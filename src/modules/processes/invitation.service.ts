import type { Kysely } from 'kysely';
import type { SignedInUser } from '../../auth/actor.ts';
import { normaliseEmail } from '../../auth/user.repository.ts';
import { ok, type Result } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import {
  answer,
  type InvitationSpace,
  invite,
  type OpenInvitation,
  withdraw,
} from '../../invitations/index.ts';
import {
  deleteInvitation,
  findInvitation,
  findInvitationOf,
  insertInvitation,
  listInvitationsTo,
} from './invitation.repository.ts';
import { findMembership, insertMember } from './member.repository.ts';
import { lockProcess } from './process.repository.ts';
import type { ProcessInvitationRow, ProcessRole } from './process.table.ts';

/*
 * Invitations to a process (decision 45), on the invitations kernel: owners invite an email
 * address; the person joins only when they accept. The inviter is told the same whether or not
 * the address has an account, so "add member" cannot be used to learn who has one.
 */

function invitationOf(row: ProcessInvitationRow | undefined): OpenInvitation<ProcessRole> | undefined {
  return row && { id: row.id, spaceId: row.process_id, email: row.email, role: row.role };
}

/** Where a process keeps its invitations and members. */
const processes: InvitationSpace<ProcessRole> = {
  entityType: 'process',
  auditAction: 'process-invitation',
  problems: { alreadyMember: 'process.members.error.already', alreadyInvited: 'process.invite.already' },
  lock: lockProcess,
  isMember: async (trx, processId, userId) =>
    (await findMembership(trx, processId, { userId })) !== undefined,
  addMember: async (trx, processId, userId, role) => {
    const member = newId();
    await insertMember(trx, {
      id: member,
      process_id: processId,
      user_id: userId,
      organisation_id: null,
      role,
      created_at: now(),
    });
    return { member, user: userId, role };
  },
  find: async (trx, id) => invitationOf(await findInvitation(trx, id)),
  findOf: async (trx, processId, email) => invitationOf(await findInvitationOf(trx, processId, email)),
  insert: (trx, i) =>
    insertInvitation(trx, {
      id: i.id,
      process_id: i.spaceId,
      email: i.email,
      role: i.role,
      invited_by: i.invitedBy,
      created_at: i.createdAt,
    }),
  remove: deleteInvitation,
};

/** Invites an address with a role. The caller has checked the actor manages the process. */
export async function invitePerson(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  input: { email: string; role: ProcessRole },
): Promise<Result<{ id: string; email: string; role: ProcessRole }>> {
  const result = await invite(db, processes, actorId, processId, input);
  if (!result.ok) return result;
  const { id, email, role } = result.value;
  return ok({ id, email, role });
}

/** Withdraws an invitation not yet answered. */
export async function withdrawInvitation(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  invitationId: string,
): Promise<Result<{ id: string }>> {
  return withdraw(db, processes, actorId, processId, invitationId);
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
  reply: 'accept' | 'decline',
): Promise<Result<{ processId: string }>> {
  const result = await answer(db, processes, user, invitationId, reply);
  return result.ok ? ok({ processId: result.value.spaceId }) : result;
}

/** An invitation sent to the signed-in person, as their list shows it. */
export interface MyInvitation {
  id: string;
  processId: string;
  processTitle: string;
  role: ProcessRole;
  invitedBy: string | null;
  createdAt: string;
}

/** The invitations waiting for `user`'s answer, oldest first. */
export async function loadMyInvitations(db: Kysely<Database>, user: SignedInUser): Promise<MyInvitation[]> {
  const rows = await listInvitationsTo(db, normaliseEmail(user.email));
  return rows.map((r) => ({
    id: r.id,
    processId: r.process_id,
    processTitle: r.process_title,
    role: r.role,
    invitedBy: r.inviter_name,
    createdAt: r.created_at,
  }));
}
