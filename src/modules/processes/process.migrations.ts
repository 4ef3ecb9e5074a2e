import type { Kysely, Migration } from 'kysely';

export const processMigrations: Record<string, Migration> = {
  '2026-11-29-1000-processes': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('areas')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('country_alpha3', 'text', (c) => c.notNull().references('countries.alpha3'))
        .addColumn('parent_id', 'text', (c) => c.references('areas.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('areas_country_idx')
        .on('areas')
        .columns(['country_alpha3', 'parent_id'])
        .execute();
      await db.schema
        .createTable('processes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('country_alpha3', 'text', (c) => c.notNull().references('countries.alpha3'))
        .addColumn('area_id', 'text', (c) => c.references('areas.id'))
        .addColumn('plan_name', 'text', (c) => c.notNull())
        .addColumn('period_start', 'text')
        .addColumn('period_end', 'text')
        .addColumn('lead_organisation_id', 'text', (c) =>
          c.references('organisations.id').onDelete('set null'),
        )
        .addColumn('summary', 'text')
        .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('public'))
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('processes_country_idx')
        .on('processes')
        .columns(['country_alpha3', 'visibility'])
        .execute();
      await db.schema
        .createIndex('processes_visibility_idx')
        .on('processes')
        .columns(['visibility', 'updated_at'])
        .execute();
      await db.schema
        .createTable('process_members')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.references('organisations.id').onDelete('cascade'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('process_members_process_idx')
        .on('process_members')
        .column('process_id')
        .execute();
      await db.schema
        .createIndex('process_members_user_idx')
        .on('process_members')
        .column('user_id')
        .execute();
      await db.schema
        .createIndex('process_members_org_idx')
        .on('process_members')
        .column('organisation_id')
        .execute();
    },
  },
};
