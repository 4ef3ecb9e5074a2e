import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Country-team rights given explicitly, and the history of each narrative (trust fixes, decision
 * 43). Numbers 0760–0769 of the data views.
 */
export const narrativeMigrations: Record<string, Migration> = {
  '2026-12-07-0760-country-editors': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('country_editors')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('country_alpha3', 'text', (c) => c.notNull().references('countries.alpha3'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('granted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('granted_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('country_editors_country_user_key', ['country_alpha3', 'user_id'])
        .execute();
      await db.schema
        .createIndex('country_editors_user_idx')
        .on('country_editors')
        .column('user_id')
        .execute();
    },
  },
  '2026-12-07-0761-country-narrative-versions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('country_narrative_versions')
        .addColumn('country_alpha3', 'text', (c) => c.notNull().references('countries.alpha3'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('lang', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('reverted_from', 'integer')
        .addPrimaryKeyConstraint('country_narrative_versions_pkey', ['country_alpha3', 'version'])
        .execute();
      // The text saved before history was kept becomes the first entry of its history.
      await sql`INSERT INTO country_narrative_versions (country_alpha3, version, body, lang, created_at, created_by)
        SELECT country_alpha3, version, body, lang, updated_at, updated_by FROM country_narratives`.execute(
        db,
      );
    },
  },
};
