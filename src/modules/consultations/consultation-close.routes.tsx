import type { FastifyRequest } from 'fastify';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { problemsFromZod, translateProblems } from '../../web/form/index.ts';
import { formFields } from '../../web/forms.ts';
import { parseParams } from '../../web/params.ts';
import { ClosePage } from './consultation.form.tsx';
import { refusalProblem, versionOf } from './consultation.http.ts';
import { closeRefusal, loadConsultationPage } from './consultation.loader.ts';
import { closeInput, consultationParams } from './consultation.schema.ts';
import { closeConsultation, type Result } from './consultation.service.ts';
import { consultationPath } from './consultation.views.tsx';

/** The process's owners close an open consultation with a summary of what changed. */
export function consultationCloseRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  /** A consultation the reader may close now, for the page and its post alike. */
  async function closable(request: FastifyRequest) {
    const { id, cid } = parseParams(consultationParams, request.params);
    const ctx = await loadConsultationPage(k, request.actor, id, cid, request.i18n);
    const refusal = closeRefusal(ctx);
    if (refusal) throw refusalProblem(refusal);
    return { ...ctx, id, cid };
  }

  app.get(
    '/processes/:id/consultations/:cid/close',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const ctx = await closable(request);
      return reply.page(
        <ClosePage
          heading={ctx.heading}
          consultation={ctx.consultation}
          summary=""
          errors={{}}
          version={ctx.consultation.version}
        />,
      );
    },
  );

  app.post(
    '/processes/:id/consultations/:cid/close',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const ctx = await closable(request);
      const { id, cid } = ctx;
      const body = formFields(request.body);
      const parsed = closeInput.safeParse(body);
      const version = versionOf(body);
      const result: Result<{ id: string }> = parsed.success
        ? await closeConsultation(db, ctx.access, id, cid, version, parsed.data.summary)
        : {
            ok: false,
            kind: 'invalid',
            errors: problemsFromZod(parsed.error, { fallback: 'consultation.error.invalid' }),
          };
      if (result.ok)
        return reply.seeOther(consultationPath(id, cid), {
          kind: 'success',
          key: 'consultation.flash.closed',
        });
      if (result.kind === 'not-found') throw notFound();
      if (result.kind === 'refused') throw refusalProblem(result.reason);
      return reply.page(
        <ClosePage
          heading={ctx.heading}
          consultation={ctx.consultation}
          summary={body.summary ?? ''}
          errors={result.kind === 'invalid' ? translateProblems(result.errors, request.i18n) : {}}
          version={result.kind === 'conflict' ? result.currentVersion : version}
          conflict={result.kind === 'conflict'}
        />,
        result.kind === 'conflict' ? 409 : 422,
      );
    },
  );
}
