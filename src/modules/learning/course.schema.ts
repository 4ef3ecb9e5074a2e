import { z } from 'zod';
import { cursorCodec } from '../../web/cursor.ts';
import { asBody, listOf } from '../../web/form/index.ts';
import { idParam } from '../../web/params.ts';
import { apiPageQuery } from '../programmes/index.ts';
import { CONTENT_LOCALES } from './learning.table.ts';

/** `[title, id]` of a page's last course. */
export const courseCursor = cursorCodec(
  z.tuple([z.string(), z.string()]).transform(([title, id]) => ({ title, id })),
);

export const lessonParams = z.object({
  id: idParam.describe('Course id'),
  lessonId: idParam.describe('Lesson id'),
});
export const moduleParams = z.object({
  id: idParam.describe('Course id'),
  moduleId: idParam.describe('Module id'),
});
export const certificateParams = z.object({
  code: z
    .string()
    .regex(/^[a-z0-9]{16,64}$/)
    .describe('The certificate code from its verification link'),
});

export const coursePageQuery = z.object({
  locale: z.enum(CONTENT_LOCALES).optional().catch(undefined),
  after: z.string().max(400).optional().catch(undefined),
});

export const courseListQuery = z.object({
  locale: z.enum(CONTENT_LOCALES).optional().describe('Only courses written in this language'),
  ...apiPageQuery,
});

/** The quiz as posted: `q-<question id>` fields, each with one or more option ids. */
export function readQuizAnswers(raw: unknown, questionIds: string[]): Record<string, string[]> {
  const body = asBody(raw);
  return Object.fromEntries(questionIds.map((id) => [id, listOf(body, `q-${id}`).slice(0, 20)]));
}

export const courseSummaryOut = z.object({
  id: z.string(),
  locale: z.enum(CONTENT_LOCALES),
  title: z.string(),
  summary: z.string(),
  updatedAt: z.string(),
});

export const progressOut = z.object({
  enrolledAt: z.string(),
  lessonsDone: z.number().int(),
  lessonsTotal: z.number().int(),
  quizzesPassed: z.number().int(),
  quizzesTotal: z.number().int(),
  percent: z.number().int().describe('Lessons read and quizzes passed, in whole percent'),
  resumeHref: z.string().nullable().describe('The page where the learner goes on'),
  completedAt: z.string().nullable(),
  certificateCode: z.string().nullable(),
});

export const courseOut = courseSummaryOut.extend({
  published: z.boolean(),
  languages: z.array(z.object({ id: z.string(), locale: z.enum(CONTENT_LOCALES), title: z.string() })),
  modules: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      intro: z.string(),
      passMark: z.number().int(),
      questions: z.number().int(),
      quiz: z
        .object({ passed: z.boolean(), bestScore: z.number().nullable(), attempts: z.number().int() })
        .nullable(),
      lessons: z.array(z.object({ id: z.string(), title: z.string(), done: z.boolean() })),
    }),
  ),
  progress: progressOut.nullable().describe("The caller's own progress, when signed in and enrolled"),
  actions: z.object({ enrol: z.boolean(), signIn: z.boolean(), results: z.boolean() }),
});

export const certificateOut = z.object({
  code: z.string(),
  learnerName: z.string(),
  courseTitle: z.string(),
  courseId: z.string(),
  locale: z.string(),
  issuedAt: z.string(),
});
