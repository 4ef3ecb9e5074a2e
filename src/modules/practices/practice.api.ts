import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { cursorCodec } from '../../web/cursor.ts';
import { notFound } from '../../web/errors.ts';
import { today } from '../../web/form/index.ts';
import { apiPageQuery } from '../programmes/index.ts';
import { allTerms } from '../taxonomy/index.ts';
import { presentCall } from './call.presenter.ts';
import { findCall, listCalls } from './call.repository.ts';
import { catalogueCursor, listCatalogue, nextCursor } from './practice.catalogue.ts';
import { readCatalogueQuery } from './practice.filters.ts';
import { getPractice, reviewsFor } from './practice.loader.ts';
import { presentPracticeSummary } from './practice.presenter.ts';
import { practiceListQuery, practiceOut, practiceParams, practiceSummaryOut } from './practice.schema.ts';
import { CRITERIA, REVIEW_STATES } from './practice.table.ts';

const callOut = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  theme: z.string().nullable(),
  region: z.string().nullable(),
  origin: z.string().nullable(),
  destination: z.string().nullable(),
  opensOn: z.string(),
  closesOn: z.string(),
  state: z.enum(['upcoming', 'open', 'closed']).describe('Computed from the dates when read'),
  demo: z.boolean(),
});

const reviewOut = z.object({
  id: z.string(),
  reviewer: z.string().describe("The name for moderators and for one's own review; else a number"),
  state: z.enum(REVIEW_STATES),
  submittedAt: z.string().nullable(),
  scores: z.array(z.object({ criterion: z.enum(CRITERIA), score: z.number().int(), comment: z.string() })),
});

const callCursor = cursorCodec(
  z.tuple([z.string(), z.string()]).transform(([closesOn, id]) => ({ closesOn, id })),
);

/** The practices and calls API: the same rules as the pages (reviews for reviewers and moderators). */
export function practiceApiRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;
  app.get(
    '/api/v1/practices',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['practices'],
        summary: 'List practices, newest published first, filtered like the catalogue',
        querystring: practiceListQuery,
        response: { 200: z.object({ data: z.array(practiceSummaryOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const { filter } = await readCatalogueQuery(k, request.query, request.actor);
      const rows = await listCatalogue(k, filter, {
        limit: limit + 1,
        after: cursor ? catalogueCursor.decode(cursor) : undefined,
      });
      return {
        data: rows.slice(0, limit).map((r) => presentPracticeSummary(r, request.i18n)),
        next: nextCursor(rows, limit, filter.status),
      };
    },
  );

  app.get(
    '/api/v1/practices/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['practices'],
        summary: 'One practice with its evidence, partners and review summary',
        params: practiceParams,
        response: { 200: practiceOut },
      },
    },
    async (request) => {
      const practice = await getPractice(db, request.params.id, request.actor, request.i18n);
      if (!practice) throw notFound();
      const { linkIds: _l, ...out } = practice;
      return out;
    },
  );

  app.get(
    '/api/v1/practices/:id/reviews',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['practices'],
        summary:
          "A practice's peer reviews: all of them for moderators and reviewers who submitted theirs, else one's own",
        params: practiceParams,
        response: { 200: z.object({ data: z.array(reviewOut) }) },
      },
    },
    async (request) => {
      const practice = await getPractice(db, request.params.id, request.actor, request.i18n);
      const userId = actorId(request.actor);
      if (!practice) throw notFound();
      const { reviews } = await reviewsFor(k, practice, userId);
      if (!practice.actions.seeReviews && reviews.length === 0) throw notFound();
      return {
        data: reviews.map((r, i) => ({
          id: r.id,
          reviewer: practice.actions.seeReviewers || r.reviewerId === userId ? r.reviewerName : `#${i + 1}`,
          state: r.state,
          submittedAt: r.submittedAt,
          scores: r.scores,
        })),
      };
    },
  );

  app.get(
    '/api/v1/calls',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['practices'],
        summary: 'List calls for practices, latest closing first',
        querystring: z.object(apiPageQuery),
        response: { 200: z.object({ data: z.array(callOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      const [rows, terms] = await Promise.all([
        listCalls(k, { limit: limit + 1, after: cursor ? callCursor.decode(cursor) : undefined }),
        allTerms(k),
      ]);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      const day = today();
      return {
        data: page.map((r) => {
          const { actions: _a, ...call } = presentCall(r, day, request.actor, request.i18n, terms);
          return call;
        }),
        next: rows.length > limit && last ? callCursor.encode([last.closes_on, last.id]) : null,
      };
    },
  );

  app.get(
    '/api/v1/calls/:id',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['practices'],
        summary: 'One call for practices',
        params: z.object({ id: z.string().min(1).max(40) }),
        response: { 200: callOut },
      },
    },
    async (request) => {
      const row = await findCall(k, request.params.id);
      if (!row) throw notFound();
      const { actions: _a, ...call } = presentCall(
        row,
        today(),
        request.actor,
        request.i18n,
        await allTerms(k),
      );
      return call;
    },
  );
}
