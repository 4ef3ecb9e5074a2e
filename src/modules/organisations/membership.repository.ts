import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { MembershipRole } from './organisation.table.ts';

export interface MemberRow {
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
  since: string;
}

/** The actor's role in the organisation, or null when they are not a member. */
export async function findMembershipRole(
  db: Kysely<Database>,
  organisationId: string,
  userId: string | null,
): Promise<MembershipRole | null> {
  if (!userId) return null;
  const row = await db
    .selectFrom('memberships')
    .select('role')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

const ROLE_ORDER: Record<MembershipRole, number> = { owner: 0, editor: 1, member: 2 };

/** Members with their names, owners first, then editors, then members, each by name. */
export async function listMembers(db: Kysely<Database>, organisationId: string): Promise<MemberRow[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.user_id as userId',
      'users.name',
      'users.email',
      'memberships.role',
      'memberships.created_at as since',
    ])
    .where('memberships.organisation_id', '=', organisationId)
    .orderBy('users.name')
    .orderBy('users.id')
    .execute();
  return rows.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

export async function countMembers(
  db: Kysely<Database>,
  organisationId: string,
  role?: MembershipRole,
): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .$if(role !== undefined, (q) => q.where('role', '=', role!))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertMembership(
  trx: Transaction<Database>,
  row: { organisationId: string; userId: string; role: MembershipRole; createdAt: string },
): Promise<void> {
  await trx
    .insertInto('memberships')
    .values({
      organisation_id: row.organisationId,
      user_id: row.userId,
      role: row.role,
      created_at: row.createdAt,
    })
    .execute();
}

export async function updateMembershipRole(
  trx: Transaction<Database>,
  organisationId: string,
  userId: string,
  role: MembershipRole,
): Promise<void> {
  await trx
    .updateTable('memberships')
    .set({ role })
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMembership(
  trx: Transaction<Database>,
  organisationId: string,
  userId: string,
): Promise<void> {
  await trx
    .deleteFrom('memberships')
    .where('organisation_id', '=', organisationId)
    .where('user_id', '=', userId)
    .execute();
}
