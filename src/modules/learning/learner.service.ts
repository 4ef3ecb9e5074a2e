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
  learnerName,
  moduleQuiz,
  questionCounts,
} from './course.repository.ts';
import { COURSE } from './course.service.ts';
import { insertAttempt, insertCertificate, insertEnrolment, recordLessonDone } from './learner.repository.ts';
import { canReadCourse } from './learning.policy.ts';
import type { ContentLocale } from './learning.table.ts';

// A learner's commands: enrol, mark a lesson read, answer a quiz (and so complete the course).

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
    await insertEnrolment(trx, {
      id,
      course_id: courseId,
      user_id: open.userId,
      enrolled_at: now(),
      last_lesson_id: null,
      completed_at: null,
    });
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
    await recordLessonDone(trx, enrolment.id, lessonId, now());
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
    await insertAttempt(
      trx,
      {
        id: attemptId,
        enrolment_id: enrolment.id,
        module_id: moduleId,
        score,
        passed: passed ? 1 : 0,
        answered_at: at,
      },
      results,
    );
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
  // Two random ids: about 160 bits, so a certificate's address cannot be guessed or walked.
  const code = `${newId()}${newId()}`;
  await insertCertificate(trx, {
    code,
    enrolment_id: enrolmentId,
    course_id: open.course.id,
    learner_name: await learnerName(trx, open.userId),
    course_title: open.course.title,
    locale: open.course.locale,
    issued_at: at,
  });
  return code;
}
