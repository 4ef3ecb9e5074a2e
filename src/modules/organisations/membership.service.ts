import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/connection.ts';
import {
  countMembers,
  deleteMembership,
  findMembershipRole,
  updateMembershipRole,
} from './membership.repository.ts';
import { lockOrganisation } from './organisation.repository.ts';
import { type CommandResult, failure } from './organisation.service.ts';
import type { MembershipRole } from './organisation.table.ts';

/*
 * Membership commands. Access (owners and admins only) is checked by the caller. Each command
 * locks the organisation row first, so the "at least one owner" rule holds under concurrent
 * requests, and writes its audit row in the same transaction.
 */

/** Would this change leave the organisation without an owner? */
async function isLastOwner(db: Db['kysely'], organisationId: string, role: MembershipRole | null) {
  return role === 'owner' && (await countMembers(db, organisationId, 'owner')) <= 1;
}

/** Gives a member another role; the last owner cannot step down. */
export async function changeMemberRole(
  db: Db,
  actorId: string | null,
  organisationId: string,
  userId: string,
  role: MembershipRole,
): Promise<CommandResult<null>> {
  return db.kysely.transaction().execute(async (trx) => {
    if (!(await lockOrganisation(trx, db.dialect, organisationId))) return failure('NotFound');
    const current = await findMembershipRole(trx, organisationId, userId);
    if (current === null) return failure('NotFound');
    if (current === role) return { ok: true as const, value: null };
    if (await isLastOwner(trx, organisationId, current))
      return failure('LastOwner', { _form: 'org.members.error.lastOwner' });
    await updateMembershipRole(trx, organisationId, userId, role);
    await recordAudit(trx, {
      actorId,
      action: 'organisation.member.role',
      entityType: 'organisation',
      entityId: organisationId,
      before: { userId, role: current },
      after: { userId, role },
    });
    return { ok: true as const, value: null };
  });
}

/** Removes a member; the last owner cannot be removed. */
export async function removeMember(
  db: Db,
  actorId: string | null,
  organisationId: string,
  userId: string,
): Promise<CommandResult<null>> {
  return db.kysely.transaction().execute(async (trx) => {
    if (!(await lockOrganisation(trx, db.dialect, organisationId))) return failure('NotFound');
    const current = await findMembershipRole(trx, organisationId, userId);
    if (current === null) return failure('NotFound');
    if (await isLastOwner(trx, organisationId, current))
      return failure('LastOwner', { _form: 'org.members.error.lastOwner' });
    await deleteMembership(trx, organisationId, userId);
    await recordAudit(trx, {
      actorId,
      action: 'organisation.member.remove',
      entityType: 'organisation',
      entityId: organisationId,
      before: { userId, role: current },
    });
    return { ok: true as const, value: null };
  });
}
