import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { cursorCodec } from '../../web/cursor.ts';
import { HttpProblem } from '../../web/errors.ts';
import { lessonAccessFor, loadLesson } from './lesson.loader.ts';
import { presentLessons } from './lesson.presenter.ts';
import { listProcessLessons, listPublicLessonsNewest } from './lesson.repository.ts';
import {
  cursorQuery,
  lessonApiInput,
  lessonApiUpdate,
  lessonFilters,
  lessonOut,
  lessonParams,
  processParams,
} from './lesson.schema.ts';
import { createLesson, deleteLesson, updateLesson } from './lesson.service.ts';
import { unknownFilterTheme } from './lesson.themes.ts';

const TAGS = ['lessons'];
const listOut = z.object({ data: z.array(lessonOut), next: z.string().nullable() });

/** `[created_at, id]` of a page's last lesson. */
const lessonCursor = cursorCodec(z.tuple([z.string(), z.string()]).transform(([at, id]) => ({ at, id })));
const decodeCursor = (cursor: string | undefined) =>
  cursor === undefined ? undefined : lessonCursor.decode(cursor);

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
      await lessonAccessFor(k, request.actor, id);
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
      const access = await lessonAccessFor(k, request.actor, id);
      const result = await createLesson(db, access, request.body);
      if (!result.ok) return sendFailure(request, reply, result);
      return reply.status(201).send(await loadLesson(k, id, result.value.id, request.i18n));
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
      await lessonAccessFor(k, request.actor, id);
      return loadLesson(k, id, lid, request.i18n);
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
    async (request, reply) => {
      const { id, lid } = request.params;
      const access = await lessonAccessFor(k, request.actor, id);
      const { version, ...input } = request.body;
      const result = await updateLesson(db, access, lid, version, input);
      if (!result.ok) return sendFailure(request, reply, result);
      return loadLesson(k, id, lid, request.i18n);
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
      const access = await lessonAccessFor(k, request.actor, id);
      const result = await deleteLesson(db, access, lid);
      if (!result.ok) return sendFailure(request, reply, result);
      return reply.status(204).send(null);
    },
  );
}
