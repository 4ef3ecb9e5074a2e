import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { CountriesTable } from './country.table.ts';

/** Inserts missing countries and refreshes names and regions of existing ones. */
export async function upsertCountries(db: Kysely<Database>, rows: CountriesTable[]): Promise<void> {
  const existing = await db
    .selectFrom('countries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) === rows.length) return;
  await db.transaction().execute(async (trx) => {
    for (const row of rows) {
      await trx
        .insertInto('countries')
        .values(row)
        .onConflict((oc) =>
          oc.column('alpha3').doUpdateSet({
            name_en: row.name_en,
            region_code: row.region_code,
            region_name: row.region_name,
            subregion_code: row.subregion_code,
            subregion_name: row.subregion_name,
            un_member: row.un_member,
          }),
        )
        .execute();
    }
  });
}

export async function listCountries(
  db: Kysely<Database>,
  filter: { regionCode?: string } = {},
): Promise<CountriesTable[]> {
  return db
    .selectFrom('countries')
    .selectAll()
    .$if(filter.regionCode !== undefined, (q) => q.where('region_code', '=', filter.regionCode!))
    .orderBy('name_en')
    .execute();
}

export async function findCountry(db: Kysely<Database>, alpha3: string): Promise<CountriesTable | undefined> {
  return db.selectFrom('countries').selectAll().where('alpha3', '=', alpha3.toUpperCase()).executeTakeFirst();
}

export async function countCountries(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('countries')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
