import { type Kysely, type Migration, PostgresAdapter, sql } from 'kysely';

/**
 * Indexes behind the administration screens, so they stay fast with 100,000 users: each list
 * order (and its keyset cursor) reads an index instead of sorting the table.
 */
export const adminMigrations: Record<string, Migration> = {
  '2026-11-29-0400-admin-indexes': {
    async up(db: Kysely<unknown>) {
      // Users list, newest first (the default) and by name; ids break ties for stable pages.
      await db.schema.createIndex('users_created_id_idx').on('users').columns(['created_at', 'id']).execute();
      await db.schema.createIndex('users_name_id_idx').on('users').columns(['name', 'id']).execute();
      // Filtering by role: admins and moderators are few among many users.
      await db.schema
        .createIndex('users_role_created_idx')
        .on('users')
        .columns(['role', 'created_at'])
        .execute();
      // Audit log viewer: by actor, and by entity type, both newest first.
      await db.schema
        .createIndex('audit_log_actor_at_idx')
        .on('audit_log')
        .columns(['actor_id', 'at'])
        .execute();
      await db.schema
        .createIndex('audit_log_type_at_idx')
        .on('audit_log')
        .columns(['entity_type', 'at'])
        .execute();
      // Open invitations.
      await db.schema
        .createIndex('one_time_tokens_kind_idx')
        .on('one_time_tokens')
        .columns(['kind', 'used_at', 'expires_at'])
        .execute();
      if (db.getExecutor().adapter instanceof PostgresAdapter) await trigramIndexes(db);
    },
  },
};

/**
 * PostgreSQL only: trigram indexes so the users search (`ILIKE '%text%'` on name and email) does
 * not read all 100,000 rows. pg_trgm ships with PostgreSQL's contrib package; where it is missing
 * or may not be created, the search still works, only slower, so a failure here is not fatal.
 * SQLite has no such index; its LIKE scan of 100,000 rows takes about 50 ms here.
 */
async function trigramIndexes(db: Kysely<unknown>): Promise<void> {
  // Migrations run in a transaction on PostgreSQL: a savepoint keeps a failure from aborting it.
  let savepoint = true;
  try {
    await sql`SAVEPOINT admin_trgm`.execute(db);
  } catch {
    savepoint = false;
  }
  try {
    await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
    await sql`CREATE INDEX users_name_trgm_idx ON users USING gin (name gin_trgm_ops)`.execute(db);
    await sql`CREATE INDEX users_email_trgm_idx ON users USING gin (email gin_trgm_ops)`.execute(db);
    if (savepoint) await sql`RELEASE SAVEPOINT admin_trgm`.execute(db);
  } catch {
    if (savepoint) await sql`ROLLBACK TO SAVEPOINT admin_trgm`.execute(db);
  }
}
