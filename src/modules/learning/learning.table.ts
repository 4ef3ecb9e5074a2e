import type { Generated, Selectable } from 'kysely';

/** What a piece of guidance is: a short note, a whole handbook, or a sector checklist. */
export const GUIDANCE_KINDS = ['note', 'handbook', 'checklist'] as const;
export type GuidanceKind = (typeof GUIDANCE_KINDS)[number];

/** The languages a guidance document or a course is written in (the interface's four). */
export const CONTENT_LOCALES = ['en', 'fr', 'es', 'ar'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

export interface GuidanceDocumentsTable {
  id: string;
  /** Shared by the versions of one document in several languages: each is one row here. */
  family_id: string;
  locale: ContentLocale;
  kind: GuidanceKind;
  title: string;
  summary: string;
  /** Plain text, paragraphs separated by blank lines. */
  body: string;
  /** The assessment checklist template this note explains (`/checklists/:id`), if any. */
  checklist_template_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  /** The number of the current version: each save writes one `guidance_versions` row. */
  version: Generated<number>;
}

/** Every saved state of a guidance document, the first one included: old versions stay readable. */
export interface GuidanceVersionsTable {
  document_id: string;
  number: number;
  title: string;
  summary: string;
  body: string;
  /** What changed, in the editor's words ("First version" for the first). */
  change_note: string;
  edited_by: string | null;
  edited_at: string;
}

export interface CoursesTable {
  id: string;
  /** Shared by the same course in several languages. */
  family_id: string;
  locale: ContentLocale;
  title: string;
  summary: string;
  /** Only published courses are listed and open to learners. */
  published: number;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface CourseModulesTable {
  id: string;
  course_id: string;
  position: number;
  title: string;
  intro: string;
  /** The share of quiz questions to answer right to pass, in percent. */
  pass_mark: number;
}

export interface CourseLessonsTable {
  id: string;
  module_id: string;
  position: number;
  title: string;
  body: string;
  /** A page to read further (https only). */
  link_url: string | null;
  link_label: string | null;
  /** A video or audio to watch elsewhere, shown as a link: never embedded HTML. */
  media_url: string | null;
}

export const QUESTION_KINDS = ['single', 'multiple'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuizQuestionsTable {
  id: string;
  module_id: string;
  position: number;
  prompt: string;
  kind: QuestionKind;
}

export interface QuizOptionsTable {
  id: string;
  question_id: string;
  position: number;
  label: string;
  correct: number;
}

export interface EnrolmentsTable {
  id: string;
  course_id: string;
  user_id: string;
  enrolled_at: string;
  /** Where the learner stopped: the next visit resumes here. */
  last_lesson_id: string | null;
  completed_at: string | null;
}

export interface LessonProgressTable {
  enrolment_id: string;
  lesson_id: string;
  done_at: string;
}

export interface QuizAttemptsTable {
  id: string;
  enrolment_id: string;
  module_id: string;
  score: number;
  passed: number;
  answered_at: string;
}

/** Whether each question of an attempt was answered right: "the questions most often failed". */
export interface QuizAnswersTable {
  attempt_id: string;
  question_id: string;
  correct: number;
}

export interface CertificatesTable {
  /** Unguessable (two random ids): the public verification link is `/certificates/:code`. */
  code: string;
  enrolment_id: string;
  course_id: string;
  /** The learner's name and the course title as they were on the day, kept as issued. */
  learner_name: string;
  course_title: string;
  locale: ContentLocale;
  issued_at: string;
}

export type GuidanceRow = Selectable<GuidanceDocumentsTable>;
export type CourseRow = Selectable<CoursesTable>;

export interface LearningTables {
  guidance_documents: GuidanceDocumentsTable;
  guidance_versions: GuidanceVersionsTable;
  courses: CoursesTable;
  course_modules: CourseModulesTable;
  course_lessons: CourseLessonsTable;
  quiz_questions: QuizQuestionsTable;
  quiz_options: QuizOptionsTable;
  enrolments: EnrolmentsTable;
  lesson_progress: LessonProgressTable;
  quiz_attempts: QuizAttemptsTable;
  quiz_answers: QuizAnswersTable;
  certificates: CertificatesTable;
}
