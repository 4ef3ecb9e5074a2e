import type { Kysely, Migration } from 'kysely';

export const accountMigrations: Record<string, Migration> = {
  '2026-11-29-0300-sign-up-requests': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('sign_up_requests')
        .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
        .addColumn('organisation_name', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
};
