import { recordAudit } from '../../audit/audit.repository.ts';
import { notFound, ok, type Result, refused, transact } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import {
  countMembers,
  deleteMembership,
  findMembershipRole,
  updateMembershipRole,
} from './membership.repository.ts';
import { lockOrganisation } from './organisation.repository.ts';
import type { MembershipRole } from './organisation.table.ts';

/*
 * Membership commands. Access (owners and admins only) is checked by the caller. Each command
 * locks the organisation row first, so the "at least one owner" rule holds under concurrent
 * requests, and writes its audit row in the same transaction.
 */

/** The refusal to leave an organisation without an owner, said about the list of members. */
export const LAST_OWNER = { members: 'org.members.error.lastOwner' };

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
): Promise<Result<null>> {
  return transact(db.kysely, async (trx) => {
    if (!(await lockOrganisation(trx, db.dialect, organisationId))) return notFound();
    const current = await findMembershipRole(trx, organisationId, userId);
    if (current === null) return notFound();
    if (current === role) return ok(null);
    if (await isLastOwner(trx, organisationId, current)) return refused(LAST_OWNER);
    await updateMembershipRole(trx, organisationId, userId, role);
    await recordAudit(trx, {
      actorId,
      action: 'organisation.member.role',
      entityType: 'organisation',
      entityId: organisationId,
      before: { userId, role: current },
      after: { userId, role },
    });
    return ok(null);
  });
}

/** Removes a member; the last owner cannot be removed. */
export async function removeMember(
  db: Db,
  actorId: string | null,
  organisationId: string,
  userId: string,
): Promise<Result<null>> {
  return transact(db.kysely, async (trx) => {
    if (!(await lockOrganisation(trx, db.dialect, organisationId))) return notFound();
    const current = await findMembershipRole(trx, organisationId, userId);
    if (current === null) return notFound();
    if (await isLastOwner(trx, organisationId, current)) return refused(LAST_OWNER);
    await deleteMembership(trx, organisationId, userId);
    await recordAudit(trx, {
      actorId,
      action: 'organisation.member.remove',
      entityType: 'organisation',
      entityId: organisationId,
      before: { userId, role: current },
    });
    return ok(null);
  });
}
