import type { Kysely, Migration } from 'kysely';

export const eventMigrations: Record<string, Migration> = {
  '2026-11-29-0510-events': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('end_date', 'text')
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('ends_on', 'text', (c) => c.notNull())
        .addColumn('city', 'text')
        .addColumn('country_alpha3', 'text', (c) => c.references('countries.alpha3'))
        .addColumn('summary', 'text')
        .addColumn('participants_count', 'integer')
        .addColumn('participants_approximate', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('programme_id', 'text', (c) => c.references('programmes.id').onDelete('set null'))
        .addColumn('parent_event_id', 'text', (c) => c.references('events.id').onDelete('set null'))
        .addColumn('photo_submissions', 'integer')
        .addColumn('video_submissions', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema.createIndex('events_starts_on_idx').on('events').columns(['starts_on', 'id']).execute();
      await db.schema.createIndex('events_ends_on_idx').on('events').column('ends_on').execute();
      await db.schema
        .createIndex('events_country_idx')
        .on('events')
        .columns(['country_alpha3', 'starts_on'])
        .execute();
      await db.schema.createIndex('events_parent_idx').on('events').column('parent_event_id').execute();
      await db.schema.createIndex('events_programme_idx').on('events').column('programme_id').execute();
      await db.schema
        .createTable('event_organisers')
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_organisers_pk', ['event_id', 'organisation_id'])
        .execute();
      await db.schema
        .createIndex('event_organisers_org_idx')
        .on('event_organisers')
        .column('organisation_id')
        .execute();
      await db.schema
        .createTable('event_items')
        .addColumn('event_id', 'text', (c) => c.notNull().references('events.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('event_items_pk', ['event_id', 'position'])
        .execute();
    },
  },
};
