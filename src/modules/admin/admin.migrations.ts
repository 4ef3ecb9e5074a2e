import type { Kysely, Migration } from 'kysely';

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
    },
  },
};
