import type { Kysely, Migration } from 'kysely';

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
};
