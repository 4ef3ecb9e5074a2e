import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { ProcessInvitationRow } from './process.table.ts';

/** Queries of invitations to processes (decision 45). */

/** A process's invitations waiting for an answer, oldest first. */
export async function listProcessInvitations(
  db: Kysely<Database>,
  processId: string,
): Promise<ProcessInvitationRow[]> {
  return db
    .selectFrom('process_invitations')
    .selectAll()
    .where('process_id', '=', processId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The invitations sent to an address, with the process's title and who sent them. */
export async function listInvitationsTo(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('process_invitations as i')
    .innerJoin('processes as p', 'p.id', 'i.process_id')
    .leftJoin('users as u', 'u.id', 'i.invited_by')
    .selectAll('i')
    .select(['p.title as process_title', 'u.name as inviter_name'])
    .where('i.email', '=', email)
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute();
}

export async function countInvitationsTo(db: Kysely<Database>, email: string): Promise<number> {
  const row = await db
    .selectFrom('process_invitations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findInvitation(
  db: Kysely<Database>,
  id: string,
): Promise<ProcessInvitationRow | undefined> {
  return db.selectFrom('process_invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findInvitationOf(
  db: Kysely<Database>,
  processId: string,
  email: string,
): Promise<ProcessInvitationRow | undefined> {
  return db
    .selectFrom('process_invitations')
    .selectAll()
    .where('process_id', '=', processId)
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function insertInvitation(trx: Transaction<Database>, row: ProcessInvitationRow): Promise<void> {
  await trx.insertInto('process_invitations').values(row).execute();
}

/** Deletes an invitation; false when it was already answered or withdrawn. */
export async function deleteInvitation(trx: Transaction<Database>, id: string): Promise<boolean> {
  const result = await trx.deleteFrom('process_invitations').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
