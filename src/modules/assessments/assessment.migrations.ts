import type { Kysely, Migration } from 'kysely';

export const assessmentMigrations: Record<string, Migration> = {
  '2026-11-29-1100-checklist-templates': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('checklist_templates')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('scale', 'text', (c) => c.notNull())
        .addColumn('sector', 'text')
        .addColumn('level', 'text')
        .addColumn('current_version', 'integer', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('checklist_templates_order_idx')
        .on('checklist_templates')
        .columns(['position', 'slug'])
        .execute();
      await db.schema
        .createTable('checklist_template_versions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('template_id', 'text', (c) => c.notNull().references('checklist_templates.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('title_json', 'text', (c) => c.notNull())
        .addColumn('description_json', 'text')
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addUniqueConstraint('checklist_template_versions_uq', ['template_id', 'version'])
        .execute();
      await db.schema
        .createTable('checklist_template_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('template_version_id', 'text', (c) =>
          c.notNull().references('checklist_template_versions.id'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('item_key', 'text', (c) => c.notNull())
        .addColumn('domain', 'text')
        .addColumn('question_json', 'text', (c) => c.notNull())
        .addColumn('guidance_json', 'text')
        .addColumn('evidence_json', 'text')
        .addUniqueConstraint('checklist_template_items_uq', ['template_version_id', 'item_key'])
        .execute();
    },
  },
  '2026-11-29-1101-assessments': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('assessments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('assessments_round_uq', ['process_id', 'round'])
        .execute();
      await db.schema
        .createTable('assessment_templates')
        .addColumn('assessment_id', 'text', (c) =>
          c.notNull().references('assessments.id').onDelete('cascade'),
        )
        .addColumn('template_version_id', 'text', (c) =>
          c.notNull().references('checklist_template_versions.id'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('assessment_templates_pk', ['assessment_id', 'template_version_id'])
        .execute();
      await db.schema
        .createTable('assessment_item_scores')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('assessment_id', 'text', (c) =>
          c.notNull().references('assessments.id').onDelete('cascade'),
        )
        .addColumn('template_item_id', 'text', (c) => c.notNull().references('checklist_template_items.id'))
        .addColumn('score', 'text')
        .addColumn('evidence', 'text')
        .addColumn('comment', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('updated_at', 'text')
        .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addUniqueConstraint('assessment_item_scores_uq', ['assessment_id', 'template_item_id'])
        .execute();
      // A gap may become an action of another module; the link lives here, not as a column there.
      await db.schema
        .createTable('assessment_gap_actions')
        .addColumn('item_score_id', 'text', (c) =>
          c.notNull().references('assessment_item_scores.id').onDelete('cascade'),
        )
        .addColumn('action_id', 'text', (c) => c.notNull())
        .addColumn('action_href', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('assessment_gap_actions_pk', ['item_score_id', 'action_id'])
        .execute();
    },
  },
};
