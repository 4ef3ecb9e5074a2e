import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Failure, problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, textOf, translateProblems, versionOf } from '../../web/form/index.ts';
import { idParams } from '../../web/params.ts';
import { loadPracticePage } from './practice.loader.ts';
import { assignForm } from './practice.schema.ts';
import { practiceStep } from './practice.workflow.ts';
import { PracticePage } from './practice-page.views.tsx';
import { assignReviewer } from './review.service.ts';

const STEPS = ['submit', 'answer', 'return', 'publish'] as const;

/** The workflow's steps: submit, answer comments, return, publish, assign reviewers. */
export function workflowRoutes(app: App, { db }: AppDeps): void {
  /** Draws the practice page again with what went wrong with the step (its status code). */
  async function pageAgain(request: FastifyRequest, reply: FastifyReply, id: string, failure: Failure) {
    if (failure.kind === 'not-found') throw notFound();
    const data = await loadPracticePage(db, id, request.actor, request.i18n);
    if (!data) throw notFound();
    const stepErrors = translateProblems(problemsOf(failure), request.i18n);
    return reply.page(<PracticePage data={{ ...data, stepErrors }} />, failureStatus(failure));
  }

  for (const step of STEPS) {
    app.post(
      `/practices/:id/${step}`,
      { config: { policy: 'signed-in' }, schema: { params: idParams } },
      async (request, reply) => {
        const { id } = request.params;
        const body = asBody(request.body);
        const result = await practiceStep(db, request.actor, id, step, {
          version: versionOf(body) ?? -1,
          comment: textOf(body, 'comment'),
        });
        if (result.ok)
          return reply.seeOther(`/practices/${id}`, { kind: 'success', key: `practice.flash.${step}` });
        return pageAgain(request, reply, id, result);
      },
    );
  }

  app.post(
    '/practices/:id/reviewers',
    { config: { policy: 'moderator' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      const parsed = assignForm.safeParse({ reviewer: textOf(asBody(request.body), 'reviewer') });
      const result = parsed.success
        ? await assignReviewer(db, request.actor, id, parsed.data.reviewer)
        : ({
            ok: false,
            kind: 'invalid',
            problems: { reviewer: { key: 'practice.error.reviewerUnknown' } },
          } as const);
      if (result.ok)
        return reply.seeOther(`/practices/${id}`, { kind: 'success', key: 'practice.flash.assigned' });
      return pageAgain(request, reply, id, result);
    },
  );
}
