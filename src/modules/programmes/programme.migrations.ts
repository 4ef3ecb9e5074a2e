import type { Kysely, Migration } from 'kysely';

export const programmeMigrations: Record<string, Migration> = {
  '2026-11-29-0500-programmes': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('programmes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('short_name', 'text')
        .addColumn('summary', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        // bigint: budgets in cents pass 2^31 from USD 21 million.
        .addColumn('budget_minor', 'bigint')
        .addColumn('currency', 'text')
        .addColumn('lead_organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex('programmes_title_idx').on('programmes').columns(['title', 'id']).execute();
      await db.schema
        .createIndex('programmes_lead_idx')
        .on('programmes')
        .column('lead_organisation_id')
        .execute();
      await db.schema
        .createTable('programme_participants')
        .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('programme_participants_pk', ['programme_id', 'organisation_id'])
        .execute();
      await db.schema
        .createIndex('programme_participants_org_idx')
        .on('programme_participants')
        .column('organisation_id')
        .execute();
      await db.schema
        .createTable('programme_countries')
        .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
        .addColumn('country_alpha3', 'text', (c) => c.notNull().references('countries.alpha3'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('programme_countries_pk', ['programme_id', 'country_alpha3'])
        .execute();
      await db.schema
        .createIndex('programme_countries_country_idx')
        .on('programme_countries')
        .column('country_alpha3')
        .execute();
      await db.schema
        .createTable('programme_outputs')
        .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('programme_outputs_pk', ['programme_id', 'position'])
        .execute();
      await db.schema
        .createTable('programme_lessons')
        .addColumn('programme_id', 'text', (c) => c.notNull().references('programmes.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('theme', 'text')
        .addPrimaryKeyConstraint('programme_lessons_pk', ['programme_id', 'position'])
        .execute();
    },
  },
};
