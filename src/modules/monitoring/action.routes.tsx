import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { idParam, processParams } from '../../web/params.ts';
import { loadProcessSpace, type ProcessSpace, pairedProcessIds } from '../processes/index.ts';
import { exportActions } from './action.export.ts';
import { ActionFormPage } from './action.form.tsx';
import { type Action, organisationLabels, presentAction, rollupItem } from './action.presenter.ts';
import {
  type ActionFilter,
  findAction,
  listActions,
  listSharedActions,
  partnersOf,
  rollupOf,
} from './action.repository.ts';
import {
  ACTION_FIELDS,
  type ActionDraft,
  draftFromAction,
  EMPTY_ACTION_DRAFT,
  parseActionDraft,
  readActionDraft,
} from './action.schema.ts';
import { actionProblems, createAction, setRollup, updateAction } from './action.service.ts';
import { ActionTimelinePage } from './action.timeline.tsx';
import { ActionListPage } from './action.views.tsx';
import { ActionPage } from './action-page.views.tsx';
import {
  asBody,
  type Problems,
  type ServiceResult,
  textOf,
  today,
  translateProblems,
} from './monitoring.support.ts';
import { ACTION_STATUSES, ROLLUPS, type Rollup } from './monitoring.table.ts';
import { allTerms, tagIdsOf } from './monitoring.tags.ts';
import { processOrganisations } from './organisation-lookup.ts';
import { rollUpPlan } from './rollup.ts';

const listQuery = z.object({
  status: z.enum(ACTION_STATUSES).or(z.literal('')).catch('').default(''),
  overdue: z.string().catch('').default(''),
});

/** Actions of a process as presented, with partners and tags, in list order. */
export async function loadActions(db: Db, processId: string, filter: ActionFilter = {}): Promise<Action[]> {
  const rows = await listActions(db.kysely, processId, filter);
  const ids = rows.map((r) => r.id);
  const [partners, tags] = await Promise.all([
    partnersOf(db.kysely, ids),
    tagIdsOf(db.kysely, 'action', ids),
  ]);
  const day = today();
  return rows.map((r) => presentAction(r, partners.get(r.id) ?? [], tags.get(r.id) ?? [], day));
}

export async function loadAction(db: Db, processId: string, actionId: string): Promise<Action | undefined> {
  const row = await findAction(db.kysely, processId, actionId);
  if (!row) return undefined;
  const [partners, tags] = await Promise.all([
    partnersOf(db.kysely, [row.id]),
    tagIdsOf(db.kysely, 'action', [row.id]),
  ]);
  return presentAction(row, partners.get(row.id) ?? [], tags.get(row.id) ?? [], today());
}

/** The plan's roll-up, by the method the team chose. */
export async function planRollup(db: Db, processId: string, actions?: Action[]) {
  const [method, all] = await Promise.all([
    rollupOf(db.kysely, processId),
    actions ?? loadActions(db, processId),
  ]);
  return { method, ...rollUpPlan(all.map(rollupItem), method) };
}

/** The pages of a process's action plan: list with roll-up, timeline, one action, its form. */
/** Path ids are checked by the lookups, which answer 404 to a malformed one (decision 60). */
const actionPathParams = processParams.extend({ actionId: idParam });

export function actionRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;
  const context = (request: FastifyRequest, id: string, action: 'view' | 'edit') =>
    loadProcessSpace(db.kysely, request.actor, id, action, request.i18n);

  async function formPage(
    ctx: ProcessSpace,
    options: {
      mode: 'create' | 'update';
      draft: ActionDraft;
      problems?: Problems;
      request: FastifyRequest;
      version?: number;
      conflict?: boolean;
      actionId?: string;
    },
  ) {
    const [organisations, terms] = await Promise.all([
      processOrganisations(db.kysely, ctx.process.id),
      allTerms(db.kysely),
    ]);
    return (
      <ActionFormPage
        context={ctx}
        mode={options.mode}
        draft={options.draft}
        errors={translateProblems(options.problems ?? {}, options.request.i18n, ACTION_FIELDS)}
        version={options.version}
        conflict={options.conflict}
        actionId={options.actionId}
        organisations={organisations}
        terms={terms}
      />
    );
  }

  /** Parses the form; when a field cannot be read, the service still checks the rest. */
  async function submit(
    draft: ActionDraft,
    save: (input: ReturnType<typeof parseActionDraft>['input']) => Promise<ServiceResult<{ id: string }>>,
  ): Promise<ServiceResult<{ id: string }>> {
    const { input, problems } = parseActionDraft(draft);
    if (Object.keys(problems).length === 0) return save(input);
    return { ok: false, kind: 'invalid', errors: { ...(await actionProblems(db, input)), ...problems } };
  }

  app.get(
    '/processes/:id/actions',
    { config: { policy: 'public' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'view');
      const query = listQuery.parse(request.query ?? {});
      const overdue = query.overdue === '1' || query.overdue === 'true';
      const [all, terms] = await Promise.all([loadActions(db, ctx.process.id), allTerms(db.kysely)]);
      const shown = all.filter(
        (a) => (query.status === '' || a.status === query.status) && (!overdue || a.overdue),
      );
      const shared = await sharedActionsFor(db, request, await pairedProcessIds(db.kysely, ctx.process.id));
      return reply.page(
        <ActionListPage
          context={ctx}
          actions={shown}
          total={all.length}
          overdueCount={all.filter((a) => a.overdue).length}
          filter={{ status: query.status, overdue }}
          rollup={await planRollup(db, ctx.process.id, all)}
          shared={shared}
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

  app.get(
    '/processes/:id/actions/new',
    { config: { policy: 'signed-in' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      return reply.page(await formPage(ctx, { mode: 'create', draft: EMPTY_ACTION_DRAFT, request }));
    },
  );

  app.post(
    '/processes/:id/actions',
    { config: { policy: 'signed-in' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      const draft = readActionDraft(request.body);
      const result = await submit(draft, (input) =>
        createAction(db, { processId: ctx.process.id, actorId: actorId(request.actor) }, input),
      );
      if (result.ok)
        return reply.seeOther(`/processes/${ctx.process.id}/actions/${result.value.id}`, {
          kind: 'success',
          key: 'action.flash.created',
        });
      const problems = result.kind === 'invalid' ? result.errors : {};
      return reply.page(await formPage(ctx, { mode: 'create', draft, problems, request }), 422);
    },
  );

  app.get(
    '/processes/:id/actions/:actionId',
    { config: { policy: 'public' }, schema: { params: actionPathParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'view');
      const { actionId } = request.params;
      const action = await loadAction(db, ctx.process.id, actionId);
      if (!action) throw notFound();
      return reply.page(<ActionPage context={ctx} action={action} terms={await allTerms(db.kysely)} />);
    },
  );

  app.get(
    '/processes/:id/actions/:actionId/edit',
    { config: { policy: 'signed-in' }, schema: { params: actionPathParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      const { actionId } = request.params;
      const action = await loadAction(db, ctx.process.id, actionId);
      if (!action) throw notFound();
      const draft = draftFromAction({ ...action, ...organisationLabels(action) });
      return reply.page(
        await formPage(ctx, { mode: 'update', draft, request, version: action.version, actionId }),
      );
    },
  );

  app.post(
    '/processes/:id/actions/:actionId/edit',
    { config: { policy: 'signed-in' }, schema: { params: actionPathParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      const { actionId } = request.params;
      const current = await findAction(db.kysely, ctx.process.id, actionId);
      if (!current) throw notFound();
      const draft = readActionDraft(request.body);
      const version = Number.parseInt(textOf(asBody(request.body), 'version'), 10);
      const result = await submit(draft, (input) =>
        updateAction(
          db,
          { processId: ctx.process.id, actorId: actorId(request.actor) },
          actionId,
          Number.isNaN(version) ? -1 : version,
          input,
        ),
      );
      if (result.ok)
        return reply.seeOther(`/processes/${ctx.process.id}/actions/${actionId}`, {
          kind: 'success',
          key: 'action.flash.updated',
        });
      if (result.kind === 'not-found') throw notFound();
      const conflict = result.kind === 'conflict';
      return reply.page(
        await formPage(ctx, {
          mode: 'update',
          draft,
          problems: result.kind === 'invalid' ? result.errors : {},
          request,
          // After a conflict the form carries the saved version: saving again overwrites knowingly.
          version: conflict ? result.currentVersion : Number.isNaN(version) ? current.version : version,
          conflict,
          actionId,
        }),
        conflict ? 409 : 422,
      );
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

/** Shared actions of the given paired processes, as the actor may see them. */
export async function sharedActionsFor(
  db: Db,
  request: FastifyRequest,
  pairedIds: string[],
): Promise<(Action & { processTitle: string })[]> {
  const rows = await listSharedActions(db.kysely, pairedIds, request.actor);
  const ids = rows.map((r) => r.id);
  const [partners, tags] = await Promise.all([
    partnersOf(db.kysely, ids),
    tagIdsOf(db.kysely, 'action', ids),
  ]);
  const day = today();
  return rows.map((r) => ({
    ...presentAction(r, partners.get(r.id) ?? [], tags.get(r.id) ?? [], day),
    processTitle: r.process_title,
  }));
}
