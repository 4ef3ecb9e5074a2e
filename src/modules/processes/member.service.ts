import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { invalid, notFound, ok, type Result, transact } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import {
  countOwners,
  deleteMember,
  findMember,
  findMembership,
  insertMember,
  updateMemberRole,
} from './member.repository.ts';
import { findOrganisationName, lockProcess } from './process.repository.ts';
import type { ProcessRole } from './process.table.ts';

/**
 * Lists an organisation on a process with a role everyone in it gets (at most member, decision
 * 44). People are invited by email instead, and join when they accept (`invitePerson`).
 */
export async function addOrganisation(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  input: { organisationId: string; role: ProcessRole },
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    if (input.role === 'owner') return invalid({ role: 'process.members.error.organisationOwner' });
    const organisation = await findOrganisationName(trx, input.organisationId);
    if (!organisation) return invalid({ organisationId: 'process.members.error.organisation' });
    if (await findMembership(trx, processId, { organisationId: organisation.id }))
      return invalid({ organisationId: 'process.members.error.already' });
    const row = {
      id: newId(),
      process_id: processId,
      user_id: null,
      organisation_id: organisation.id,
      role: input.role,
      created_at: now(),
    };
    await insertMember(trx, row);
    await recordAudit(trx, {
      actorId,
      action: 'process-member.create',
      entityType: 'process',
      entityId: processId,
      after: {
        member: row.id,
        user: null,
        organisation: row.organisation_id,
        who: organisation.name,
        role: row.role,
      },
    });
    return ok({ id: row.id });
  });
}

/** Changes a member's role; the last owner cannot stop being one. */
export async function changeMemberRole(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  memberId: string,
  role: ProcessRole,
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    await lockProcess(trx, processId);
    const member = await findMember(trx, processId, memberId);
    if (!member) return notFound();
    if (member.organisation_id !== null && role === 'owner')
      return invalid({ role: 'process.members.error.organisationOwner' });
    if (member.role === 'owner' && role !== 'owner' && (await countOwners(trx, processId)) <= 1)
      return invalid({ role: 'process.members.error.lastOwner' });
    await updateMemberRole(trx, memberId, role);
    await recordAudit(trx, {
      actorId,
      action: 'process-member.update',
      entityType: 'process',
      entityId: processId,
      before: { member: memberId, role: member.role },
      after: { member: memberId, role },
    });
    return ok({ id: memberId });
  });
}

/** Removes a member; the last owner cannot be removed. */
export async function removeMember(
  db: Kysely<Database>,
  actorId: string | null,
  processId: string,
  memberId: string,
): Promise<Result<{ id: string }>> {
  return transact(db, async (trx) => {
    await lockProcess(trx, processId);
    const member = await findMember(trx, processId, memberId);
    if (!member) return notFound();
    if (member.role === 'owner' && (await countOwners(trx, processId)) <= 1)
      return invalid({ _form: 'process.members.error.lastOwner' });
    await deleteMember(trx, memberId);
    await recordAudit(trx, {
      actorId,
      action: 'process-member.delete',
      entityType: 'process',
      entityId: processId,
      before: {
        member: memberId,
        user: member.user_id,
        organisation: member.organisation_id,
        who: member.user_email ?? member.organisation_name,
        role: member.role,
      },
    });
    return ok({ id: memberId });
  });
}
