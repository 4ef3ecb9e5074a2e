import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { CountryNarrativeRow, CountryNarrativeVersionRow } from './profile.table.ts';

/** Queries behind the profile's narrative block and who may edit it. */

export async function findNarrative(
  db: Kysely<Database>,
  alpha3: string,
): Promise<CountryNarrativeRow | undefined> {
  return db
    .selectFrom('country_narratives')
    .selectAll()
    .where('country_alpha3', '=', alpha3)
    .executeTakeFirst();
}

export async function insertNarrative(
  trx: Transaction<Database>,
  row: { alpha3: string; body: string; lang: string; at: string; by: string | null },
): Promise<boolean> {
  const result = await trx
    .insertInto('country_narratives')
    .values({
      country_alpha3: row.alpha3,
      body: row.body,
      lang: row.lang,
      version: 1,
      created_at: row.at,
      updated_at: row.at,
      updated_by: row.by,
    })
    .onConflict((oc) => oc.column('country_alpha3').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Updates only when the stored version is the one the editor started from; false otherwise. */
export async function updateNarrative(
  trx: Transaction<Database>,
  row: { alpha3: string; body: string; lang: string; version: number; at: string; by: string | null },
): Promise<boolean> {
  const result = await trx
    .updateTable('country_narratives')
    .set((eb) => ({
      body: row.body,
      lang: row.lang,
      version: eb('version', '+', 1),
      updated_at: row.at,
      updated_by: row.by,
    }))
    .where('country_alpha3', '=', row.alpha3)
    .where('version', '=', row.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Whether an administrator or moderator named the user to the country team of this country's
 * profile (decision 43). Belonging to an organisation of any type gives no such right.
 */
export async function isCountryEditor(
  db: Kysely<Database>,
  userId: string,
  alpha3: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('country_editors')
    .select('id')
    .where('user_id', '=', userId)
    .where('country_alpha3', '=', alpha3)
    .executeTakeFirst();
  return row !== undefined;
}

/** Keeps one saved text in the narrative's history, in the transaction that saved it. */
export async function insertNarrativeVersion(
  trx: Transaction<Database>,
  row: CountryNarrativeVersionRow,
): Promise<void> {
  await trx.insertInto('country_narrative_versions').values(row).execute();
}

/** A narrative's history, newest first, with the names of who wrote each version. */
export async function listNarrativeVersions(db: Kysely<Database>, alpha3: string) {
  return db
    .selectFrom('country_narrative_versions as v')
    .leftJoin('users as u', 'u.id', 'v.created_by')
    .selectAll('v')
    .select('u.name as author')
    .where('v.country_alpha3', '=', alpha3)
    .orderBy('v.version', 'desc')
    .execute();
}

export async function findNarrativeVersion(
  db: Kysely<Database>,
  alpha3: string,
  version: number,
): Promise<CountryNarrativeVersionRow | undefined> {
  return db
    .selectFrom('country_narrative_versions')
    .selectAll()
    .where('country_alpha3', '=', alpha3)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** Name of the user who last changed the narrative, for "last updated by". */
export async function userName(db: Kysely<Database>, id: string | null): Promise<string | null> {
  if (!id) return null;
  const row = await db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}
