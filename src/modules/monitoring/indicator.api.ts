import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import { today } from '../../web/form/index.ts';
import { loadProcessAccess } from '../processes/index.ts';
import { processParams } from './action.schema.ts';
import { decodeCursor, idCursor, list } from './api.paging.ts';
import { loadIndicator, loadValues, lockedYears } from './indicator.load.ts';
import { presentIndicator, presentValue } from './indicator.presenter.ts';
import {
  findIndicator,
  findValue,
  listIndicatorsAfter,
  targetsOf,
  totalsOf,
} from './indicator.repository.ts';
import {
  INDICATOR_POINTERS,
  indicatorInputSchema,
  indicatorOut,
  indicatorParams,
  indicatorPatchSchema,
  pageQuery,
  toIndicatorInput,
  valueInputSchema,
  valueOut,
} from './indicator.schema.ts';
import { createIndicator, updateIndicator } from './indicator.service.ts';
import { tagIdsOf } from './monitoring.tags.ts';
import { addValue } from './value.service.ts';

const tags = ['monitoring'];

/** Indicators and their values in the API, with the same permissions as the pages. */
export function indicatorApiRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/api/v1/processes/:id/indicators',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: "A process's indicators with baseline, targets and progress, by id, cursor paging",
        params: processParams,
        querystring: pageQuery,
        response: { 200: list(indicatorOut) },
      },
    },
    async (request) => {
      const ctx = await loadProcessAccess(db.kysely, request.actor, request.params.id, 'view');
      const { limit, cursor } = request.query;
      const rows = await listIndicatorsAfter(db.kysely, ctx.process.id, decodeCursor(cursor), limit + 1);
      const page = rows.slice(0, limit);
      const ids = page.map((r) => r.id);
      const [targets, totals, tagIds] = await Promise.all([
        targetsOf(db.kysely, ids),
        totalsOf(db.kysely, ids),
        tagIdsOf(db.kysely, 'indicator', ids),
      ]);
      const day = today();
      const last = page.at(-1);
      return {
        data: page.map((r) =>
          presentIndicator(r, targets.get(r.id) ?? [], totals.get(r.id) ?? [], tagIds.get(r.id) ?? [], day),
        ),
        next: rows.length > limit && last ? idCursor.encode(last.id) : null,
      };
    },
  );

  app.post(
    '/api/v1/processes/:id/indicators',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Add an indicator with its baseline and targets (owners, members, admins)',
        security: [{ bearer: [] }],
        params: processParams,
        body: indicatorInputSchema,
        response: { 201: indicatorOut },
      },
    },
    async (request, reply) => {
      const ctx = await loadProcessAccess(db.kysely, request.actor, request.params.id, 'edit');
      const result = await createIndicator(
        db,
        { process: ctx.process, actorId: actorId(request.actor) },
        toIndicatorInput(request.body),
      );
      if (!result.ok) return sendFailure(request, reply, result, { pointers: INDICATOR_POINTERS });
      const indicator = await loadIndicator(db, ctx.process.id, result.value.id);
      if (!indicator) throw notFound();
      return reply
        .code(201)
        .header('location', `/api/v1/processes/${ctx.process.id}/indicators/${result.value.id}`)
        .send(indicator);
    },
  );

  app.get(
    '/api/v1/processes/:id/indicators/:indicatorId',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'One indicator with its targets and progress',
        params: indicatorParams,
        response: { 200: indicatorOut },
      },
    },
    async (request) => {
      const ctx = await loadProcessAccess(db.kysely, request.actor, request.params.id, 'view');
      const indicator = await loadIndicator(db, ctx.process.id, request.params.indicatorId);
      if (!indicator) throw notFound();
      return indicator;
    },
  );

  app.patch(
    '/api/v1/processes/:id/indicators/:indicatorId',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary:
          'Change an indicator; send the `version` you read (409 when stale). Unit and disaggregation are fixed once values exist',
        security: [{ bearer: [] }],
        params: indicatorParams,
        body: indicatorPatchSchema,
        response: { 200: indicatorOut },
      },
    },
    async (request, reply) => {
      const ctx = await loadProcessAccess(db.kysely, request.actor, request.params.id, 'edit');
      const current = await loadIndicator(db, ctx.process.id, request.params.indicatorId);
      if (!current) throw notFound();
      const { version, ...patch } = request.body;
      // Fields left out keep their value.
      const merged = {
        name: current.name,
        definition: current.definition,
        unit: current.unit,
        direction: current.direction,
        disaggregation: current.disaggregation,
        baseline: current.baseline,
        dataCode: current.dataCode,
        targets: current.targets,
        tags: current.tags,
        ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      };
      const result = await updateIndicator(
        db,
        { process: ctx.process, actorId: actorId(request.actor) },
        current.id,
        version,
        toIndicatorInput(indicatorInputSchema.parse(merged)),
      );
      if (result.ok) {
        const saved = await loadIndicator(db, ctx.process.id, current.id);
        if (!saved) throw notFound();
        return saved;
      }
      return sendFailure(request, reply, result, { pointers: INDICATOR_POINTERS });
    },
  );

  app.get(
    '/api/v1/processes/:id/indicators/:indicatorId/values',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'The reported values of an indicator, by period and group',
        params: indicatorParams,
        response: { 200: list(valueOut) },
      },
    },
    async (request) => {
      const ctx = await loadProcessAccess(db.kysely, request.actor, request.params.id, 'view');
      const indicator = await findIndicator(db.kysely, ctx.process.id, request.params.indicatorId);
      if (!indicator) throw notFound();
      return { data: await loadValues(db, ctx.process.id, indicator.id), next: null };
    },
  );

  app.post(
    '/api/v1/processes/:id/indicators/:indicatorId/values',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Report one value; a locked year answers 409, an existing period and group 409 too',
        security: [{ bearer: [] }],
        params: indicatorParams,
        body: valueInputSchema,
        response: { 201: valueOut },
      },
    },
    async (request, reply) => {
      const ctx = await loadProcessAccess(db.kysely, request.actor, request.params.id, 'edit');
      const indicator = await findIndicator(db.kysely, ctx.process.id, request.params.indicatorId);
      if (!indicator) throw notFound();
      const day = today();
      const body = request.body;
      const result = await addValue(
        db,
        { process: ctx.process, actorId: actorId(request.actor) },
        indicator,
        {
          period: body.period.trim().toUpperCase(),
          sex: body.sex,
          age: body.age,
          value: body.value,
          source: body.source?.trim() || null,
          reportedOn: body.reportedOn ?? day,
        },
        day,
      );
      if (result.ok) {
        const [row, locked] = await Promise.all([
          findValue(db.kysely, indicator.id, result.value.id),
          lockedYears(db, ctx.process.id),
        ]);
        return reply
          .code(201)
          .header('location', `/api/v1/processes/${ctx.process.id}/indicators/${indicator.id}/values`)
          .send(presentValue(row!, locked));
      }
      // A value already reported for the period and group is a 409 of its own in the API.
      if (result.kind === 'invalid' && result.problems.period?.key === 'indicator.error.valueExists')
        throw new HttpProblem(409, 'ValueExists', 'indicator.error.valueExistsApi');
      return sendFailure(request, reply, result);
    },
  );
}
