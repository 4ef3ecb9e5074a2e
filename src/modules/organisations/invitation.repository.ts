import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { OrganisationInvitationRow } from './organisation.table.ts';

/** Queries of invitations to join an organisation (decision 46). */

export async function listOrganisationInvitations(
  db: Kysely<Database>,
  organisationId: string,
): Promise<OrganisationInvitationRow[]> {
  return db
    .selectFrom('organisation_invitations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The invitations sent to an address, with the organisation's name and who sent them. */
export async function listOrganisationInvitationsTo(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('organisation_invitations as i')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .leftJoin('users as u', 'u.id', 'i.invited_by')
    .selectAll('i')
    .select(['o.name as organisation_name', 'u.name as inviter_name'])
    .where('i.email', '=', email)
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute();
}

export async function countOrganisationInvitationsTo(db: Kysely<Database>, email: string): Promise<number> {
  const row = await db
    .selectFrom('organisation_invitations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findOrganisationInvitation(
  db: Kysely<Database>,
  id: string,
): Promise<OrganisationInvitationRow | undefined> {
  return db.selectFrom('organisation_invitations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOrganisationInvitationOf(
  db: Kysely<Database>,
  organisationId: string,
  email: string,
): Promise<OrganisationInvitationRow | undefined> {
  return db
    .selectFrom('organisation_invitations')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function insertOrganisationInvitation(
  trx: Transaction<Database>,
  row: OrganisationInvitationRow,
): Promise<void> {
  await trx.insertInto('organisation_invitations').values(row).execute();
}

/** Deletes an invitation; false when it was already answered or withdrawn. */
export async function deleteOrganisationInvitation(trx: Transaction<Database>, id: string): Promise<boolean> {
  const result = await trx.deleteFrom('organisation_invitations').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
