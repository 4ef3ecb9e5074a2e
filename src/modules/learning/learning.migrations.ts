import type { Kysely, Migration } from 'kysely';

export const learningMigrations: Record<string, Migration> = {
  '2026-12-08-0900-learning': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('guidance_documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('family_id', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('checklist_template_id', 'text')
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('guidance_family_locale_uq', ['family_id', 'locale'])
        .execute();
      await db.schema
        .createIndex('guidance_title_idx')
        .on('guidance_documents')
        .columns(['title', 'id'])
        .execute();
      await db.schema
        .createTable('guidance_versions')
        .addColumn('document_id', 'text', (c) =>
          c.notNull().references('guidance_documents.id').onDelete('cascade'),
        )
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('change_note', 'text', (c) => c.notNull())
        .addColumn('edited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('edited_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('guidance_versions_pk', ['document_id', 'number'])
        .execute();

      await db.schema
        .createTable('courses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('family_id', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
        .addUniqueConstraint('courses_family_locale_uq', ['family_id', 'locale'])
        .execute();
      await db.schema.createIndex('courses_title_idx').on('courses').columns(['title', 'id']).execute();
      await db.schema
        .createTable('course_modules')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('course_id', 'text', (c) => c.notNull().references('courses.id').onDelete('cascade'))
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('intro', 'text', (c) => c.notNull())
        .addColumn('pass_mark', 'integer', (c) => c.notNull())
        .addUniqueConstraint('course_modules_position_uq', ['course_id', 'position'])
        .execute();
      await db.schema
        .createTable('course_lessons')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('module_id', 'text', (c) =>
          c.notNull().references('course_modules.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('link_url', 'text')
        .addColumn('link_label', 'text')
        .addColumn('media_url', 'text')
        .addUniqueConstraint('course_lessons_position_uq', ['module_id', 'position'])
        .execute();
      await db.schema
        .createTable('quiz_questions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('module_id', 'text', (c) =>
          c.notNull().references('course_modules.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('prompt', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addUniqueConstraint('quiz_questions_position_uq', ['module_id', 'position'])
        .execute();
      await db.schema
        .createTable('quiz_options')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('question_id', 'text', (c) =>
          c.notNull().references('quiz_questions.id').onDelete('cascade'),
        )
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('correct', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('quiz_options_question_idx')
        .on('quiz_options')
        .column('question_id')
        .execute();
      await db.schema
        .createTable('enrolments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('course_id', 'text', (c) => c.notNull().references('courses.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('enrolled_at', 'text', (c) => c.notNull())
        .addColumn('last_lesson_id', 'text', (c) => c.references('course_lessons.id').onDelete('set null'))
        .addColumn('completed_at', 'text')
        .addUniqueConstraint('enrolments_course_user_uq', ['course_id', 'user_id'])
        .execute();
      await db.schema.createIndex('enrolments_user_idx').on('enrolments').column('user_id').execute();
      await db.schema
        .createTable('lesson_progress')
        .addColumn('enrolment_id', 'text', (c) => c.notNull().references('enrolments.id').onDelete('cascade'))
        .addColumn('lesson_id', 'text', (c) =>
          c.notNull().references('course_lessons.id').onDelete('cascade'),
        )
        .addColumn('done_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('lesson_progress_pk', ['enrolment_id', 'lesson_id'])
        .execute();
      await db.schema
        .createTable('quiz_attempts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('enrolment_id', 'text', (c) => c.notNull().references('enrolments.id').onDelete('cascade'))
        .addColumn('module_id', 'text', (c) =>
          c.notNull().references('course_modules.id').onDelete('cascade'),
        )
        .addColumn('score', 'integer', (c) => c.notNull())
        .addColumn('passed', 'integer', (c) => c.notNull())
        .addColumn('answered_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('quiz_attempts_enrolment_idx')
        .on('quiz_attempts')
        .columns(['enrolment_id', 'module_id'])
        .execute();
      await db.schema
        .createTable('quiz_answers')
        .addColumn('attempt_id', 'text', (c) =>
          c.notNull().references('quiz_attempts.id').onDelete('cascade'),
        )
        .addColumn('question_id', 'text', (c) =>
          c.notNull().references('quiz_questions.id').onDelete('cascade'),
        )
        .addColumn('correct', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('quiz_answers_pk', ['attempt_id', 'question_id'])
        .execute();
      await db.schema
        .createIndex('quiz_answers_question_idx')
        .on('quiz_answers')
        .column('question_id')
        .execute();
      await db.schema
        .createTable('certificates')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('enrolment_id', 'text', (c) =>
          c.notNull().unique().references('enrolments.id').onDelete('cascade'),
        )
        .addColumn('course_id', 'text', (c) => c.notNull().references('courses.id').onDelete('cascade'))
        .addColumn('learner_name', 'text', (c) => c.notNull())
        .addColumn('course_title', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('issued_at', 'text', (c) => c.notNull())
        .execute();
    },
  },
};
