import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, textOf, today } from '../../web/form/index.ts';
import { processParams } from '../../web/params.ts';
import { loadProcessSpace, pairedProcessIds } from '../processes/index.ts';
import { exportActions } from './action.export.ts';
import { loadAction, loadActions, loadSharedActions, planRollup } from './action.load.ts';
import { actionParams } from './action.schema.ts';
import { setRollup } from './action.service.ts';
import { ActionTimelinePage } from './action.timeline.tsx';
import { ActionListPage } from './action.views.tsx';
import { actionFormRoutes } from './action-form.routes.tsx';
import { ActionPage } from './action-page.views.tsx';
import { ACTION_STATUSES, ROLLUPS, type Rollup } from './monitoring.table.ts';
import { allTerms } from './monitoring.tags.ts';

const listQuery = z.object({
  status: z.enum(ACTION_STATUSES).or(z.literal('')).catch('').default(''),
  overdue: z.string().catch('').default(''),
});

/** The pages of a process's action plan: list with roll-up, timeline, one action, exports. */
export function actionRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;
  const context = (request: FastifyRequest, id: string, action: 'view' | 'edit') =>
    loadProcessSpace(db.kysely, request.actor, id, action, request.i18n);

  app.get(
    '/processes/:id/actions',
    { config: { policy: 'public' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'view');
      const query = listQuery.parse(request.query ?? {});
      const overdue = query.overdue === '1' || query.overdue === 'true';
      const [all, terms, paired] = await Promise.all([
        loadActions(db, ctx.process.id),
        allTerms(db.kysely),
        pairedProcessIds(db.kysely, ctx.process.id),
      ]);
      const shown = all.filter(
        (a) => (query.status === '' || a.status === query.status) && (!overdue || a.overdue),
      );
      return reply.page(
        <ActionListPage
          context={ctx}
          actions={shown}
          total={all.length}
          overdueCount={all.filter((a) => a.overdue).length}
          filter={{ status: query.status, overdue }}
          rollup={await planRollup(db, ctx.process.id, all)}
          shared={await loadSharedActions(db, request.actor, paired)}
          terms={terms}
        />,
      );
    },
  );

  app.get(
    '/processes/:id/actions/timeline',
    { config: { policy: 'public' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'view');
      const actions = await loadActions(db, ctx.process.id);
      return reply.page(<ActionTimelinePage context={ctx} actions={actions} today={today()} />);
    },
  );

  app.post(
    '/processes/:id/actions/rollup',
    { config: { policy: 'signed-in' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      const chosen = textOf(asBody(request.body), 'rollup');
      const base = `/processes/${ctx.process.id}/actions`;
      if (!(ROLLUPS as readonly string[]).includes(chosen))
        return reply.seeOther(base, { kind: 'warning', key: 'action.rollup.chooseOne' });
      await setRollup(db, { processId: ctx.process.id, actorId: actorId(request.actor) }, chosen as Rollup);
      return reply.seeOther(base, { kind: 'success', key: 'action.rollup.saved' });
    },
  );

  actionFormRoutes(app, deps);

  app.get(
    '/processes/:id/actions/:actionId',
    { config: { policy: 'public' }, schema: { params: actionParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'view');
      const action = await loadAction(db, ctx.process.id, request.params.actionId);
      if (!action) throw notFound();
      return reply.page(<ActionPage context={ctx} action={action} terms={await allTerms(db.kysely)} />);
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/processes/:id/actions/export.${format}`,
      { config: { policy: 'public' }, schema: { params: processParams } },
      async (request, reply) => {
        const ctx = await context(request, request.params.id, 'view');
        const actions = await loadActions(db, ctx.process.id);
        return exportActions(reply, ctx, actions, format, request.i18n);
      },
    );
  }
}
