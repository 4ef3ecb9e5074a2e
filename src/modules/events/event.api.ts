import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { cursorCodec } from '../../web/cursor.ts';
import { notFound } from '../../web/errors.ts';
import { today } from '../../web/form/index.ts';
import { accessFor } from '../programmes/index.ts';
import { getEvent } from './event.loader.ts';
import { presentEventSummary } from './event.presenter.ts';
import { listEvents } from './event.repository.ts';
import { eventListQuery, eventOut, eventParams, eventSummaryOut } from './event.schema.ts';

/** `[starts_on, id]` of a page's last event. */
const eventCursor = cursorCodec(
  z.tuple([z.string(), z.string()]).transform(([startsOn, id]) => ({ startsOn, id })),
);

/** The read-only event API: a list, most recent first, a page at a time, and one event. */
export function eventApiRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/api/v1/events',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['events'],
        summary: 'List events, most recent first',
        querystring: eventListQuery,
        response: { 200: z.object({ data: z.array(eventSummaryOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor, when, kind, country } = request.query;
      const rows = await listEvents(db.kysely, {
        when,
        today: today(),
        kind,
        country,
        limit: limit + 1,
        order: 'desc',
        after: cursor ? eventCursor.decode(cursor) : undefined,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        data: page.map((r) => presentEventSummary(r, request.i18n)),
        next: rows.length > limit && last ? eventCursor.encode([last.starts_on, last.id]) : null,
      };
    },
  );

  app.get(
    '/api/v1/events/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['events'],
        summary: 'One event with its organisers, key issues, outcomes, recommendations and parts',
        params: eventParams,
        response: { 200: eventOut },
      },
    },
    async (request) => {
      const event = await getEvent(
        db,
        request.params.id,
        request.i18n,
        await accessFor(db.kysely, request.actor),
      );
      if (!event) throw notFound();
      return event;
    },
  );
}
