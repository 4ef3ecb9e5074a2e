import type { Kysely, Migration } from 'kysely';

export const auditMigrations: Record<string, Migration> = {
  '2026-11-29-0002-audit': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity_type', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('before_json', 'text')
        .addColumn('after_json', 'text')
        .execute();
      await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
      await db.schema
        .createIndex('audit_log_entity_idx')
        .on('audit_log')
        .columns(['entity_type', 'entity_id'])
        .execute();
    },
  },
  '2026-11-30-0001-content-version': {
    // One counter, raised by every audited write in its own transaction: pages kept for anonymous
    // visitors are valid while it stays the same (src/web/page-cache.ts), in every app process.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('content_version')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .execute();
      await db
        .insertInto('content_version' as never)
        .values({ id: 1, version: 0 } as never)
        .execute();
    },
  },
};
