import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/database.ts';
import type { OrganisationType } from '../organisations/index.ts';
import { visibleProcesses } from './process.access.ts';
import type { AreaRow, ProcessesTable, ProcessRow } from './process.table.ts';

/** A process with what a page or API answer shows beside it: country, area, lead organisation. */
export interface ProcessListRow extends ProcessRow {
  country_alpha2: string;
  country_name_en: string;
  area_name: string | null;
  area_level: AreaRow['level'] | null;
  area_parent_id: string | null;
  lead_name: string | null;
}

function withContext(db: Kysely<Database>) {
  return db
    .selectFrom('processes')
    .innerJoin('countries', 'countries.alpha3', 'processes.country_alpha3')
    .leftJoin('areas', 'areas.id', 'processes.area_id')
    .leftJoin('organisations', 'organisations.id', 'processes.lead_organisation_id')
    .selectAll('processes')
    .select([
      'countries.alpha2 as country_alpha2',
      'countries.name_en as country_name_en',
      'areas.name as area_name',
      'areas.level as area_level',
      'areas.parent_id as area_parent_id',
      'organisations.name as lead_name',
    ]);
}

export interface ProcessFilter {
  country?: string;
  level?: 'national' | 'local';
  /** Processes tagged with any of these terms. */
  termIds?: string[];
}

function filtered(db: Kysely<Database>, actor: Actor, filter: ProcessFilter) {
  return withContext(db)
    .where(visibleProcesses(actor))
    .$if(filter.country !== undefined, (q) => q.where('processes.country_alpha3', '=', filter.country!))
    .$if(filter.level === 'national', (q) => q.where('processes.area_id', 'is', null))
    .$if(filter.level === 'local', (q) => q.where('processes.area_id', 'is not', null))
    .$if(filter.termIds !== undefined, (q) =>
      q.where('processes.id', 'in', (eb) =>
        eb
          .selectFrom('taggings')
          .select('taggings.entity_id')
          .where('taggings.entity_type', '=', 'process')
          .where('taggings.term_id', 'in', filter.termIds!.length ? filter.termIds! : ['-']),
      ),
    );
}

export async function findProcessRow(db: Kysely<Database>, id: string): Promise<ProcessListRow | undefined> {
  return withContext(db).where('processes.id', '=', id).executeTakeFirst();
}

/** One page of the processes the actor may see, by title, with the total for the pager. */
export async function listProcessPage(
  db: Kysely<Database>,
  actor: Actor,
  filter: ProcessFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: ProcessListRow[]; total: number }> {
  const [rows, count] = await Promise.all([
    filtered(db, actor, filter)
      .orderBy('processes.title')
      .orderBy('processes.id')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    filtered(db, actor, filter)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Newest first, after the `(created_at, id)` cursor: stable while others add processes. */
export async function listProcessesAfter(
  db: Kysely<Database>,
  actor: Actor,
  filter: ProcessFilter,
  cursor: { createdAt: string; id: string } | null,
  limit: number,
): Promise<ProcessListRow[]> {
  return filtered(db, actor, filter)
    .$if(cursor !== null, (q) =>
      q.where((eb) =>
        eb.or([
          eb('processes.created_at', '<', cursor!.createdAt),
          eb.and([eb('processes.created_at', '=', cursor!.createdAt), eb('processes.id', '<', cursor!.id)]),
        ]),
      ),
    )
    .orderBy('processes.created_at', 'desc')
    .orderBy('processes.id', 'desc')
    .limit(limit)
    .execute();
}

export async function countPublicProcesses(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('processes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('visibility', '=', 'public')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Processes the actor may see among `ids` (to show paired processes without leaking others). */
export async function visibleAmong(
  db: Kysely<Database>,
  actor: Actor,
  ids: string[],
): Promise<ProcessListRow[]> {
  if (ids.length === 0) return [];
  return withContext(db)
    .where(visibleProcesses(actor))
    .where('processes.id', 'in', ids)
    .orderBy('processes.title')
    .execute();
}

/** Countries that have at least one process the actor may see (for the list's filter). */
export async function countriesWithProcesses(
  db: Kysely<Database>,
  actor: Actor,
): Promise<{ alpha3: string; alpha2: string; name_en: string }[]> {
  return db
    .selectFrom('countries')
    .select(['countries.alpha3', 'countries.alpha2', 'countries.name_en'])
    .where('countries.alpha3', 'in', (eb) =>
      eb.selectFrom('processes').select('processes.country_alpha3').where(visibleProcesses(actor)),
    )
    .execute();
}

export async function insertProcess(
  trx: Transaction<Database>,
  row: Omit<ProcessesTable, 'version'>,
): Promise<void> {
  await trx.insertInto('processes').values(row).execute();
}

/** Updates a process only if it still has `version`; returns false when someone saved first. */
export async function updateProcessRow(
  trx: Transaction<Database>,
  id: string,
  version: number,
  values: Partial<Omit<ProcessesTable, 'id' | 'version' | 'created_at' | 'created_by'>>,
): Promise<boolean> {
  const result = await trx
    .updateTable('processes')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Takes the process row's write lock for the rest of the transaction (PostgreSQL; SQLite already
 * serialises writers), so checks such as "at least one owner stays" cannot race. False when the
 * process does not exist.
 */
export async function lockProcess(trx: Transaction<Database>, id: string): Promise<boolean> {
  const result = await trx
    .updateTable('processes')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// ---- Areas ----

export async function findArea(db: Kysely<Database>, id: string): Promise<AreaRow | undefined> {
  return db.selectFrom('areas').selectAll().where('id', '=', id).executeTakeFirst();
}

/** All areas, or those of one country, by country and name (for the area pickers). */
export async function listAreas(db: Kysely<Database>, countryAlpha3?: string): Promise<AreaRow[]> {
  return db
    .selectFrom('areas')
    .selectAll()
    .$if(countryAlpha3 !== undefined, (q) => q.where('country_alpha3', '=', countryAlpha3!))
    .orderBy('country_alpha3')
    .orderBy('name')
    .limit(2000)
    .execute();
}

export async function insertArea(trx: Transaction<Database>, row: AreaRow): Promise<void> {
  await trx.insertInto('areas').values(row).execute();
}

// ---- Lookups in other modules' tables ----

export async function countryExists(db: Kysely<Database>, alpha3: string): Promise<boolean> {
  return (
    (await db.selectFrom('countries').select('alpha3').where('alpha3', '=', alpha3).executeTakeFirst()) !==
    undefined
  );
}

export async function findOrganisationName(
  db: Kysely<Database>,
  id: string,
): Promise<{ id: string; name: string; acronym: string | null } | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'acronym'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export interface OrganisationChoice {
  id: string;
  name: string;
  acronym: string | null;
  type: string;
  country_alpha3: string | null;
}

/**
 * Organisations to choose from in a select: those of the country (when given) and international
 * ones first, then the rest, by name. Capped so a form stays light; see the report for a search.
 */
export async function organisationChoices(
  db: Kysely<Database>,
  options: { countryAlpha3?: string; types?: OrganisationType[]; limit?: number } = {},
): Promise<OrganisationChoice[]> {
  return db
    .selectFrom('organisations')
    .select(['id', 'name', 'acronym', 'type', 'country_alpha3'])
    .$if(options.types !== undefined, (q) => q.where('type', 'in', options.types!))
    .$if(options.countryAlpha3 !== undefined, (q) =>
      q.where((eb) =>
        eb.or([eb('country_alpha3', '=', options.countryAlpha3!), eb('country_alpha3', 'is', null)]),
      ),
    )
    .orderBy('name')
    .limit(options.limit ?? 1000)
    .execute();
}

/** Processes the actor may see in other countries: candidates for a pairing with `processId`. */
export async function pairCandidates(
  db: Kysely<Database>,
  actor: Actor,
  process: { id: string; countryAlpha3: string },
): Promise<ProcessListRow[]> {
  return withContext(db)
    .where(visibleProcesses(actor))
    .where('processes.country_alpha3', '!=', process.countryAlpha3)
    .where('processes.id', '!=', process.id)
    .orderBy('countries.name_en')
    .orderBy('processes.title')
    .limit(500)
    .execute();
}
