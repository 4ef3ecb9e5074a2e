import type { FastifyRequest } from 'fastify';
import { actorId } from '../../auth/actor.ts';
import { type Failure, problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { asBody, listOf, translateProblems } from '../../web/form/index.ts';
import { idParams } from '../../web/params.ts';
import { loadProcessSpace } from '../processes/index.ts';
import { startRound } from './assessment.service.ts';
import { batchRoutes } from './batch.routes.tsx';
import { loadRoundList } from './round.loader.ts';
import { RoundListPage } from './round-list.views.tsx';
import { scoringRoutes } from './scoring.routes.tsx';

/** The assessments tab (every round, and starting the next), then the scoring pages and saves. */
export function assessmentRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;

  async function listPage(
    request: FastifyRequest,
    processId: string,
    state: { chosen?: string[]; failure?: Failure },
  ) {
    const context = await loadProcessSpace(db.kysely, request.actor, processId, 'view', request.i18n);
    const { rounds, templates, lastTemplateIds } = await loadRoundList(db, context, request.i18n);
    const { failure } = state;
    // Two people starting a round at once: the later one is told the round number was taken.
    const error = !failure
      ? undefined
      : failure.kind === 'conflict'
        ? request.i18n.t('assessment.error.roundTaken')
        : translateProblems(problemsOf(failure), request.i18n).templates;
    return (
      <RoundListPage
        context={context}
        rounds={rounds}
        templates={templates}
        chosen={new Set(state.chosen ?? lastTemplateIds)}
        error={error}
      />
    );
  }

  app.get(
    '/processes/:id/assessments',
    { config: { policy: 'public' }, schema: { params: idParams } },
    async (request, reply) => reply.page(await listPage(request, request.params.id, {})),
  );

  app.post(
    '/processes/:id/assessments',
    { config: { policy: 'signed-in' }, schema: { params: idParams } },
    async (request, reply) => {
      const { id } = request.params;
      await loadProcessSpace(db.kysely, request.actor, id, 'edit', request.i18n);
      const chosen = listOf(asBody(request.body), 'templates')
        .filter((v) => v.length <= 64)
        .slice(0, 200);
      const result = await startRound(db, actorId(request.actor), id, chosen);
      if (result.ok)
        return reply.seeOther(`/processes/${id}/assessments/${result.value.id}`, {
          kind: 'success',
          key: 'assessment.flash.started',
          values: { round: result.value.round },
        });
      return reply.page(await listPage(request, id, { chosen, failure: result }), failureStatus(result));
    },
  );

  scoringRoutes(app, deps);
  batchRoutes(app, deps);
}
