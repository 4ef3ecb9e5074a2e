import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { CountryEditorRow } from './profile.table.ts';

/** Queries of the country editors list (decision 43). */

/** Every grant, by country then name, with who holds it and who gave it. */
export async function listCountryEditors(db: Kysely<Database>) {
  return db
    .selectFrom('country_editors as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .leftJoin('users as g', 'g.id', 'e.granted_by')
    .selectAll('e')
    .select(['u.name as user_name', 'u.email as user_email', 'g.name as granted_by_name'])
    .orderBy('e.country_alpha3')
    .orderBy('u.name')
    .orderBy('e.id')
    .execute();
}

export async function findCountryEditor(
  db: Kysely<Database>,
  id: string,
): Promise<CountryEditorRow | undefined> {
  return db.selectFrom('country_editors').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Inserts a grant; false when the person already holds it (the unique key decides). */
export async function insertCountryEditor(
  trx: Transaction<Database>,
  row: CountryEditorRow,
): Promise<boolean> {
  const result = await trx
    .insertInto('country_editors')
    .values(row)
    .onConflict((oc) => oc.columns(['country_alpha3', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function deleteCountryEditor(trx: Transaction<Database>, id: string): Promise<boolean> {
  const result = await trx.deleteFrom('country_editors').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
