import { recordAudit } from '../../audit/audit.repository.ts';
import { invalid, ok, type Problems, type Result, transact } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import { newId, now } from '../../db/ids.ts';
import { findCourse } from './course.repository.ts';
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
