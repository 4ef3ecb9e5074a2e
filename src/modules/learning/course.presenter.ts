import type { ContentLocale, CourseRow } from './learning.table.ts';

export interface CourseSummary {
  id: string;
  locale: ContentLocale;
  title: string;
  summary: string;
  updatedAt: string;
}

/** A learner's place in a course: what is done, where to resume, and the certificate once earned. */
export interface Progress {
  enrolledAt: string;
  lessonsDone: number;
  lessonsTotal: number;
  quizzesPassed: number;
  quizzesTotal: number;
  /** Whole percent of lessons read and quizzes passed together. */
  percent: number;
  /** Where to go on: the lesson after the last one read, or the first quiz not yet passed. */
  resumeHref: string | null;
  completedAt: string | null;
  certificateCode: string | null;
}

/** A course with its modules and lessons (no answers), the reader's progress and what they may do. */
export interface CourseOutline extends CourseSummary {
  published: boolean;
  languages: { id: string; locale: ContentLocale; title: string }[];
  modules: {
    id: string;
    title: string;
    intro: string;
    passMark: number;
    questions: number;
    quiz: { passed: boolean; bestScore: number | null; attempts: number } | null;
    lessons: { id: string; title: string; done: boolean }[];
  }[];
  progress: Progress | null;
  actions: { enrol: boolean; signIn: boolean; results: boolean };
}

export function presentCourseSummary(row: CourseRow): CourseSummary {
  return {
    id: row.id,
    locale: row.locale,
    title: row.title,
    summary: row.summary,
    updatedAt: row.updated_at,
  };
}
