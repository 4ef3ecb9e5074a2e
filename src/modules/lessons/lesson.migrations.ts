import type { Kysely, Migration } from 'kysely';

export const lessonMigrations: Record<string, Migration> = {
  '2026-11-29-1310-lessons': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('lessons')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('stage', 'text')
        .addColumn('lesson_date', 'text')
        .addColumn('source', 'text')
        .addColumn('free_tags_json', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('lessons_process_idx')
        .on('lessons')
        .columns(['process_id', 'created_at', 'id'])
        .execute();
      // The cross-country list and the API page newest first.
      await db.schema
        .createIndex('lessons_created_idx')
        .on('lessons')
        .columns(['created_at', 'id'])
        .execute();
      // The cross-country view's cache checks max(updated_at).
      await db.schema.createIndex('lessons_updated_idx').on('lessons').column('updated_at').execute();
    },
  },
};
