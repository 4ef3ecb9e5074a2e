import type { Kysely, Migration } from 'kysely';

/** Named `YYYY-MM-DD-NNNN-what`: the name sorts the migration among every module's. */
export const noticeboardMigrations: Record<string, Migration> = {
  '2099-01-01-0000-noticeboard': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('noticeboard_notices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
};
