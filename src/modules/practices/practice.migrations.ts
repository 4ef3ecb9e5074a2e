import type { Kysely, Migration } from 'kysely';

export const practiceMigrations: Record<string, Migration> = {
  '2026-12-08-0900-practices': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('practice_calls')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('theme_id', 'text', (c) => c.references('taxonomy_terms.id'))
        .addColumn('region', 'text')
        .addColumn('origin_alpha3', 'text', (c) => c.references('countries.alpha3'))
        .addColumn('destination_alpha3', 'text', (c) => c.references('countries.alpha3'))
        .addColumn('opens_on', 'text', (c) => c.notNull())
        .addColumn('closes_on', 'text', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('practice_calls_closes_idx')
        .on('practice_calls')
        .columns(['closes_on', 'id'])
        .execute();
      await db.schema
        .createTable('practices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('country_alpha3', 'text', (c) => c.references('countries.alpha3'))
        .addColumn('region', 'text')
        .addColumn('city', 'text')
        .addColumn('level', 'text')
        .addColumn('origin_alpha3', 'text', (c) => c.references('countries.alpha3'))
        .addColumn('destination_alpha3', 'text', (c) => c.references('countries.alpha3'))
        .addColumn('target_groups', 'text')
        .addColumn('start_date', 'text')
        .addColumn('end_date', 'text')
        .addColumn('budget_minor', 'bigint')
        .addColumn('currency', 'text')
        .addColumn('funders', 'text')
        .addColumn('activities', 'text')
        .addColumn('results', 'text')
        .addColumn('inst_budget_line', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('inst_local_law', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('inst_plan', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('call_id', 'text', (c) => c.references('practice_calls.id').onDelete('set null'))
        .addColumn('replicates_id', 'text', (c) => c.references('practices.id').onDelete('set null'))
        .addColumn('replication_progress', 'text')
        .addColumn('promising', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('review_average', 'integer')
        .addColumn('review_spread', 'integer')
        .addColumn('review_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('needs_third', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text')
        .addColumn('published_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      // The catalogue pages published practices newest first, whole or by country, corridor or
      // promise: each index ends with the full sort key, so a filtered page reads in order and stops.
      await db.schema
        .createIndex('practices_status_idx')
        .on('practices')
        .columns(['status', 'published_at', 'id'])
        .execute();
      await db.schema
        .createIndex('practices_country_idx')
        .on('practices')
        .columns(['country_alpha3', 'status', 'published_at', 'id'])
        .execute();
      await db.schema
        .createIndex('practices_corridor_idx')
        .on('practices')
        .columns(['origin_alpha3', 'destination_alpha3', 'status', 'published_at', 'id'])
        .execute();
      await db.schema
        .createIndex('practices_promising_idx')
        .on('practices')
        .columns(['promising', 'status', 'published_at', 'id'])
        .execute();
      await db.schema
        .createIndex('practices_author_idx')
        .on('practices')
        .columns(['created_by', 'updated_at'])
        .execute();
      await db.schema.createIndex('practices_call_idx').on('practices').column('call_id').execute();
      await db.schema
        .createIndex('practices_replicates_idx')
        .on('practices')
        .column('replicates_id')
        .execute();
      await db.schema
        .createTable('practice_translations')
        .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
        .addColumn('field', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('is_original', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('practice_translations_pk', ['practice_id', 'field', 'locale'])
        .execute();
      await db.schema
        .createTable('practice_organisations')
        .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('practice_organisations_pk', ['practice_id', 'organisation_id'])
        .execute();
      await db.schema
        .createIndex('practice_organisations_role_idx')
        .on('practice_organisations')
        .columns(['role', 'practice_id'])
        .execute();
      await db.schema
        .createIndex('practice_organisations_org_idx')
        .on('practice_organisations')
        .column('organisation_id')
        .execute();
      await db.schema
        .createTable('practice_evidence')
        .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('figure', 'text')
        .addColumn('source', 'text')
        .addPrimaryKeyConstraint('practice_evidence_pk', ['practice_id', 'position'])
        .execute();
      await db.schema
        .createTable('practice_links')
        .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('practice_links_pk', ['practice_id', 'kind', 'target_id'])
        .execute();
      await db.schema
        .createTable('practice_comments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('practice_comments_practice_idx')
        .on('practice_comments')
        .columns(['practice_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('practice_reviews')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id').onDelete('cascade'))
        .addColumn('reviewer_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('assigned_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('conflict_note', 'text')
        .addColumn('assigned_at', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text')
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('practice_reviews_once', ['practice_id', 'reviewer_id'])
        .execute();
      await db.schema
        .createIndex('practice_reviews_reviewer_idx')
        .on('practice_reviews')
        .columns(['reviewer_id', 'state'])
        .execute();
      await db.schema
        .createTable('practice_review_scores')
        .addColumn('review_id', 'text', (c) =>
          c.notNull().references('practice_reviews.id').onDelete('cascade'),
        )
        .addColumn('criterion', 'text', (c) => c.notNull())
        .addColumn('score', 'integer', (c) => c.notNull())
        .addColumn('comment', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('practice_review_scores_pk', ['review_id', 'criterion'])
        .execute();
      await db.schema
        .createTable('practice_roadmaps')
        .addColumn('practice_id', 'text', (c) =>
          c.primaryKey().references('practices.id').onDelete('cascade'),
        )
        .addColumn('policy_options', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createTable('practice_roadmap_steps')
        .addColumn('practice_id', 'text', (c) =>
          c.notNull().references('practice_roadmaps.practice_id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('owner', 'text')
        .addColumn('due_on', 'text')
        .addColumn('milestone', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('practice_roadmap_steps_pk', ['practice_id', 'position'])
        .execute();
    },
  },
};
