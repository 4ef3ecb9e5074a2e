import type { FastifyRequest } from 'fastify';
import { actorId } from '../../auth/actor.ts';
import { problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, textOf, translateProblems, versionOf } from '../../web/form/index.ts';
import { idParams } from '../../web/params.ts';
import { getPractice } from './practice.loader.ts';
import { CRITERIA } from './practice.table.ts';
import { reviewOf, reviewsOf } from './review.repository.ts';
import { declareConflict, type ScoreDraft, submitReview } from './review.service.ts';
import { ReviewFormPage } from './review.views.tsx';

const FIELD_ORDER = ['noConflict', ...CRITERIA.flatMap((c) => [`score.${c}`, `comment.${c}`])];

function readScoreDraft(body: unknown): ScoreDraft {
  const b = asBody(body);
  return Object.fromEntries(
    CRITERIA.map((c) => [c, { score: textOf(b, `score.${c}`), comment: textOf(b, `comment.${c}`) }]),
  ) as ScoreDraft;
}

const EMPTY = Object.fromEntries(CRITERIA.map((c) => [c, { score: '', comment: '' }])) as ScoreDraft;

/** The reviewer's page: the scores form and the conflict declaration. */
export function reviewRoutes(app: App, { db }: AppDeps): void {
  async function load(id: string, request: FastifyRequest) {
    const userId = actorId(request.actor);
    const practice = await getPractice(db, id, request.actor, request.i18n);
    if (!practice || !userId) return undefined;
    const mine = await reviewOf(db.kysely, id, userId);
    if (mine?.state !== 'assigned' || !practice.actions.review) return undefined;
    const review = (await reviewsOf(db.kysely, id)).find((r) => r.id === mine.id)!;
    return { practice, review };
  }

  app.get(
    '/practices/:id/review',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const found = await load(request.params.id, request);
      if (!found) throw notFound();
      return reply.page(<ReviewFormPage {...found} draft={EMPTY} errors={{}} />);
    },
  );

  app.post(
    '/practices/:id/review',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const body = asBody(request.body);
      const draft = readScoreDraft(body);
      const version = versionOf(body) ?? -1;
      const result = await submitReview(
        db,
        request.actor,
        id,
        version,
        draft,
        textOf(body, 'noConflict') === 'yes',
      );
      if (result.ok)
        return reply.seeOther(`/practices/${id}#reviews`, {
          kind: 'success',
          key: 'practice.flash.reviewed',
        });
      if (result.kind === 'not-found') throw notFound();
      const found = await load(id, request);
      if (!found) throw notFound();
      return reply.page(
        <ReviewFormPage
          {...found}
          draft={draft}
          errors={translateProblems(problemsOf(result), request.i18n, { order: FIELD_ORDER })}
          conflict={result.kind === 'conflict'}
        />,
        failureStatus(result),
      );
    },
  );

  app.post(
    '/practices/:id/review/conflict',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const body = asBody(request.body);
      const result = await declareConflict(
        db,
        request.actor,
        id,
        versionOf(body) ?? -1,
        textOf(body, 'note').slice(0, 2000),
      );
      if (result.ok)
        return reply.seeOther('/practices/mine', { kind: 'success', key: 'practice.flash.conflict' });
      if (result.kind === 'not-found') throw notFound();
      const found = await load(id, request);
      if (!found) throw notFound();
      return reply.page(
        <ReviewFormPage
          {...found}
          draft={EMPTY}
          errors={translateProblems(problemsOf(result), request.i18n)}
          conflict={result.kind === 'conflict'}
        />,
        failureStatus(result),
      );
    },
  );
}
