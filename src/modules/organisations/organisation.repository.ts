import type { Expression, Kysely, Transaction } from 'kysely';
import type { DialectName } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { containsText } from '../../db/dialect.ts';
import type { OrganisationRow, OrganisationsTable, OrganisationType } from './organisation.table.ts';

/** What the directory, the CSV download and the API filter on. */
export interface OrganisationFilter {
  type?: OrganisationType;
  country?: string;
  q?: string;
}

/** Where a keyset page starts: after this (name, id). */
export interface OrganisationCursor {
  name: string;
  id: string;
}

// Every list is ordered by name then id: id breaks ties between equal names, so pages are stable.
// The (name, id, acronym), (type, name, id) and (country_alpha3, name, id) indexes (migration 0201)
// serve each list in that order.
function filtered(db: Kysely<Database>, dialect: DialectName, filter: OrganisationFilter) {
  return db
    .selectFrom('organisations')
    .$if(filter.type !== undefined, (q) => q.where('type', '=', filter.type!))
    .$if(filter.country !== undefined, (q) => q.where('country_alpha3', '=', filter.country!))
    .$if(Boolean(filter.q), (q) =>
      q.where((eb) =>
        eb.or([
          containsText(dialect, eb.ref('name'), filter.q!),
          containsText(dialect, eb.ref('acronym') as Expression<string>, filter.q!),
        ]),
      ),
    );
}

/**
 * One page of the directory, by offset (the HTML list shows page numbers and a total). The page's
 * ids are found in the index first and only those rows are read: skipping 19,950 rows by offset
 * then costs an index walk, not 19,950 row reads.
 */
export async function listOrganisations(
  db: Kysely<Database>,
  dialect: DialectName,
  filter: OrganisationFilter,
  page: { offset: number; limit: number },
): Promise<OrganisationRow[]> {
  const ids = filtered(db, dialect, filter)
    .select('id')
    .orderBy('name')
    .orderBy('id')
    .limit(page.limit)
    .offset(page.offset);
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** One page after a cursor (the API), `limit` rows at most. */
export async function listOrganisationsAfter(
  db: Kysely<Database>,
  dialect: DialectName,
  filter: OrganisationFilter,
  cursor: OrganisationCursor | null,
  limit: number,
): Promise<OrganisationRow[]> {
  return filtered(db, dialect, filter)
    .selectAll()
    .$if(cursor !== null, (q) =>
      q.where((eb) => eb(eb.refTuple('name', 'id'), '>', eb.tuple(cursor!.name, cursor!.id))),
    )
    .orderBy('name')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** The columns of the CSV download. */
export type DirectoryEntry = Pick<
  OrganisationRow,
  'id' | 'name' | 'acronym' | 'type' | 'country_alpha3' | 'website'
>;

/** Every matching organisation, for the CSV download (without descriptions: they can be long). */
export async function listAllOrganisations(
  db: Kysely<Database>,
  dialect: DialectName,
  filter: OrganisationFilter,
): Promise<DirectoryEntry[]> {
  return filtered(db, dialect, filter)
    .select(['id', 'name', 'acronym', 'type', 'country_alpha3', 'website'])
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export async function countOrganisations(
  db: Kysely<Database>,
  dialect: DialectName,
  filter: OrganisationFilter = {},
): Promise<number> {
  const row = await filtered(db, dialect, filter)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findOrganisation(
  db: Kysely<Database>,
  id: string,
): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findOrganisationByName(
  db: Kysely<Database>,
  name: string,
): Promise<OrganisationRow | undefined> {
  return db.selectFrom('organisations').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function insertOrganisation(trx: Transaction<Database>, row: OrganisationRow): Promise<void> {
  await trx.insertInto('organisations').values(row).execute();
}

/** Writes the changes only if nobody saved since `version` was read; false when someone did. */
export async function updateOrganisationIfVersion(
  trx: Transaction<Database>,
  id: string,
  version: number,
  changes: Partial<Omit<OrganisationsTable, 'id' | 'version' | 'created_at' | 'created_by'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('organisations')
    .set((eb) => ({ ...changes, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Locks the organisation row until the transaction ends (PostgreSQL), so two owners changing
 * memberships at once cannot both remove "the other" last owner. SQLite runs one writer at a time.
 */
export async function lockOrganisation(
  trx: Transaction<Database>,
  dialect: DialectName,
  id: string,
): Promise<boolean> {
  const row = await trx
    .selectFrom('organisations')
    .select('id')
    .where('id', '=', id)
    .$if(dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
  return row !== undefined;
}

/** The first organisations based in a country, by name, for its country page. */
export async function listOrganisationsInCountry(
  db: Kysely<Database>,
  alpha3: string,
  limit: number,
): Promise<OrganisationRow[]> {
  return db
    .selectFrom('organisations')
    .selectAll()
    .where('country_alpha3', '=', alpha3)
    .orderBy('name')
    .orderBy('id')
    .limit(limit)
    .execute();
}
