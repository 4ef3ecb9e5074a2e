import { invalid, problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { formFields, problemsFromZod, translateProblems, versionOf } from '../../web/form/index.ts';
import { parseParams } from '../../web/params.ts';
import { ClosePage } from './consultation.form.tsx';
import { failureProblem } from './consultation.http.ts';
import { loadClosable } from './consultation.loader.ts';
import { closeInput, consultationParams } from './consultation.schema.ts';
import { closeConsultation } from './consultation.service.ts';
import { consultationPath } from './consultation.views.tsx';

/** The process's owners close an open consultation with a summary of what changed. */
export function consultationCloseRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  app.get(
    '/processes/:id/consultations/:cid/close',
    { config: { policy: 'signed-in' } },
    async (request, reply) => {
      const params = parseParams(consultationParams, request.params);
      const ctx = await loadClosable(k, request.actor, params, request.i18n);
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
      const { id, cid } = parseParams(consultationParams, request.params);
      // The same guard as the page: closing a closed consultation is a conflict (409) for its owners.
      const ctx = await loadClosable(k, request.actor, { id, cid }, request.i18n);
      const body = formFields(request.body);
      const parsed = closeInput.safeParse(body);
      const version = versionOf(body) ?? -1;
      const result = parsed.success
        ? await closeConsultation(db, ctx.access, id, cid, version, parsed.data.summary)
        : invalid(problemsFromZod(parsed.error, { fallback: 'consultation.error.invalid' }));
      if (result.ok)
        return reply.seeOther(consultationPath(id, cid), {
          kind: 'success',
          key: 'consultation.flash.closed',
        });
      if (result.kind !== 'invalid' && result.kind !== 'conflict') throw failureProblem(result);
      return reply.page(
        <ClosePage
          heading={ctx.heading}
          consultation={ctx.consultation}
          summary={body.summary ?? ''}
          errors={result.kind === 'conflict' ? {} : translateProblems(problemsOf(result), request.i18n)}
          version={(result.kind === 'conflict' ? result.currentVersion : undefined) ?? version}
          conflict={result.kind === 'conflict'}
        />,
        failureStatus(result),
      );
    },
  );
}
