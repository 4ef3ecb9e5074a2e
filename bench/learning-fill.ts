import type { Insertable } from 'kysely';
import type { Db } from '../src/db/connection.ts';
import type { Database } from '../src/db/database.ts';
import { newId } from '../src/db/ids.ts';
import { createCourse } from '../src/modules/learning/course.service.ts';
import { STARTER_COURSE_EN } from '../src/modules/learning/starter-course.en.ts';

type Row<T extends keyof Database> = Insertable<Database[T]>;

/** Issue 9's sizes: 2,000 courses and 50,000 learners, each enrolled on two courses. */
export const LEARNING_SIZES = { courses: 2_000, learners: 50_000, enrolmentsPerLearner: 2 } as const;

const BATCH = 400;

async function insertAll<T extends keyof Database>(db: Db, table: T, rows: Row<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH)
    await db.kysely
      .insertInto(table)
      .values(rows.slice(start, start + BATCH) as never)
      .execute();
}

/**
 * The first course goes through the service (the starter course: 5 modules, 10 lessons, 15
 * questions); the others are copies of it with new ids, written as multi-row INSERTs. Learners
 * (active users) enrol on two courses each and are spread along the course: learner n has read
 * n mod 11 lessons and passed the quizzes of the modules they finished, one answer row per question.
 */
export async function fillLearningBench(
  db: Db,
  sizes: { courses: number; learners: number },
  log: (line: string) => void,
): Promise<{ courseIds: string[]; learnerOf: Map<string, string[]>; rows: number }> {
  const first = await createCourse(db, null, STARTER_COURSE_EN);
  if (!first.ok) throw new Error(`bench fill: the starter course was refused: ${JSON.stringify(first)}`);
  const modules = await db.kysely
    .selectFrom('course_modules')
    .selectAll()
    .where('course_id', '=', first.value.id)
    .orderBy('position')
    .execute();
  const lessons = await db.kysely
    .selectFrom('course_lessons')
    .selectAll()
    .where(
      'module_id',
      'in',
      modules.map((m) => m.id),
    )
    .execute();
  const questions = await db.kysely
    .selectFrom('quiz_questions')
    .selectAll()
    .where(
      'module_id',
      'in',
      modules.map((m) => m.id),
    )
    .execute();
  const options = await db.kysely
    .selectFrom('quiz_options')
    .selectAll()
    .where(
      'question_id',
      'in',
      questions.map((q) => q.id),
    )
    .execute();
  const at = new Date().toISOString();
  let rows = 0;

  // Every course as its module, lesson and question ids in order, for the enrolments below.
  type Shape = { id: string; modules: { id: string; lessons: string[]; questions: string[] }[] };
  const shapeOf = (id: string, ids: Map<string, string>): Shape => ({
    id,
    modules: modules.map((m) => ({
      id: ids.get(m.id) ?? m.id,
      lessons: lessons
        .filter((l) => l.module_id === m.id)
        .sort((a, b) => a.position - b.position)
        .map((l) => ids.get(l.id) ?? l.id),
      questions: questions
        .filter((q) => q.module_id === m.id)
        .sort((a, b) => a.position - b.position)
        .map((q) => ids.get(q.id) ?? q.id),
    })),
  });
  const shapes: Shape[] = [shapeOf(first.value.id, new Map())];

  for (let start = 1; start < sizes.courses; start += 50) {
    const batch = {
      courses: [] as Row<'courses'>[],
      modules: [] as Row<'course_modules'>[],
      lessons: [] as Row<'course_lessons'>[],
      questions: [] as Row<'quiz_questions'>[],
      options: [] as Row<'quiz_options'>[],
    };
    for (let n = start; n < Math.min(sizes.courses, start + 50); n++) {
      const id = newId();
      const ids = new Map<string, string>();
      const fresh = (old: string) => {
        const made = newId();
        ids.set(old, made);
        return made;
      };
      batch.courses.push({
        id,
        family_id: id,
        locale: 'en',
        title: `Bench course ${String(n).padStart(5, '0')}`,
        summary: STARTER_COURSE_EN.summary,
        published: 1,
        created_by: null,
        created_at: at,
        updated_at: at,
      });
      for (const m of modules) batch.modules.push({ ...m, id: fresh(m.id), course_id: id });
      for (const l of lessons)
        batch.lessons.push({ ...l, id: fresh(l.id), module_id: ids.get(l.module_id) ?? '' });
      for (const q of questions)
        batch.questions.push({ ...q, id: fresh(q.id), module_id: ids.get(q.module_id) ?? '' });
      for (const o of options)
        batch.options.push({ ...o, id: newId(), question_id: ids.get(o.question_id) ?? '' });
      shapes.push(shapeOf(id, ids));
    }
    await db.kysely.transaction().execute(async (trx) => {
      const tx = { ...db, kysely: trx } as Db;
      await insertAll(tx, 'courses', batch.courses);
      await insertAll(tx, 'course_modules', batch.modules);
      await insertAll(tx, 'course_lessons', batch.lessons);
      await insertAll(tx, 'quiz_questions', batch.questions);
      await insertAll(tx, 'quiz_options', batch.options);
    });
    rows +=
      batch.courses.length +
      batch.modules.length +
      batch.lessons.length +
      batch.questions.length +
      batch.options.length;
  }
  log(`  ${shapes.length} courses written`);

  const learners = (
    await db.kysely
      .selectFrom('users')
      .select('id')
      .where('status', '=', 'active')
      .orderBy('email')
      .limit(sizes.learners)
      .execute()
  ).map((u) => u.id);
  const learnerOf = new Map<string, string[]>();
  for (let start = 0; start < learners.length; start += 500) {
    const batch = {
      enrolments: [] as Row<'enrolments'>[],
      progress: [] as Row<'lesson_progress'>[],
      attempts: [] as Row<'quiz_attempts'>[],
      answers: [] as Row<'quiz_answers'>[],
    };
    for (let n = start; n < Math.min(learners.length, start + 500); n++) {
      const userId = learners[n]!;
      for (let k = 0; k < LEARNING_SIZES.enrolmentsPerLearner; k++) {
        const shape = shapes[(n * LEARNING_SIZES.enrolmentsPerLearner + k) % shapes.length]!;
        const read = n % 11;
        const order = shape.modules.flatMap((m) => m.lessons.map((l) => ({ lesson: l, module: m })));
        const enrolmentId = newId();
        batch.enrolments.push({
          id: enrolmentId,
          course_id: shape.id,
          user_id: userId,
          enrolled_at: at,
          last_lesson_id: read > 0 ? (order[read - 1]?.lesson ?? null) : null,
          completed_at: null,
        });
        for (const step of order.slice(0, read))
          batch.progress.push({ enrolment_id: enrolmentId, lesson_id: step.lesson, done_at: at });
        for (const m of shape.modules.slice(0, Math.floor(read / 2))) {
          const attemptId = newId();
          batch.attempts.push({
            id: attemptId,
            enrolment_id: enrolmentId,
            module_id: m.id,
            score: 100,
            passed: 1,
            answered_at: at,
          });
          for (const q of m.questions)
            batch.answers.push({ attempt_id: attemptId, question_id: q, correct: 1 });
        }
        const list = learnerOf.get(shape.id) ?? [];
        if (list.length < 5) list.push(userId);
        learnerOf.set(shape.id, list);
      }
    }
    await db.kysely.transaction().execute(async (trx) => {
      const tx = { ...db, kysely: trx } as Db;
      await insertAll(tx, 'enrolments', batch.enrolments);
      await insertAll(tx, 'lesson_progress', batch.progress);
      await insertAll(tx, 'quiz_attempts', batch.attempts);
      await insertAll(tx, 'quiz_answers', batch.answers);
    });
    rows += batch.enrolments.length + batch.progress.length + batch.attempts.length + batch.answers.length;
  }
  log(`  ${learners.length} learners enrolled`);
  return { courseIds: shapes.map((s) => s.id), learnerOf, rows };
}
