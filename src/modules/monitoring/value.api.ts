import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import { today } from '../../web/form/index.ts';
import { loadProcessAccess } from '../processes/index.ts';
import { processParams } from './action.schema.ts';
import { decodeCursor, idCursor, list } from './api.paging.ts';
import { lockedYears } from './indicator.load.ts';
import { presentValue } from './indicator.presenter.ts';
import { findIndicator, findValue, listValuesAfter } from './indicator.repository.ts';
import { processValuesQuery, valueOut, valueParams, valuePatchSchema } from './indicator.schema.ts';
import { updateValue } from './value.service.ts';

const tags = ['monitoring'];

/** Reported values across a process's indicators, and changes to one value, in the API. */
export function valueApiRoutes(app: App, { db }: AppDeps): void {
  app.get(
    '/api/v1/processes/:id/values',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary:
          'Every reported value of a process’s indicators, by id, cursor paging; filter by indicator or year',
        params: processParams,
        querystring: processValuesQuery,
        response: { 200: list(valueOut) },
      },
    },
    async (request) => {
      const ctx = await loadProcessAccess(db.kysely, request.actor, request.params.id, 'view');
      const { limit, cursor, indicator, year } = request.query;
      if (indicator !== undefined && !(await findIndicator(db.kysely, ctx.process.id, indicator)))
        throw new HttpProblem(400, 'UnknownIndicator', 'indicator.api.unknownIndicator');
      const [rows, locked] = await Promise.all([
        listValuesAfter(
          db.kysely,
          ctx.process.id,
          { indicatorId: indicator, year },
          decodeCursor(cursor),
          limit + 1,
        ),
        lockedYears(db, ctx.process.id),
      ]);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        data: page.map((r) => presentValue(r, locked)),
        next: rows.length > limit && last ? idCursor.encode(last.id) : null,
      };
    },
  );

  app.patch(
    '/api/v1/processes/:id/indicators/:indicatorId/values/:valueId',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Change a reported value, its source or date; a locked year or a stale version answers 409',
        security: [{ bearer: [] }],
        params: valueParams,
        body: valuePatchSchema,
        response: { 200: valueOut },
      },
    },
    async (request, reply) => {
      const ctx = await loadProcessAccess(db.kysely, request.actor, request.params.id, 'edit');
      const indicator = await findIndicator(db.kysely, ctx.process.id, request.params.indicatorId);
      if (!indicator) throw notFound();
      const current = await findValue(db.kysely, indicator.id, request.params.valueId);
      if (!current) throw notFound();
      const { version, ...patch } = request.body;
      const day = today();
      const result = await updateValue(
        db,
        { process: ctx.process, actorId: actorId(request.actor) },
        indicator,
        current.id,
        version,
        {
          period: current.period,
          sex: current.sex,
          age: current.age,
          value: patch.value ?? current.value,
          source: patch.source === undefined ? current.source : patch.source?.trim() || null,
          reportedOn: patch.reportedOn ?? current.reported_on,
        },
        day,
      );
      if (result.ok) {
        const [row, locked] = await Promise.all([
          findValue(db.kysely, indicator.id, current.id),
          lockedYears(db, ctx.process.id),
        ]);
        return presentValue(row!, locked);
      }
      return sendFailure(request, reply, result);
    },
  );
}
