import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { cursorCodec } from '../../web/cursor.ts';
import { notFound } from '../../web/errors.ts';
import { accessFor } from './organisation-access.ts';
import { getProgramme } from './programme.loader.ts';
import { presentProgrammeSummary } from './programme.presenter.ts';
import { listProgrammes, loadParts } from './programme.repository.ts';
import {
  programmeListQuery,
  programmeOut,
  programmeParams,
  programmeSummaryOut,
} from './programme.schema.ts';

/** `[title, id]` of a page's last programme. */
const programmeCursor = cursorCodec(
  z.tuple([z.string(), z.string()]).transform(([title, id]) => ({ title, id })),
);

/** The read-only programme API: a list by title, a page at a time, and one programme. */
export function programmeApiRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/api/v1/programmes',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['programmes'],
        summary: 'List programmes by title',
        querystring: programmeListQuery,
        response: { 200: z.object({ data: z.array(programmeSummaryOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor, status, country } = request.query;
      const rows = await listProgrammes(db.kysely, {
        limit: limit + 1,
        status,
        country,
        after: cursor ? programmeCursor.decode(cursor) : undefined,
      });
      const page = rows.slice(0, limit);
      const parts = await loadParts(
        db.kysely,
        page.map((r) => r.id),
        { full: false },
      );
      const last = page.at(-1);
      return {
        data: page.map((r) => presentProgrammeSummary(r, parts, request.i18n)),
        next: rows.length > limit && last ? programmeCursor.encode([last.title, last.id]) : null,
      };
    },
  );

  app.get(
    '/api/v1/programmes/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['programmes'],
        summary: 'One programme with its organisations, countries, outputs and lessons',
        params: programmeParams,
        response: { 200: programmeOut },
      },
    },
    async (request) => {
      const access = await accessFor(db.kysely, request.actor);
      const programme = await getProgramme(db, request.params.id, request.i18n, access);
      if (!programme) throw notFound();
      return programme;
    },
  );
}
