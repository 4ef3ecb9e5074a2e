import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { cursorCodec } from '../../web/cursor.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import { loadProcessAccess } from '../processes/index.ts';
import { presentLessons } from './lesson.presenter.ts';
import { findLesson, listProcessLessons, listPublicLessonsNewest } from './lesson.repository.ts';
import {
  cursorQuery,
  lessonApiInput,
  lessonApiUpdate,
  lessonFilters,
  lessonOut,
  lessonParams,
  processParams,
} from './lesson.schema.ts';
import {
  createLesson,
  deleteLesson,
  type LessonAccess,
  type Result,
  updateLesson,
} from './lesson.service.ts';
import { unknownFilterTheme } from './lesson.themes.ts';

const TAGS = ['lessons'];
const listOut = z.object({ data: z.array(lessonOut), next: z.string().nullable() });

/** `[created_at, id]` of a page's last lesson. */
const lessonCursor = cursorCodec(z.tuple([z.string(), z.string()]).transform(([at, id]) => ({ at, id })));
const decodeCursor = (cursor: string | undefined) =>
  cursor === undefined ? undefined : lessonCursor.decode(cursor);

function problemFor(result: Exclude<Result<unknown>, { ok: true }>): HttpProblem {
  if (result.kind === 'conflict') return new HttpProblem(409, 'VersionConflict', 'error.versionConflict');
  if (result.kind === 'invalid')
    return new HttpProblem(
      422,
      'ValidationFailed',
      Object.values(result.errors)[0]?.key ?? 'error.validation',
      Object.values(result.errors)[0]?.values,
    );
  return notFound();
}

export function lessonApi(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  app.get(
    '/api/v1/lessons',
    {
      config: { policy: 'public' },
      schema: {
        tags: TAGS,
        summary: 'Lessons learned by all public processes, newest first, filterable by theme and country',
        querystring: cursorQuery.extend(lessonFilters.shape),
        response: { 200: listOut },
      },
    },
    async (request) => {
      const { limit, cursor, theme, country } = request.query;
      if (await unknownFilterTheme(k, theme))
        throw new HttpProblem(400, 'UnknownTheme', 'lessons.error.themeFilter');
      const rows = await listPublicLessonsNewest(
        k,
        { theme, country },
        { limit: limit + 1, before: decodeCursor(cursor) },
      );
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        data: await presentLessons(k, page, request.i18n),
        next: rows.length > limit && last ? lessonCursor.encode([last.created_at, last.id]) : null,
      };
    },
  );

  app.get(
    '/api/v1/processes/:id/lessons',
    {
      config: { policy: 'public' },
      schema: {
        tags: TAGS,
        summary: "A process's lessons learned, in the order recorded",
        params: processParams,
        querystring: cursorQuery,
        response: { 200: listOut },
      },
    },
    async (request) => {
      const { id } = request.params;
      await loadProcessAccess(k, request.actor, id, 'view');
      const { limit, cursor } = request.query;
      const rows = await listProcessLessons(k, id, { limit: limit + 1, after: decodeCursor(cursor) });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        data: await presentLessons(k, page, request.i18n),
        next: rows.length > limit && last ? lessonCursor.encode([last.created_at, last.id]) : null,
      };
    },
  );

  app.post(
    '/api/v1/processes/:id/lessons',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: TAGS,
        summary: "Add a lesson to a process's log (process owners and members)",
        security: [{ bearer: [] }],
        params: processParams,
        body: lessonApiInput,
        response: { 201: lessonOut },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const space = await loadProcessAccess(k, request.actor, id, 'view');
      const access: LessonAccess = { actor: request.actor, ...space };
      const result = await createLesson(db, access, request.body);
      if (!result.ok) throw problemFor(result);
      const row = await findLesson(k, id, result.value.id);
      const [lesson] = await presentLessons(k, row ? [row] : [], request.i18n);
      if (!lesson) throw notFound();
      return reply.status(201).send(lesson);
    },
  );

  app.get(
    '/api/v1/processes/:id/lessons/:lid',
    {
      config: { policy: 'public' },
      schema: {
        tags: TAGS,
        summary: 'One lesson of a process',
        params: lessonParams,
        response: { 200: lessonOut },
      },
    },
    async (request) => {
      const { id, lid } = request.params;
      await loadProcessAccess(k, request.actor, id, 'view');
      const row = await findLesson(k, id, lid);
      const [lesson] = await presentLessons(k, row ? [row] : [], request.i18n);
      if (!lesson) throw notFound();
      return lesson;
    },
  );

  app.put(
    '/api/v1/processes/:id/lessons/:lid',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: TAGS,
        summary: 'Replace a lesson; a stale `version` answers 409',
        security: [{ bearer: [] }],
        params: lessonParams,
        body: lessonApiUpdate,
        response: { 200: lessonOut },
      },
    },
    async (request) => {
      const { id, lid } = request.params;
      const space = await loadProcessAccess(k, request.actor, id, 'view');
      const access: LessonAccess = { actor: request.actor, ...space };
      const { version, ...input } = request.body;
      const result = await updateLesson(db, access, lid, version, input);
      if (!result.ok) throw problemFor(result);
      const row = await findLesson(k, id, lid);
      const [lesson] = await presentLessons(k, row ? [row] : [], request.i18n);
      if (!lesson) throw notFound();
      return lesson;
    },
  );

  app.delete(
    '/api/v1/processes/:id/lessons/:lid',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: TAGS,
        summary: 'Delete a lesson (owners and members)',
        security: [{ bearer: [] }],
        params: lessonParams,
        response: { 204: z.null().describe('Deleted') },
      },
    },
    async (request, reply) => {
      const { id, lid } = request.params;
      const space = await loadProcessAccess(k, request.actor, id, 'view');
      const result = await deleteLesson(db, { actor: request.actor, ...space }, lid);
      if (!result.ok) throw problemFor(result);
      return reply.status(204).send(null);
    },
  );
}
