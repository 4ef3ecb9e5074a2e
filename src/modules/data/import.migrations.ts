import type { Kysely, Migration } from 'kysely';

/**
 * What the importer records beside the 0700 schema: which importer and options produced a
 * release (so a re-run can be explained), the import's summary (counts by reason, the failure),
 * and its progress while it runs (for the progress page, which may be served by another process),
 * with a heartbeat so an import whose process died can be told from one still running.
 */
export const importMigrations: Record<string, Migration> = {
  '2026-11-29-0701-import-releases': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('releases')
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo(''))
        .execute();
      await db.schema
        .alterTable('releases')
        .addColumn('options_json', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
      await db.schema
        .alterTable('releases')
        .addColumn('summary_json', 'text', (c) => c.notNull().defaultTo('{}'))
        .execute();
      await db.schema.alterTable('releases').addColumn('progress', 'double precision').execute();
      await db.schema.alterTable('releases').addColumn('heartbeat_at', 'text').execute();
      await db.schema.createIndex('releases_started_idx').on('releases').column('started_at').execute();
    },
  },
};
