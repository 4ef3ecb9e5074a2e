import { invalid, problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { formFields, problemsFromZod, translateProblems } from '../../web/form/index.ts';
import { parseParams } from '../../web/params.ts';
import { HidePage } from './consultation.form.tsx';
import { failureProblem } from './consultation.http.ts';
import { loadHideable } from './consultation.loader.ts';
import { commentParams, hideInput } from './consultation.schema.ts';
import { hideComment } from './consultation.service.ts';
import { consultationPath } from './consultation.views.tsx';

/** Moderators and the process's owners hide an abusive comment, with a reason. */
export function moderationRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  app.get(
    '/processes/:id/consultations/:cid/comments/:commentId/hide',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const params = parseParams(commentParams, request.params);
      const ctx = await loadHideable(k, request.actor, params, request.i18n);
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
      const { id, cid, commentId } = parseParams(commentParams, request.params);
      // The same guard as the page: a comment hidden already is a conflict (409).
      const ctx = await loadHideable(k, request.actor, { id, cid, commentId }, request.i18n);
      const body = formFields(request.body);
      const parsed = hideInput.safeParse(body);
      const result = parsed.success
        ? await hideComment(db, ctx.access, id, cid, commentId, parsed.data.reason)
        : invalid(problemsFromZod(parsed.error, { fallback: 'consultation.error.invalid' }));
      if (result.ok)
        return reply.seeOther(`${consultationPath(id, cid)}#comment-${commentId}`, {
          kind: 'success',
          key: 'consultation.flash.hidden',
        });
      if (result.kind !== 'invalid') throw failureProblem(result);
      return reply.page(
        <HidePage
          heading={ctx.heading}
          consultation={ctx.consultation}
          comment={ctx.comment}
          reason={body.reason ?? ''}
          errors={translateProblems(problemsOf(result), request.i18n)}
        />,
        failureStatus(result),
      );
    },
  );
}
