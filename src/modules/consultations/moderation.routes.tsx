import type { FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../web/app-types.ts';
import { problemsFromZod, translateProblems } from '../../web/form/index.ts';
import { formFields } from '../../web/forms.ts';
import { parseParams } from '../../web/params.ts';
import { HidePage } from './consultation.form.tsx';
import { refusalProblem } from './consultation.http.ts';
import { commentOf, hideRefusal, loadConsultationPage } from './consultation.loader.ts';
import { commentParams, hideInput } from './consultation.schema.ts';
import { hideComment } from './consultation.service.ts';
import { consultationPath } from './consultation.views.tsx';

/** Moderators and the process's owners hide an abusive comment, with a reason. */
export function moderationRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  /** A comment the reader may hide now, for the page and its post alike. */
  async function hideable(request: FastifyRequest) {
    const { id, cid, commentId } = parseParams(commentParams, request.params);
    const ctx = await loadConsultationPage(k, request.actor, id, cid, request.i18n);
    const comment = commentOf(ctx, commentId);
    const refusal = hideRefusal(ctx, comment);
    if (refusal) throw refusalProblem(refusal);
    return { ...ctx, id, cid, comment };
  }

  app.get(
    '/processes/:id/consultations/:cid/comments/:commentId/hide',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const ctx = await hideable(request);
      return reply.page(
        <HidePage
          heading={ctx.heading}
          consultation={ctx.consultation}
          comment={ctx.comment}
          reason=""
          errors={{}}
        />,
      );
    },
  );

  app.post(
    '/processes/:id/consultations/:cid/comments/:commentId/hide',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const ctx = await hideable(request);
      const body = formFields(request.body);
      const parsed = hideInput.safeParse(body);
      if (!parsed.success)
        return reply.page(
          <HidePage
            heading={ctx.heading}
            consultation={ctx.consultation}
            comment={ctx.comment}
            reason={body.reason ?? ''}
            errors={translateProblems(
              problemsFromZod(parsed.error, { fallback: 'consultation.error.invalid' }),
              request.i18n,
            )}
          />,
          422,
        );
      const result = await hideComment(db, ctx.access, ctx.id, ctx.cid, ctx.comment.id, parsed.data.reason);
      if (result.ok)
        return reply.seeOther(`${consultationPath(ctx.id, ctx.cid)}#comment-${ctx.comment.id}`, {
          kind: 'success',
          key: 'consultation.flash.hidden',
        });
      throw refusalProblem(result.kind === 'refused' ? result.reason : 'not-found');
    },
  );
}
