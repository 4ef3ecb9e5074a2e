import { type Kysely, type Migration, sql } from 'kysely';

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
  '2026-11-29-1001-process-stages': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('process_stages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('not-started'))
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addColumn('notes', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('process_stages_kind_uq', ['process_id', 'kind'])
        .execute();
      await db.schema
        .createTable('stage_deliverables')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('stage_id', 'text', (c) => c.notNull().references('process_stages.id').onDelete('cascade'))
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('url', 'text')
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .execute();
      await db.schema
        .createIndex('stage_deliverables_stage_idx')
        .on('stage_deliverables')
        .columns(['stage_id', 'created_at'])
        .execute();
    },
  },
  '2026-11-29-1002-coordinating-body': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('process_bodies')
        .addColumn('process_id', 'text', (c) => c.primaryKey().references('processes.id').onDelete('cascade'))
        .addColumn('name', 'text')
        .addColumn('kind', 'text')
        .addColumn('mandate', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createTable('body_members')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('body_members_uq', ['process_id', 'organisation_id'])
        .execute();
      await db.schema
        .createTable('government_map')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) => c.references('organisations.id').onDelete('cascade'))
        .addColumn('ministry_name', 'text')
        .addColumn('national', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('national_note', 'text')
        .addColumn('regional', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('regional_note', 'text')
        .addColumn('local', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('local_note', 'text')
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('government_map_process_idx')
        .on('government_map')
        .columns(['process_id', 'position'])
        .execute();
    },
  },
  '2026-11-29-1003-process-pairs': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('process_pairs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('partner_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('proposed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('proposed_at', 'text', (c) => c.notNull())
        .addColumn('responded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('responded_at', 'text')
        .addUniqueConstraint('process_pairs_uq', ['process_id', 'partner_id'])
        .execute();
      await db.schema
        .createIndex('process_pairs_partner_idx')
        .on('process_pairs')
        .column('partner_id')
        .execute();
      await db.schema.createIndex('processes_area_idx').on('processes').columns(['area_id']).execute();
    },
  },
  '2026-12-07-1004-organisations-own-no-process': {
    // Decision 44: an organisation listed on a process passes at most "member" to its people;
    // owners are people named on the process. Existing organisation owners become members.
    async up(db: Kysely<unknown>) {
      await sql`UPDATE process_members SET role = 'member' WHERE organisation_id IS NOT NULL AND role = 'owner'`.execute(
        db,
      );
    },
  },
  '2026-12-07-1005-process-invitations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('process_invitations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('invited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('process_invitations_uq', ['process_id', 'email'])
        .execute();
      await db.schema
        .createIndex('process_invitations_email_idx')
        .on('process_invitations')
        .column('email')
        .execute();
    },
  },
};
