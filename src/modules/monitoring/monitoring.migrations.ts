import type { Kysely, Migration } from 'kysely';

export const monitoringMigrations: Record<string, Migration> = {
  '2026-11-29-1200-monitoring': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('actions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('answers', 'text')
        .addColumn('gap_ref', 'text')
        // The assessment round page at the gap, when the action was made from one.
        .addColumn('gap_href', 'text')
        .addColumn('responsible_organisation_id', 'text', (c) =>
          c.references('organisations.id').onDelete('set null'),
        )
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        // bigint: budgets in cents pass 2^31 from 21 million.
        .addColumn('budget_minor', 'bigint')
        .addColumn('currency', 'text')
        .addColumn('funding_source', 'text')
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('planned'))
        .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('stage', 'text')
        .addColumn('shared_with_pair', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      // The list and the timeline read a process's actions by end date; the summary counts overdue ones.
      await db.schema
        .createIndex('actions_process_idx')
        .on('actions')
        .columns(['process_id', 'end_date', 'id'])
        .execute();
      await db.schema
        .createIndex('actions_shared_idx')
        .on('actions')
        .columns(['shared_with_pair', 'process_id'])
        .execute();
      await db.schema
        .createTable('action_partners')
        .addColumn('action_id', 'text', (c) => c.notNull().references('actions.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('action_partners_pk', ['action_id', 'organisation_id'])
        .execute();
      await db.schema
        .createIndex('action_partners_org_idx')
        .on('action_partners')
        .column('organisation_id')
        .execute();

      await db.schema
        .createTable('process_indicators')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('definition', 'text')
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('disaggregation', 'text', (c) => c.notNull().defaultTo('none'))
        .addColumn('baseline_value', 'double precision')
        .addColumn('baseline_year', 'integer')
        .addColumn('data_code', 'text')
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('process_indicators_process_idx')
        .on('process_indicators')
        .columns(['process_id', 'name', 'id'])
        .execute();
      await db.schema
        .createTable('indicator_targets')
        .addColumn('indicator_id', 'text', (c) =>
          c.notNull().references('process_indicators.id').onDelete('cascade'),
        )
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('indicator_targets_pk', ['indicator_id', 'year'])
        .execute();
      await db.schema
        .createTable('indicator_values')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('indicator_id', 'text', (c) =>
          c.notNull().references('process_indicators.id').onDelete('cascade'),
        )
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('period', 'text', (c) => c.notNull())
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('sex', 'text', (c) => c.notNull().defaultTo('_T'))
        .addColumn('age', 'text', (c) => c.notNull().defaultTo('_T'))
        .addColumn('value', 'double precision', (c) => c.notNull())
        .addColumn('source', 'text')
        .addColumn('reported_on', 'text', (c) => c.notNull())
        .addColumn('reported_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        // One value per period and disaggregation: a second report replaces the first (audited).
        .addUniqueConstraint('indicator_values_key', ['indicator_id', 'period', 'sex', 'age'])
        .execute();
      await db.schema
        .createIndex('indicator_values_process_idx')
        .on('indicator_values')
        .columns(['process_id', 'year'])
        .execute();
      await db.schema
        .createTable('reporting_locks')
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('locked_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('locked_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reporting_locks_pk', ['process_id', 'year'])
        .execute();
      await db.schema
        .createTable('monitoring_settings')
        .addColumn('process_id', 'text', (c) => c.primaryKey().references('processes.id').onDelete('cascade'))
        .addColumn('rollup', 'text', (c) => c.notNull().defaultTo('average'))
        .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('bulk_uploads')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('rows_json', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('confirmed_at', 'text')
        .execute();
      await db.schema
        .createIndex('bulk_uploads_expiry_idx')
        .on('bulk_uploads')
        .column('expires_at')
        .execute();
    },
  },
};
