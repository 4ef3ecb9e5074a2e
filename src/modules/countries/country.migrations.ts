import type { Kysely, Migration } from 'kysely';

export const countryMigrations: Record<string, Migration> = {
  '2026-11-29-0100-countries': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('countries')
        .addColumn('alpha3', 'text', (c) => c.primaryKey())
        .addColumn('alpha2', 'text', (c) => c.notNull().unique())
        .addColumn('m49', 'text', (c) => c.notNull().unique())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('region_code', 'text')
        .addColumn('region_name', 'text')
        .addColumn('subregion_code', 'text')
        .addColumn('subregion_name', 'text')
        .addColumn('un_member', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('countries_region_idx')
        .on('countries')
        .columns(['region_code', 'subregion_code'])
        .execute();
    },
  },
};
