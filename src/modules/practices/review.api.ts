import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { practiceParams } from './practice.schema.ts';
import { CRITERIA } from './practice.table.ts';
import { type ScoreDraft, submitReview } from './review.service.ts';

const reviewIn = z.object({
  version: z.number().int().describe("The review's version, from GET …/reviews (1 when just assigned)"),
  noConflict: z.boolean().describe('The reviewer declares no conflict of interest; false is refused'),
  scores: z
    .record(
      z.enum(CRITERIA),
      z.object({
        score: z.number().int().describe('1 (weak) to 5 (excellent)'),
        comment: z.string().max(4000),
      }),
    )
    .describe('Every criterion, each with its score and a comment'),
});

/** A reviewer submits their scores through the API, under the same rules as the form. */
export function reviewApiRoutes(app: App, { db }: AppDeps): void {
  app.post(
    '/api/v1/practices/:id/reviews',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['practices'],
        summary: "Submit one's own review of a practice (assigned reviewers without a conflict)",
        params: practiceParams,
        body: reviewIn,
        response: { 200: z.object({ promising: z.boolean(), needsThirdReviewer: z.boolean() }) },
      },
    },
    async (request, reply) => {
      const { version, noConflict, scores } = request.body;
      const draft = Object.fromEntries(
        CRITERIA.map((c) => [
          c,
          { score: scores[c] ? String(scores[c].score) : '', comment: scores[c]?.comment ?? '' },
        ]),
      ) as ScoreDraft;
      const result = await submitReview(db, request.actor, request.params.id, version, draft, noConflict);
      if (!result.ok)
        return sendFailure(request, reply, result, {
          pointers: Object.fromEntries(
            CRITERIA.flatMap((c) => [
              [`score.${c}`, `/scores/${c}/score`],
              [`comment.${c}`, `/scores/${c}/comment`],
            ]),
          ),
        });
      return { promising: result.value.promising, needsThirdReviewer: result.value.needsThird };
    },
  );
}
