import type { Kysely, Migration } from 'kysely';

/** Migrations of the data views (profiles, corridors, open data): numbers 0750–0799. */
export const seriesMigrations: Record<string, Migration> = {
  '2026-11-29-0750-country-narratives': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('country_narratives')
        .addColumn('country_alpha3', 'text', (c) => c.primaryKey().references('countries.alpha3'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .execute();
    },
  },
};
