import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { ProcessMembersTable, ProcessRole } from './process.table.ts';

/** A member row with the person's or organisation's name. */
export interface MemberListRow extends ProcessMembersTable {
  user_name: string | null;
  user_email: string | null;
  organisation_name: string | null;
  /** For an organisation: how many people it has, all of whom get its role in the process. */
  organisation_people: number | string | null;
}

function membersQuery(db: Kysely<Database>, processId: string) {
  return db
    .selectFrom('process_members')
    .leftJoin('users', 'users.id', 'process_members.user_id')
    .leftJoin('organisations', 'organisations.id', 'process_members.organisation_id')
    .selectAll('process_members')
    .select([
      'users.name as user_name',
      'users.email as user_email',
      'organisations.name as organisation_name',
      (eb) =>
        eb
          .selectFrom('memberships')
          .select((c) => c.fn.countAll<number>().as('n'))
          .whereRef('memberships.organisation_id', '=', 'process_members.organisation_id')
          .as('organisation_people'),
    ])
    .where('process_members.process_id', '=', processId);
}

export async function listMembers(db: Kysely<Database>, processId: string): Promise<MemberListRow[]> {
  return membersQuery(db, processId)
    .orderBy('process_members.created_at')
    .orderBy('process_members.id')
    .execute();
}

export async function findMember(
  db: Kysely<Database>,
  processId: string,
  memberId: string,
): Promise<MemberListRow | undefined> {
  return membersQuery(db, processId).where('process_members.id', '=', memberId).executeTakeFirst();
}

export async function countMembers(db: Kysely<Database>, processId: string): Promise<number> {
  const row = await db
    .selectFrom('process_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('process_id', '=', processId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countOwners(db: Kysely<Database>, processId: string): Promise<number> {
  const row = await db
    .selectFrom('process_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('process_id', '=', processId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The existing membership of a person or an organisation, to refuse inviting them twice. */
export async function findMembership(
  db: Kysely<Database>,
  processId: string,
  who: { userId?: string; organisationId?: string },
): Promise<ProcessMembersTable | undefined> {
  return db
    .selectFrom('process_members')
    .selectAll()
    .where('process_id', '=', processId)
    .$if(who.userId !== undefined, (q) => q.where('user_id', '=', who.userId!))
    .$if(who.organisationId !== undefined, (q) => q.where('organisation_id', '=', who.organisationId!))
    .executeTakeFirst();
}

export async function insertMember(trx: Transaction<Database>, row: ProcessMembersTable): Promise<void> {
  await trx.insertInto('process_members').values(row).execute();
}

export async function updateMemberRole(
  trx: Transaction<Database>,
  id: string,
  role: ProcessRole,
): Promise<void> {
  await trx.updateTable('process_members').set({ role }).where('id', '=', id).execute();
}

export async function deleteMember(trx: Transaction<Database>, id: string): Promise<void> {
  await trx.deleteFrom('process_members').where('id', '=', id).execute();
}
