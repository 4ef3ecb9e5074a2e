import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { CountryNarrativeRow } from './profile.table.ts';

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
 * Whether the user is an owner or editor of a national-government organisation based in the
 * country (the country team that owns its profile).
 */
export async function isCountryTeamEditor(
  db: Kysely<Database>,
  userId: string,
  alpha3: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('memberships as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select('o.id')
    .where('m.user_id', '=', userId)
    .where('m.role', 'in', ['owner', 'editor'])
    .where('o.type', '=', 'national-government')
    .where('o.country_alpha3', '=', alpha3)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Name of the user who last changed the narrative, for "last updated by". */
export async function userName(db: Kysely<Database>, id: string | null): Promise<string | null> {
  if (!id) return null;
  const row = await db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}
