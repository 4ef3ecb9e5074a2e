import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { idParams } from '../../web/params.ts';
import { getGuidance, guidancePage } from './guidance.loader.ts';
import { presentGuidanceSummary } from './guidance.presenter.ts';
import { guidanceCursor, guidanceListQuery, guidanceOut, guidanceSummaryOut } from './guidance.schema.ts';

/** The read-only guidance API: the library by title, a page at a time, and one document. */
export function guidanceApiRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/api/v1/guidance',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['learning'],
        operationId: 'listGuidance',
        summary: 'List guidance notes, handbooks and sector checklists, by title',
        querystring: guidanceListQuery,
        response: { 200: z.object({ data: z.array(guidanceSummaryOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor, kind, locale, term } = request.query;
      const rows = await guidancePage(db, {
        kind,
        locale,
        term,
        after: cursor ? guidanceCursor.decode(cursor) : undefined,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        data: page.map(presentGuidanceSummary),
        next: rows.length > limit && last ? guidanceCursor.encode([last.title, last.id]) : null,
      };
    },
  );

  app.get(
    '/api/v1/guidance/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['learning'],
        operationId: 'getGuidance',
        summary: 'One guidance document with its languages, themes and sectors, and its versions',
        params: idParams,
        response: { 200: guidanceOut },
      },
    },
    async (request) => {
      const guidance = await getGuidance(db, request.params.id, request.actor, request.i18n);
      if (!guidance) throw notFound();
      return guidance;
    },
  );
}
