import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import { type Actor, actorId } from '../../auth/actor.ts';
import {
  invalid,
  notFound,
  ok,
  type Problems,
  type Result,
  refused,
  transact,
} from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import {
  bestAttempts,
  certificateOf,
  courseLessons,
  courseModules,
  findCourse,
  findEnrolment,
  findLesson,
  findModule,
  moduleQuiz,
  questionCounts,
} from './course.repository.ts';
import { canReadCourse } from './learning.policy.ts';
import type { ContentLocale, QuestionKind } from './learning.table.ts';

/** The kind of record courses are, for the audit log. */
export const COURSE = 'course';

/** A whole course as its author (or the demo) writes it. */
export interface CourseDefinition {
  locale: ContentLocale;
  /** The course this one translates: both then share one family. */
  translationOf?: string;
  title: string;
  summary: string;
  published: boolean;
  modules: {
    title: string;
    intro: string;
    passMark: number;
    lessons: { title: string; body: string; linkUrl?: string; linkLabel?: string; mediaUrl?: string }[];
    questions: { prompt: string; kind: QuestionKind; options: { label: string; correct: boolean }[] }[];
  }[];
}

/** Problems with a definition: a question needs a right answer, a single choice exactly one. */
export function courseDefinitionProblems(definition: CourseDefinition): Problems {
  const problems: Problems = {};
  definition.modules.forEach((m, mi) => {
    if (m.passMark < 1 || m.passMark > 100)
      problems[`modules.${mi}.passMark`] = { key: 'course.error.passMark' };
    m.questions.forEach((q, qi) => {
      const right = q.options.filter((o) => o.correct).length;
      if (right === 0 || (q.kind === 'single' && right !== 1) || q.options.length < 2)
        problems[`modules.${mi}.questions.${qi}`] = { key: 'course.error.question' };
    });
    for (const [li, lesson] of m.lessons.entries())
      for (const url of [lesson.linkUrl, lesson.mediaUrl])
        if (url && !url.startsWith('https://'))
          problems[`modules.${mi}.lessons.${li}`] = { key: 'course.error.link' };
  });
  return problems;
}

/**
 * Adds a whole course (modules, lessons, quizzes) in one transaction, with its audit row; the
 * author is who may see its results. Courses come from the demo and the bench for now (decision 134).
 */
export async function createCourse(
  db: Db,
  authorId: string | null,
  definition: CourseDefinition,
): Promise<Result<{ id: string }>> {
  const problems = courseDefinitionProblems(definition);
  if (Object.keys(problems).length > 0) return invalid(problems);
  return transact(db.kysely, async (trx) => {
    const id = newId();
    const at = now();
    const by = authorId;
    let familyId = id;
    if (definition.translationOf) {
      const original = await findCourse(trx, definition.translationOf);
      if (!original) return invalid({ translationOf: 'course.error.translationOf' });
      familyId = original.family_id;
    }
    await trx
      .insertInto('courses')
      .values({
        id,
        family_id: familyId,
        locale: definition.locale,
        title: definition.title,
        summary: definition.summary,
        published: definition.published ? 1 : 0,
        created_by: by,
        created_at: at,
        updated_at: at,
      })
      .execute();
    for (const [mi, m] of definition.modules.entries()) {
      const moduleId = newId();
      await trx
        .insertInto('course_modules')
        .values({
          id: moduleId,
          course_id: id,
          position: mi + 1,
          title: m.title,
          intro: m.intro,
          pass_mark: m.passMark,
        })
        .execute();
      if (m.lessons.length > 0)
        await trx
          .insertInto('course_lessons')
          .values(
            m.lessons.map((l, li) => ({
              id: newId(),
              module_id: moduleId,
              position: li + 1,
              title: l.title,
              body: l.body,
              link_url: l.linkUrl ?? null,
              link_label: l.linkLabel ?? null,
              media_url: l.mediaUrl ?? null,
            })),
          )
          .execute();
      for (const [qi, q] of m.questions.entries()) {
        const questionId = newId();
        await trx
          .insertInto('quiz_questions')
          .values({ id: questionId, module_id: moduleId, position: qi + 1, prompt: q.prompt, kind: q.kind })
          .execute();
        await trx
          .insertInto('quiz_options')
          .values(
            q.options.map((o, oi) => ({
              id: newId(),
              question_id: questionId,
              position: oi + 1,
              label: o.label,
              correct: o.correct ? 1 : 0,
            })),
          )
          .execute();
      }
    }
    await recordAudit(trx, {
      actorId: by,
      action: 'course.create',
      entityType: COURSE,
      entityId: id,
      after: { title: definition.title, locale: definition.locale, modules: definition.modules.length },
    });
    return ok({ id });
  });
}

/** The course if the actor may read it and is signed in, for the learner's commands. */
async function openCourse(db: Kysely<Database>, actor: Actor, courseId: string) {
  const userId = actorId(actor);
  const course = await findCourse(db, courseId);
  if (!course || !userId || !canReadCourse(actor, course)) return null;
  return { course, userId };
}

/** Enrols the actor on a course; enrolling twice keeps the first enrolment. */
export async function enrol(
  db: Db,
  actor: Actor,
  courseId: string,
): Promise<Result<{ id: string; created: boolean }>> {
  return transact<{ id: string; created: boolean }>(db.kysely, async (trx) => {
    const open = await openCourse(trx, actor, courseId);
    if (!open) return notFound();
    const existing = await findEnrolment(trx, courseId, open.userId);
    if (existing) return ok({ id: existing.id, created: false });
    const id = newId();
    await trx
      .insertInto('enrolments')
      .values({
        id,
        course_id: courseId,
        user_id: open.userId,
        enrolled_at: now(),
        last_lesson_id: null,
        completed_at: null,
      })
      .execute();
    await recordAudit(trx, {
      actorId: open.userId,
      action: 'course.enrol',
      entityType: COURSE,
      entityId: courseId,
      after: { enrolmentId: id },
    });
    return ok({ id, created: true });
  });
}

/** Where a learner goes after a lesson. */
export type NextStep = { kind: 'lesson' | 'quiz'; id: string };

/** Marks a lesson read and remembers it as where the learner stopped. */
export async function markLessonDone(
  db: Db,
  actor: Actor,
  courseId: string,
  lessonId: string,
): Promise<Result<{ next: NextStep | null }>> {
  return transact<{ next: NextStep | null }>(db.kysely, async (trx) => {
    const open = await openCourse(trx, actor, courseId);
    if (!open) return notFound();
    const lesson = await findLesson(trx, courseId, lessonId);
    if (!lesson) return notFound();
    const enrolment = await findEnrolment(trx, courseId, open.userId);
    if (!enrolment) return refused({ _form: 'course.error.notEnrolled' });
    await trx
      .insertInto('lesson_progress')
      .values({ enrolment_id: enrolment.id, lesson_id: lessonId, done_at: now() })
      .onConflict((oc) => oc.columns(['enrolment_id', 'lesson_id']).doNothing())
      .execute();
    await trx
      .updateTable('enrolments')
      .set({ last_lesson_id: lessonId })
      .where('id', '=', enrolment.id)
      .execute();
    // What follows: the next lesson of the module, else its quiz (if it has one), else the next module's first lesson.
    const lessons = await courseLessons(trx, courseId);
    const here = lessons.findIndex((l) => l.id === lessonId);
    const following = lessons[here + 1];
    if (following && following.module_id === lesson.module_id)
      return ok({ next: { kind: 'lesson', id: following.id } });
    const counts = await questionCounts(trx, courseId);
    if (counts.some((c) => c.module_id === lesson.module_id && Number(c.n) > 0))
      return ok({ next: { kind: 'quiz', id: lesson.module_id } });
    return ok({ next: following ? { kind: 'lesson', id: following.id } : null });
  });
}

/** What the learner chose: question id → option ids. */
export type QuizAnswers = Record<string, string[]>;

export interface QuizOutcome {
  score: number;
  passed: boolean;
  passMark: number;
  /** Set when this pass completed the course: the new certificate's code. */
  certificateCode: string | null;
}

/**
 * Grades a module's quiz and keeps the attempt. A quiz already passed is refused (the pass
 * stands); every question needs an answer, a single-choice one exactly one. A pass that makes
 * every quiz of the course passed completes it and issues the certificate.
 */
export async function answerQuiz(
  db: Db,
  actor: Actor,
  courseId: string,
  moduleId: string,
  answers: QuizAnswers,
): Promise<Result<QuizOutcome>> {
  return transact(db.kysely, async (trx) => {
    const open = await openCourse(trx, actor, courseId);
    if (!open) return notFound();
    const module = await findModule(trx, courseId, moduleId);
    if (!module) return notFound();
    const enrolment = await findEnrolment(trx, courseId, open.userId);
    if (!enrolment) return refused({ _form: 'course.error.notEnrolled' });
    const best = await bestAttempts(trx, enrolment.id);
    if (best.some((b) => b.module_id === moduleId && Number(b.passed) === 1))
      return refused({ _form: 'course.quiz.error.alreadyPassed' });
    const questions = await moduleQuiz(trx, moduleId);
    if (questions.length === 0) return notFound();
    const problems: Problems = {};
    for (const q of questions) {
      const chosen = answers[q.id] ?? [];
      const known = new Set(q.options.map((o) => o.id));
      if (chosen.length === 0) problems[`q-${q.id}`] = { key: 'course.quiz.error.unanswered' };
      else if (chosen.some((c) => !known.has(c)) || (q.kind === 'single' && chosen.length > 1))
        problems[`q-${q.id}`] = { key: 'course.quiz.error.choice' };
    }
    if (Object.keys(problems).length > 0) return invalid(problems);
    const results = questions.map((q) => {
      const chosen = new Set(answers[q.id]);
      const right = q.options.every((o) => (o.correct === 1) === chosen.has(o.id));
      return { questionId: q.id, right };
    });
    const score = Math.round((100 * results.filter((r) => r.right).length) / results.length);
    const passed = score >= module.pass_mark;
    const attemptId = newId();
    const at = now();
    await trx
      .insertInto('quiz_attempts')
      .values({
        id: attemptId,
        enrolment_id: enrolment.id,
        module_id: moduleId,
        score,
        passed: passed ? 1 : 0,
        answered_at: at,
      })
      .execute();
    await trx
      .insertInto('quiz_answers')
      .values(
        results.map((r) => ({ attempt_id: attemptId, question_id: r.questionId, correct: r.right ? 1 : 0 })),
      )
      .execute();
    let certificateCode: string | null = null;
    if (passed && !enrolment.completed_at)
      certificateCode = await completeIfDone(trx, open, enrolment.id, at);
    await recordAudit(trx, {
      actorId: open.userId,
      action: 'course.quiz',
      entityType: COURSE,
      entityId: courseId,
      after: { moduleId, score, passed, certificate: certificateCode !== null },
    });
    return ok({ score, passed, passMark: module.pass_mark, certificateCode });
  });
}

/** Completes the enrolment and issues its certificate when every quiz of the course is passed. */
async function completeIfDone(
  trx: Kysely<Database>,
  open: { course: { id: string; title: string; locale: ContentLocale }; userId: string },
  enrolmentId: string,
  at: string,
): Promise<string | null> {
  const [modules, counts, best] = await Promise.all([
    courseModules(trx, open.course.id),
    questionCounts(trx, open.course.id),
    bestAttempts(trx, enrolmentId),
  ]);
  const withQuiz = modules.filter((m) => counts.some((c) => c.module_id === m.id && Number(c.n) > 0));
  const passed = new Set(best.filter((b) => Number(b.passed) === 1).map((b) => b.module_id));
  if (!withQuiz.every((m) => passed.has(m.id))) return null;
  if (await certificateOf(trx, enrolmentId)) return null;
  const learner = await trx
    .selectFrom('users')
    .select('name')
    .where('id', '=', open.userId)
    .executeTakeFirstOrThrow();
  // Two random ids: about 160 bits, so a certificate's address cannot be guessed or walked.
  const code = `${newId()}${newId()}`;
  await trx.updateTable('enrolments').set({ completed_at: at }).where('id', '=', enrolmentId).execute();
  await trx
    .insertInto('certificates')
    .values({
      code,
      enrolment_id: enrolmentId,
      course_id: open.course.id,
      learner_name: learner.name,
      course_title: open.course.title,
      locale: open.course.locale,
      issued_at: at,
    })
    .execute();
  return code;
}
