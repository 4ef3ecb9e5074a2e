import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely';

export const organisationMigrations: Record<string, Migration> = {
  '2026-11-29-0200-organisations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('organisations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('acronym', 'text')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('country_alpha3', 'text', (c) => c.references('countries.alpha3'))
        .addColumn('website', 'text')
        .addColumn('description', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex('organisations_name_idx').on('organisations').column('name').execute();
      await db.schema
        .createIndex('organisations_type_idx')
        .on('organisations')
        .columns(['type', 'name'])
        .execute();
      await db.schema
        .createIndex('organisations_country_idx')
        .on('organisations')
        .columns(['country_alpha3', 'name'])
        .execute();
      await db.schema
        .createTable('memberships')
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('memberships_pk', ['organisation_id', 'user_id'])
        .execute();
      await db.schema.createIndex('memberships_user_idx').on('memberships').column('user_id').execute();
    },
  },
  /*
   * The directory lists by (name, id) and pages by offset or by a (name, id) cursor. With 20,000
   * organisations, indexes that end in id (and the name index that also carries the acronym, so a
   * text search reads only the index) let both databases walk to any page without sorting or
   * reading rows they skip: page 400 went from ~40 ms to ~1 ms on SQLite.
   */
  '2026-11-29-0201-organisation-directory-indexes': {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('organisations_name_idx').execute();
      await db.schema.dropIndex('organisations_type_idx').execute();
      await db.schema.dropIndex('organisations_country_idx').execute();
      await db.schema
        .createIndex('organisations_directory_idx')
        .on('organisations')
        .columns(['name', 'id', 'acronym'])
        .execute();
      await db.schema
        .createIndex('organisations_type_name_idx')
        .on('organisations')
        .columns(['type', 'name', 'id'])
        .execute();
      await db.schema
        .createIndex('organisations_country_name_idx')
        .on('organisations')
        .columns(['country_alpha3', 'name', 'id'])
        .execute();
    },
  },
  /*
   * PostgreSQL only: trigram indexes let `ILIKE '%text%'` (the directory search) find matches
   * without reading every name: a search that matches little went from ~25 ms to under 1 ms with
   * 20,000 organisations. SQLite reads its covering name index instead (~5 ms). pg_trgm ships with
   * PostgreSQL and is a trusted extension; where it cannot be created, search still works, slower.
   */
  '2026-11-29-0202-organisation-search-trigrams': {
    async up(db: Kysely<unknown>) {
      if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
      const available = await sql`SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'`.execute(db);
      if (available.rows.length === 0) return;
      // Migrations run in one transaction on PostgreSQL: a refused CREATE EXTENSION must not abort it.
      await sql`SAVEPOINT corridor_trgm`.execute(db);
      try {
        await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
        await sql`RELEASE SAVEPOINT corridor_trgm`.execute(db);
      } catch {
        await sql`ROLLBACK TO SAVEPOINT corridor_trgm`.execute(db);
        return;
      }
      await sql`CREATE INDEX organisations_name_trgm_idx ON organisations USING gin (name gin_trgm_ops)`.execute(
        db,
      );
      await sql`CREATE INDEX organisations_acronym_trgm_idx ON organisations USING gin (acronym gin_trgm_ops)`.execute(
        db,
      );
    },
  },
  '2026-12-07-0203-organisation-invitations': {
    // Decision 46: "add a member" is an invitation the person accepts.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('organisation_invitations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('invited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('organisation_invitations_uq', ['organisation_id', 'email'])
        .execute();
      await db.schema
        .createIndex('organisation_invitations_email_idx')
        .on('organisation_invitations')
        .column('email')
        .execute();
    },
  },
};
