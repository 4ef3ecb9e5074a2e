import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type {
  BodyMemberRow,
  BodyMembersTable,
  BodyRow,
  GovernmentMapRow,
  GovernmentMapTable,
  ProcessBodiesTable,
} from './process.table.ts';

export async function findBody(db: Kysely<Database>, processId: string): Promise<BodyRow | undefined> {
  return db.selectFrom('process_bodies').selectAll().where('process_id', '=', processId).executeTakeFirst();
}

/**
 * Writes the body if it still has `version` (0: not created yet) and returns the new version, or
 * null when someone saved first.
 */
export async function saveBodyRow(
  trx: Transaction<Database>,
  processId: string,
  version: number,
  values: Omit<ProcessBodiesTable, 'process_id' | 'version'>,
): Promise<number | null> {
  if (version === 0) {
    const existing = await findBody(trx, processId);
    if (existing) return null;
    await trx
      .insertInto('process_bodies')
      .values({ process_id: processId, ...values, version: 1 })
      .execute();
    return 1;
  }
  const result = await trx
    .updateTable('process_bodies')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('process_id', '=', processId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? version + 1 : null;
}

/**
 * Counts a change to the body's members or map in the body's version (so a whole-body PUT made
 * from an older read answers 409). Creates an untitled body when there is none yet.
 */
export async function touchBody(trx: Transaction<Database>, processId: string, at: string): Promise<void> {
  const result = await trx
    .updateTable('process_bodies')
    .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
    .where('process_id', '=', processId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    await trx
      .insertInto('process_bodies')
      .values({ process_id: processId, name: null, kind: null, mandate: null, updated_at: at, version: 1 })
      .execute();
  }
}

export interface BodyMemberListRow extends BodyMemberRow {
  organisation_name: string;
  organisation_acronym: string | null;
}

export async function listBodyMembers(db: Kysely<Database>, processId: string): Promise<BodyMemberListRow[]> {
  return db
    .selectFrom('body_members')
    .innerJoin('organisations', 'organisations.id', 'body_members.organisation_id')
    .selectAll('body_members')
    .select(['organisations.name as organisation_name', 'organisations.acronym as organisation_acronym'])
    .where('body_members.process_id', '=', processId)
    .orderBy('organisations.name')
    .execute();
}

export async function findBodyMember(
  db: Kysely<Database>,
  processId: string,
  id: string,
): Promise<BodyMemberListRow | undefined> {
  return db
    .selectFrom('body_members')
    .innerJoin('organisations', 'organisations.id', 'body_members.organisation_id')
    .selectAll('body_members')
    .select(['organisations.name as organisation_name', 'organisations.acronym as organisation_acronym'])
    .where('body_members.process_id', '=', processId)
    .where('body_members.id', '=', id)
    .executeTakeFirst();
}

export async function insertBodyMember(trx: Transaction<Database>, row: BodyMembersTable): Promise<void> {
  await trx.insertInto('body_members').values(row).execute();
}

export async function updateBodyMemberRole(
  trx: Transaction<Database>,
  id: string,
  role: BodyMembersTable['role'],
): Promise<void> {
  await trx.updateTable('body_members').set({ role }).where('id', '=', id).execute();
}

export async function deleteBodyMembers(trx: Transaction<Database>, processId: string, ids?: string[]) {
  await trx
    .deleteFrom('body_members')
    .where('process_id', '=', processId)
    .$if(ids !== undefined, (q) => q.where('id', 'in', ids!.length ? ids! : ['-']))
    .execute();
}

export interface GovernmentMapListRow extends GovernmentMapRow {
  organisation_name: string | null;
}

export async function listGovernmentMap(
  db: Kysely<Database>,
  processId: string,
): Promise<GovernmentMapListRow[]> {
  return db
    .selectFrom('government_map')
    .leftJoin('organisations', 'organisations.id', 'government_map.organisation_id')
    .selectAll('government_map')
    .select('organisations.name as organisation_name')
    .where('government_map.process_id', '=', processId)
    .orderBy('government_map.position')
    .orderBy('government_map.id')
    .execute();
}

export async function findGovernmentRow(
  db: Kysely<Database>,
  processId: string,
  id: string,
): Promise<GovernmentMapListRow | undefined> {
  return db
    .selectFrom('government_map')
    .leftJoin('organisations', 'organisations.id', 'government_map.organisation_id')
    .selectAll('government_map')
    .select('organisations.name as organisation_name')
    .where('government_map.process_id', '=', processId)
    .where('government_map.id', '=', id)
    .executeTakeFirst();
}

export async function insertGovernmentRow(
  trx: Transaction<Database>,
  row: Omit<GovernmentMapTable, 'version'>,
): Promise<void> {
  await trx.insertInto('government_map').values(row).execute();
}

export async function updateGovernmentRow(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: Partial<Omit<GovernmentMapTable, 'id' | 'process_id' | 'version' | 'created_at'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('government_map')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteGovernmentRows(trx: Transaction<Database>, processId: string, ids?: string[]) {
  await trx
    .deleteFrom('government_map')
    .where('process_id', '=', processId)
    .$if(ids !== undefined, (q) => q.where('id', 'in', ids!.length ? ids! : ['-']))
    .execute();
}

export async function nextGovernmentPosition(db: Kysely<Database>, processId: string): Promise<number> {
  const row = await db
    .selectFrom('government_map')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('process_id', '=', processId)
    .executeTakeFirst();
  return Number(row?.max ?? 0) + 1;
}
