import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { CourseRow } from './learning.table.ts';

/** Published courses by title, a page at a time (`after` is the last `[title, id]`). */
export function listCourses(
  db: Kysely<Database>,
  filter: { locale?: string; after?: { title: string; id: string }; limit: number },
): Promise<CourseRow[]> {
  const { after, locale } = filter;
  return db
    .selectFrom('courses')
    .selectAll()
    .where('published', '=', 1)
    .$if(locale !== undefined, (q) => q.where('locale', '=', locale as CourseRow['locale']))
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('title', '>', after?.title ?? ''),
          eb.and([eb('title', '=', after?.title ?? ''), eb('id', '>', after?.id ?? '')]),
        ]),
      ),
    )
    .orderBy('title')
    .orderBy('id')
    .limit(filter.limit)
    .execute();
}

export function findCourse(db: Kysely<Database>, id: string): Promise<CourseRow | undefined> {
  return db.selectFrom('courses').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The same course in its other languages (published ones). */
export function courseFamily(db: Kysely<Database>, familyId: string) {
  return db
    .selectFrom('courses')
    .select(['id', 'locale', 'title'])
    .where('family_id', '=', familyId)
    .where('published', '=', 1)
    .orderBy('locale')
    .execute();
}

export function courseModules(db: Kysely<Database>, courseId: string) {
  return db
    .selectFrom('course_modules')
    .selectAll()
    .where('course_id', '=', courseId)
    .orderBy('position')
    .execute();
}

/** The lessons of a course, in module then lesson order (without their text). */
export function courseLessons(db: Kysely<Database>, courseId: string) {
  return db
    .selectFrom('course_lessons as l')
    .innerJoin('course_modules as m', 'm.id', 'l.module_id')
    .select(['l.id', 'l.module_id', 'l.position', 'l.title'])
    .where('m.course_id', '=', courseId)
    .orderBy('m.position')
    .orderBy('l.position')
    .execute();
}

export function findLesson(db: Kysely<Database>, courseId: string, lessonId: string) {
  return db
    .selectFrom('course_lessons as l')
    .innerJoin('course_modules as m', 'm.id', 'l.module_id')
    .selectAll('l')
    .select(['m.title as module_title', 'm.position as module_position'])
    .where('m.course_id', '=', courseId)
    .where('l.id', '=', lessonId)
    .executeTakeFirst();
}

export function findModule(db: Kysely<Database>, courseId: string, moduleId: string) {
  return db
    .selectFrom('course_modules')
    .selectAll()
    .where('course_id', '=', courseId)
    .where('id', '=', moduleId)
    .executeTakeFirst();
}

/** A module's questions with their options, in order. */
export async function moduleQuiz(db: Kysely<Database>, moduleId: string) {
  const questions = await db
    .selectFrom('quiz_questions')
    .selectAll()
    .where('module_id', '=', moduleId)
    .orderBy('position')
    .execute();
  const options =
    questions.length === 0
      ? []
      : await db
          .selectFrom('quiz_options')
          .selectAll()
          .where(
            'question_id',
            'in',
            questions.map((q) => q.id),
          )
          .orderBy('position')
          .execute();
  return questions.map((q) => ({ ...q, options: options.filter((o) => o.question_id === q.id) }));
}

/** How many questions each module of a course has. */
export function questionCounts(db: Kysely<Database>, courseId: string) {
  return db
    .selectFrom('quiz_questions as q')
    .innerJoin('course_modules as m', 'm.id', 'q.module_id')
    .select(['q.module_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('m.course_id', '=', courseId)
    .groupBy('q.module_id')
    .execute();
}

/** A learner's enrolment on a course with its certificate's code, in one query (the course page's). */
export function enrolmentWithCertificate(db: Kysely<Database>, courseId: string, userId: string) {
  return db
    .selectFrom('enrolments as e')
    .leftJoin('certificates as c', 'c.enrolment_id', 'e.id')
    .selectAll('e')
    .select('c.code as certificate_code')
    .where('e.course_id', '=', courseId)
    .where('e.user_id', '=', userId)
    .executeTakeFirst();
}

export function findEnrolment(db: Kysely<Database>, courseId: string, userId: string) {
  return db
    .selectFrom('enrolments')
    .selectAll()
    .where('course_id', '=', courseId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function lessonsDone(db: Kysely<Database>, enrolmentId: string) {
  return db
    .selectFrom('lesson_progress')
    .select(['lesson_id', 'done_at'])
    .where('enrolment_id', '=', enrolmentId)
    .execute();
}

/** The best attempt of each module the learner tried: passed, and the highest score. */
export function bestAttempts(db: Kysely<Database>, enrolmentId: string) {
  return db
    .selectFrom('quiz_attempts')
    .select([
      'module_id',
      (eb) => eb.fn.max<number>('passed').as('passed'),
      (eb) => eb.fn.max<number>('score').as('score'),
      (eb) => eb.fn.countAll<number>().as('attempts'),
    ])
    .where('enrolment_id', '=', enrolmentId)
    .groupBy('module_id')
    .execute();
}

export function certificateOf(db: Kysely<Database>, enrolmentId: string) {
  return db.selectFrom('certificates').selectAll().where('enrolment_id', '=', enrolmentId).executeTakeFirst();
}

export function findCertificate(db: Kysely<Database>, code: string) {
  return db.selectFrom('certificates').selectAll().where('code', '=', code).executeTakeFirst();
}

/** Enrolment and completion of a course, for its author. */
export async function courseFigures(db: Kysely<Database>, courseId: string) {
  const row = await db
    .selectFrom('enrolments')
    .select([
      (eb) => eb.fn.countAll<number>().as('enrolled'),
      (eb) => eb.fn.count<number>('completed_at').as('completed'),
    ])
    .where('course_id', '=', courseId)
    .executeTakeFirstOrThrow();
  return { enrolled: Number(row.enrolled), completed: Number(row.completed) };
}

/** Questions by how often they were answered wrong, most often first. */
export function failedQuestions(db: Kysely<Database>, courseId: string, limit: number) {
  return db
    .selectFrom('quiz_answers as a')
    .innerJoin('quiz_questions as q', 'q.id', 'a.question_id')
    .innerJoin('course_modules as m', 'm.id', 'q.module_id')
    .select([
      'q.id',
      'q.prompt',
      'm.title as module_title',
      (eb) => eb.fn.countAll<number>().as('answered'),
      (eb) => eb.fn.sum<number>(eb.case().when('a.correct', '=', 0).then(1).else(0).end()).as('failed'),
    ])
    .where('m.course_id', '=', courseId)
    .groupBy(['q.id', 'q.prompt', 'm.title'])
    .orderBy('failed', 'desc')
    .orderBy('q.id')
    .limit(limit)
    .execute();
}

export type Trx = Transaction<Database>;

/** A lesson with the course it belongs to, for the documents kernel. */
export function findLessonCourse(db: Kysely<Database>, lessonId: string) {
  return db
    .selectFrom('course_lessons as l')
    .innerJoin('course_modules as m', 'm.id', 'l.module_id')
    .innerJoin('courses as c', 'c.id', 'm.course_id')
    .select(['l.title as lesson_title', 'c.id as course_id', 'c.published', 'c.created_by'])
    .where('l.id', '=', lessonId)
    .executeTakeFirst();
}

/** A learner's enrolments with their share done, for the catalogue. */
export function enrolmentsOf(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('enrolments')
    .select(['id', 'course_id', 'completed_at'])
    .where('user_id', '=', userId)
    .execute();
}

/** Every course in id order, a batch at a time (for the search's full reindex). */
export function coursesAfter(db: Kysely<Database>, afterId: string, limit: number): Promise<CourseRow[]> {
  return db.selectFrom('courses').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
}

/** Whether a course is published and who made it: what decides who may read it. */
export function courseCreator(db: Kysely<Database>, id: string) {
  return db.selectFrom('courses').select(['published', 'created_by']).where('id', '=', id).executeTakeFirst();
}

/** The id of the course with this exact title, if any (the demo's "already loaded"). */
export async function courseIdByTitle(db: Kysely<Database>, title: string): Promise<string | undefined> {
  return (await db.selectFrom('courses').select('id').where('title', '=', title).executeTakeFirst())?.id;
}

/** A learner's name as the certificate prints it. */
export async function learnerName(db: Kysely<Database>, userId: string): Promise<string> {
  return (await db.selectFrom('users').select('name').where('id', '=', userId).executeTakeFirstOrThrow())
    .name;
}
