import { type Actor, actorId } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import type { CourseOutline } from './course.presenter.ts';
import { presentCourseSummary } from './course.presenter.ts';
import {
  bestAttempts,
  courseFamily,
  courseLessons,
  courseModules,
  enrolmentWithCertificate,
  findCourse,
  lessonsDone,
  questionCounts,
} from './course.repository.ts';
import { canManageCourse, canReadCourse } from './learning.policy.ts';
import type { CourseRow } from './learning.table.ts';

type Structure = {
  modules: Awaited<ReturnType<typeof courseModules>>;
  lessons: Awaited<ReturnType<typeof courseLessons>>;
  counts: Awaited<ReturnType<typeof questionCounts>>;
};
const STRUCTURES_KEPT = 500;
const structures = new WeakMap<object, Map<string, Structure>>();

/**
 * A course's modules, lessons and question counts, kept per database by the course's id and
 * version (decision 138): a change to its structure saves the course with a new version, so a
 * kept copy is never stale, and every process sharing a PostgreSQL database sees the same.
 */
async function courseStructure(db: Db, course: CourseRow): Promise<Structure> {
  let kept = structures.get(db.kysely);
  if (!kept) {
    kept = new Map();
    structures.set(db.kysely, kept);
  }
  const key = `${course.id}:${course.version}`;
  const hit = kept.get(key);
  if (hit) return hit;
  const [modules, lessons, counts] = await Promise.all([
    courseModules(db.kysely, course.id),
    courseLessons(db.kysely, course.id),
    questionCounts(db.kysely, course.id),
  ]);
  const made = { modules, lessons, counts };
  if (kept.size >= STRUCTURES_KEPT) kept.delete(kept.keys().next().value ?? '');
  kept.set(key, made);
  return made;
}

/** The course if the actor may read it. */
export async function readableCourse(db: Db, actor: Actor, id: string): Promise<CourseRow | undefined> {
  const course = await findCourse(db.kysely, id);
  return course && canReadCourse(actor, course) ? course : undefined;
}

/** A course's outline with the actor's progress (when enrolled) and what they may do. */
export async function getCourseOutline(db: Db, actor: Actor, id: string): Promise<CourseOutline | undefined> {
  const course = await readableCourse(db, actor, id);
  if (!course) return undefined;
  const userId = actorId(actor);
  const [{ modules, lessons, counts }, family, enrolment] = await Promise.all([
    courseStructure(db, course),
    courseFamily(db.kysely, course.family_id),
    userId ? enrolmentWithCertificate(db.kysely, id, userId) : undefined,
  ]);
  const [done, best] = enrolment
    ? await Promise.all([lessonsDone(db.kysely, enrolment.id), bestAttempts(db.kysely, enrolment.id)])
    : [[], []];
  const doneIds = new Set(done.map((d) => d.lesson_id));
  const outlineModules = modules.map((m) => {
    const questions = Number(counts.find((c) => c.module_id === m.id)?.n ?? 0);
    const attempt = best.find((b) => b.module_id === m.id);
    return {
      id: m.id,
      title: m.title,
      intro: m.intro,
      passMark: m.pass_mark,
      questions,
      quiz:
        questions === 0 || !enrolment
          ? null
          : {
              passed: Number(attempt?.passed ?? 0) === 1,
              bestScore: attempt ? Number(attempt.score) : null,
              attempts: Number(attempt?.attempts ?? 0),
            },
      lessons: lessons
        .filter((l) => l.module_id === m.id)
        .map((l) => ({ id: l.id, title: l.title, done: doneIds.has(l.id) })),
    };
  });
  let progress: CourseOutline['progress'] = null;
  if (enrolment) {
    const quizzes = outlineModules.filter((m) => m.quiz);
    const passed = quizzes.filter((m) => m.quiz?.passed).length;
    const total = lessons.length + quizzes.length;
    const doneCount = lessons.filter((l) => doneIds.has(l.id)).length;
    progress = {
      enrolledAt: enrolment.enrolled_at,
      lessonsDone: doneCount,
      lessonsTotal: lessons.length,
      quizzesPassed: passed,
      quizzesTotal: quizzes.length,
      percent: total === 0 ? 100 : Math.round((100 * (doneCount + passed)) / total),
      resumeHref: resumeHref(id, lessons, enrolment.last_lesson_id, doneIds, outlineModules),
      completedAt: enrolment.completed_at,
      certificateCode: enrolment.certificate_code ?? null,
    };
  }
  return {
    ...presentCourseSummary(course),
    published: course.published === 1,
    languages: family.filter((f) => f.id !== id),
    modules: outlineModules,
    progress,
    actions: {
      enrol: userId !== null && !enrolment && course.published === 1,
      signIn: userId === null,
      results: canManageCourse(actor, course),
    },
  };
}

/**
 * Where a learner resumes: the lesson after the last one they read (or the quiz ending its
 * module, if not passed); else the first lesson not read; else the first quiz not passed.
 */
function resumeHref(
  courseId: string,
  lessons: { id: string; module_id: string }[],
  lastLessonId: string | null,
  done: Set<string>,
  modules: { id: string; quiz: { passed: boolean } | null }[],
): string | null {
  const lessonHref = (id: string) => `/courses/${courseId}/lessons/${id}`;
  const quizHref = (id: string) => `/courses/${courseId}/modules/${id}/quiz`;
  const unpassed = (moduleId: string) => modules.find((m) => m.id === moduleId && m.quiz && !m.quiz.passed);
  const at = lastLessonId ? lessons.findIndex((l) => l.id === lastLessonId) : -1;
  if (at >= 0) {
    const last = lessons[at];
    const next = lessons[at + 1];
    if (next && next.module_id === last?.module_id) return lessonHref(next.id);
    if (last && unpassed(last.module_id)) return quizHref(last.module_id);
    if (next) return lessonHref(next.id);
  }
  const unread = lessons.find((l) => !done.has(l.id));
  if (unread) return lessonHref(unread.id);
  const quiz = modules.find((m) => m.quiz && !m.quiz.passed);
  return quiz ? quizHref(quiz.id) : null;
}
