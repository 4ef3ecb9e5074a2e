import type { Kysely, Migration } from 'kysely';

export const consultationMigrations: Record<string, Migration> = {
  '2026-11-29-1300-consultations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('consultations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('process_id', 'text', (c) => c.notNull().references('processes.id').onDelete('cascade'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('introduction', 'text')
        .addColumn('audience', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('closing_summary', 'text')
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .execute();
      await db.schema
        .createIndex('consultations_process_idx')
        .on('consultations')
        .columns(['process_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('consultation_sections')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('consultation_id', 'text', (c) =>
          c.notNull().references('consultations.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('consultation_sections_idx')
        .on('consultation_sections')
        .columns(['consultation_id', 'position'])
        .execute();
      await db.schema
        .createTable('consultation_invitations')
        .addColumn('consultation_id', 'text', (c) =>
          c.notNull().references('consultations.id').onDelete('cascade'),
        )
        .addColumn('organisation_id', 'text', (c) =>
          c.notNull().references('organisations.id').onDelete('cascade'),
        )
        .addPrimaryKeyConstraint('consultation_invitations_pk', ['consultation_id', 'organisation_id'])
        .execute();
      await db.schema
        .createTable('consultation_comments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('consultation_id', 'text', (c) =>
          c.notNull().references('consultations.id').onDelete('cascade'),
        )
        .addColumn('section_id', 'text', (c) =>
          c.notNull().references('consultation_sections.id').onDelete('cascade'),
        )
        .addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('organisation_id', 'text', (c) => c.references('organisations.id').onDelete('set null'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('hidden_at', 'text')
        .addColumn('hidden_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('hidden_reason', 'text')
        .execute();
      await db.schema
        .createIndex('consultation_comments_section_idx')
        .on('consultation_comments')
        .columns(['section_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('consultation_comments_consultation_idx')
        .on('consultation_comments')
        .columns(['consultation_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('consultation_stances')
        .addColumn('section_id', 'text', (c) =>
          c.notNull().references('consultation_sections.id').onDelete('cascade'),
        )
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('consultation_id', 'text', (c) =>
          c.notNull().references('consultations.id').onDelete('cascade'),
        )
        .addColumn('stance', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('consultation_stances_pk', ['section_id', 'user_id'])
        .execute();
      await db.schema
        .createIndex('consultation_stances_consultation_idx')
        .on('consultation_stances')
        .columns(['consultation_id', 'section_id'])
        .execute();
    },
  },
};
