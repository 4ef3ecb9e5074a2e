import { actorId } from '../../auth/actor.ts';
import { DocumentList, listDocuments } from '../../documents/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { idParams, parseParams } from '../../web/params.ts';
import { courseApiRoutes } from './course.api.ts';
import { LESSON_DOCUMENTS } from './course.documents.ts';
import { getCourseOutline, readableCourse } from './course.loader.ts';
import { presentCourseSummary } from './course.presenter.ts';
import { enrolmentsOf, findEnrolment, findLesson, lessonsDone, listCourses } from './course.repository.ts';
import { courseCursor, coursePageQuery, lessonParams } from './course.schema.ts';
import { CourseListPage, CoursePage, LessonPage } from './course.views.tsx';
import { enrol, markLessonDone } from './learner.service.ts';
import { canCreateCourse, canManageCourse } from './learning.policy.ts';

export const COURSE_PAGE_SIZE = 50;

/** The catalogue, a course's page, enrolment, and lessons with "done, go on". */
export function courseRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;

  app.get('/courses', { config: { policy: 'public' } }, async (request, reply) => {
    const query = coursePageQuery.parse(request.query ?? {});
    const rows = await listCourses(db.kysely, {
      locale: query.locale,
      after: courseCursor.read(query.after),
      limit: COURSE_PAGE_SIZE + 1,
    });
    const page = rows.slice(0, COURSE_PAGE_SIZE);
    const last = page.at(-1);
    const nextHref =
      rows.length > COURSE_PAGE_SIZE && last
        ? `/courses?${new URLSearchParams({ ...(query.locale ? { locale: query.locale } : {}), after: courseCursor.encode([last.title, last.id]) })}`
        : null;
    const userId = actorId(request.actor);
    const mine = new Map(
      (userId ? await enrolmentsOf(db.kysely, userId) : []).map((e) => [
        e.course_id,
        { completed: e.completed_at !== null },
      ]),
    );
    return reply.page(
      <CourseListPage
        courses={page.map(presentCourseSummary)}
        nextHref={nextHref}
        mine={mine}
        canCreate={canCreateCourse(request.actor)}
      />,
    );
  });

  app.get(
    '/courses/:id',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => {
      const course = await getCourseOutline(db, request.actor, request.params.id);
      if (!course) throw notFound();
      return reply.page(<CoursePage course={course} />);
    },
  );

  app.post(
    '/courses/:id/enrol',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const result = await enrol(db, request.actor, id);
      if (!result.ok) throw notFound();
      const outline = await getCourseOutline(db, request.actor, id);
      return reply.seeOther(outline?.progress?.resumeHref ?? `/courses/${id}`, {
        kind: 'success',
        key: result.value.created ? 'course.flash.enrolled' : 'course.flash.alreadyEnrolled',
      });
    },
  );

  app.get('/courses/:id/lessons/:lessonId', { config: { policy: 'public' } }, async (request, reply) => {
    const { id, lessonId } = parseParams(lessonParams, request.params);
    const course = await readableCourse(db, request.actor, id);
    const lesson = course ? await findLesson(db.kysely, id, lessonId) : undefined;
    if (!course || !lesson) throw notFound();
    const userId = actorId(request.actor);
    const enrolment = userId ? await findEnrolment(db.kysely, id, userId) : undefined;
    const done = enrolment
      ? (await lessonsDone(db.kysely, enrolment.id)).some((d) => d.lesson_id === lessonId)
      : false;
    const documents = await listDocuments(db.kysely, LESSON_DOCUMENTS, lessonId);
    return reply.page(
      <LessonPage
        course={course}
        lesson={lesson}
        enrolled={enrolment !== undefined}
        done={done}
        documents={
          <DocumentList
            documents={documents}
            ownerType={LESSON_DOCUMENTS}
            ownerId={lessonId}
            access={{ write: canManageCourse(request.actor, course) }}
          />
        }
      />,
    );
  });

  app.post(
    '/courses/:id/lessons/:lessonId/done',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const { id, lessonId } = parseParams(lessonParams, request.params);
      const result = await markLessonDone(db, request.actor, id, lessonId);
      if (!result.ok) {
        if (result.kind === 'not-found') throw notFound();
        return reply.seeOther(`/courses/${id}`, { kind: 'warning', key: 'course.error.notEnrolled' });
      }
      const next = result.value.next;
      const href = !next
        ? `/courses/${id}`
        : next.kind === 'lesson'
          ? `/courses/${id}/lessons/${next.id}`
          : `/courses/${id}/modules/${next.id}/quiz`;
      return reply.seeOther(href);
    },
  );

  courseApiRoutes(app, deps);
}
