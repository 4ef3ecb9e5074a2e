import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { today } from '../../web/form/index.ts';
import { loadProcessAccess } from '../processes/index.ts';
import { loadAction } from './action.load.ts';
import { presentAction } from './action.presenter.ts';
import { listActionsAfter, partnersOf } from './action.repository.ts';
import {
  ACTION_POINTERS,
  type ActionInput,
  actionInputSchema,
  actionListQuery,
  actionOut,
  actionParams,
  actionPatchSchema,
  processParams,
  toActionInput,
} from './action.schema.ts';
import { createAction, updateAction } from './action.service.ts';
import { decodeCursor, idCursor, list } from './api.paging.ts';
import { tagIdsOf } from './monitoring.tags.ts';

const tags = ['monitoring'];

/** The action plan in the API, with the same permissions as the pages. */
export function actionApiRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/api/v1/processes/:id/actions',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: "A process's actions, by id, with filters and cursor paging",
        params: processParams,
        querystring: actionListQuery,
        response: { 200: list(actionOut) },
      },
    },
    async (request) => {
      const ctx = await loadProcessAccess(db.kysely, request.actor, request.params.id, 'view');
      const { status, overdue, limit, cursor } = request.query;
      const day = today();
      const rows = await listActionsAfter(
        db.kysely,
        ctx.process.id,
        { status, overdueOn: overdue === 'true' ? day : undefined },
        decodeCursor(cursor),
        limit + 1,
      );
      const page = rows.slice(0, limit);
      const ids = page.map((r) => r.id);
      const [partners, tagIds] = await Promise.all([
        partnersOf(db.kysely, ids),
        tagIdsOf(db.kysely, 'action', ids),
      ]);
      const last = page.at(-1);
      return {
        data: page.map((r) => presentAction(r, partners.get(r.id) ?? [], tagIds.get(r.id) ?? [], day)),
        next: rows.length > limit && last ? idCursor.encode(last.id) : null,
      };
    },
  );

  app.post(
    '/api/v1/processes/:id/actions',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Add an action to the plan (owners, members, admins)',
        security: [{ bearer: [] }],
        params: processParams,
        body: actionInputSchema,
        response: { 201: actionOut },
      },
    },
    async (request, reply) => {
      const ctx = await loadProcessAccess(db.kysely, request.actor, request.params.id, 'edit');
      const result = await createAction(
        db,
        { processId: ctx.process.id, actorId: actorId(request.actor) },
        toActionInput(request.body),
      );
      if (!result.ok) return sendFailure(request, reply, result, { pointers: ACTION_POINTERS });
      const action = await loadAction(db, ctx.process.id, result.value.id);
      if (!action) throw notFound();
      return reply
        .code(201)
        .header('location', `/api/v1/processes/${ctx.process.id}/actions/${result.value.id}`)
        .send(action);
    },
  );

  app.get(
    '/api/v1/processes/:id/actions/:actionId',
    {
      config: { policy: 'public' },
      schema: { tags, summary: 'One action', params: actionParams, response: { 200: actionOut } },
    },
    async (request) => {
      const ctx = await loadProcessAccess(db.kysely, request.actor, request.params.id, 'view');
      const action = await loadAction(db, ctx.process.id, request.params.actionId);
      if (!action) throw notFound();
      return action;
    },
  );

  app.patch(
    '/api/v1/processes/:id/actions/:actionId',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Change an action; send the `version` you read (409 when someone saved since)',
        security: [{ bearer: [] }],
        params: actionParams,
        body: actionPatchSchema,
        response: { 200: actionOut },
      },
    },
    async (request, reply) => {
      const ctx = await loadProcessAccess(db.kysely, request.actor, request.params.id, 'edit');
      const current = await loadAction(db, ctx.process.id, request.params.actionId);
      if (!current) throw notFound();
      const { version, ...patch } = request.body;
      // Fields left out keep their value; organisations are carried by id.
      const base: ActionInput = {
        title: current.title,
        answers: current.answers,
        gapRef: current.gapRef,
        responsibleOrganisation: current.responsibleOrganisation?.id ?? null,
        partners: current.partners.map((p) => p.id),
        startDate: current.startDate,
        endDate: current.endDate,
        budgetMinor: current.budget?.amountMinor ?? null,
        currency: current.budget?.currency ?? null,
        fundingSource: current.fundingSource,
        status: current.status,
        progress: current.progress,
        stage: current.stage,
        tags: current.tags,
        sharedWithPair: current.sharedWithPair,
      };
      const given = toActionInput(actionInputSchema.parse({ ...toApiShape(base), ...stripUndefined(patch) }));
      const result = await updateAction(
        db,
        { processId: ctx.process.id, actorId: actorId(request.actor) },
        current.id,
        version,
        given,
      );
      if (result.ok) {
        const saved = await loadAction(db, ctx.process.id, current.id);
        if (!saved) throw notFound();
        return saved;
      }
      return sendFailure(request, reply, result, { pointers: ACTION_POINTERS });
    },
  );
}

function stripUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** An action's input in the API's shape, so a patch can be laid over it. */
function toApiShape(input: ActionInput) {
  return {
    title: input.title,
    answers: input.answers,
    gapRef: input.gapRef,
    responsibleOrganisationId: input.responsibleOrganisation,
    partnerIds: input.partners,
    startDate: input.startDate,
    endDate: input.endDate,
    budget:
      input.budgetMinor !== null && input.currency
        ? { amountMinor: input.budgetMinor, currency: input.currency }
        : null,
    fundingSource: input.fundingSource,
    status: input.status,
    progress: input.progress,
    stage: input.stage,
    tags: input.tags,
    sharedWithPair: input.sharedWithPair,
  };
}
