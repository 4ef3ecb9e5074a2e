import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { idParams } from '../../web/params.ts';
import { loadCertificate } from './certificate.routes.tsx';
import { getCourseOutline } from './course.loader.ts';
import { presentCourseSummary } from './course.presenter.ts';
import { listCourses } from './course.repository.ts';
import {
  certificateOut,
  certificateParams,
  courseCursor,
  courseListQuery,
  courseOut,
  courseSummaryOut,
  progressOut,
} from './course.schema.ts';

/** The course API: the catalogue, one course (with the caller's progress), the caller's progress, a certificate. */
export function courseApiRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/api/v1/courses',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['learning'],
        operationId: 'listCourses',
        summary: 'List published courses, by title',
        querystring: courseListQuery,
        response: { 200: z.object({ data: z.array(courseSummaryOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor, locale } = request.query;
      const rows = await listCourses(db.kysely, {
        locale,
        after: cursor ? courseCursor.decode(cursor) : undefined,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        data: page.map(presentCourseSummary),
        next: rows.length > limit && last ? courseCursor.encode([last.title, last.id]) : null,
      };
    },
  );

  app.get(
    '/api/v1/courses/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['learning'],
        operationId: 'getCourse',
        summary:
          "One course: its modules, lessons and quizzes (never the answers), and the caller's progress",
        params: idParams,
        response: { 200: courseOut },
      },
    },
    async (request) => {
      const course = await getCourseOutline(db, request.actor, request.params.id);
      if (!course) throw notFound();
      return course;
    },
  );

  app.get(
    '/api/v1/courses/:id/progress',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['learning'],
        operationId: 'getMyCourseProgress',
        summary: "The caller's own progress in a course (404 when not enrolled)",
        params: idParams,
        response: { 200: progressOut },
      },
    },
    async (request) => {
      const course = await getCourseOutline(db, request.actor, request.params.id);
      if (!course?.progress) throw notFound();
      return course.progress;
    },
  );

  app.get(
    '/api/v1/certificates/:code',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['learning'],
        operationId: 'verifyCertificate',
        summary: 'Verify a course certificate by the code of its public link',
        params: certificateParams,
        response: { 200: certificateOut },
      },
    },
    async (request) => {
      const certificate = await loadCertificate(db, request.params.code);
      if (!certificate) throw notFound();
      return certificate;
    },
  );
}
