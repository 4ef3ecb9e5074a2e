import type { FastifyRequest } from 'fastify';
import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { idParam, processParams } from '../../web/params.ts';
import { loadProcessSpace, type ProcessSpace } from '../processes/index.ts';
import { ValueFormPage } from './indicator.form.tsx';
import { findIndicator, findValue, locksOf } from './indicator.repository.ts';
import {
  emptyValueDraft,
  parseValueDraft,
  readValueDraft,
  VALUE_FIELDS,
  type ValueDraft,
} from './indicator.schema.ts';
import type { IndicatorContext } from './indicator.service.ts';
import {
  asBody,
  type Problems,
  textOf,
  toDateParts,
  today,
  translateProblems,
} from './monitoring.support.ts';
import type { IndicatorRow } from './monitoring.table.ts';
import { addValue, updateValue, valueProblems } from './value.service.ts';

/** The pages to report a value of an indicator and to change one. */
/** Path ids are checked by the lookups, which answer 404 to a malformed one (decision 60). */
const indicatorPathParams = processParams.extend({ indicatorId: idParam });
const valuePathParams = indicatorPathParams.extend({ valueId: idParam });

export function valueRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;
  const context = (request: FastifyRequest, id: string) =>
    loadProcessSpace(db.kysely, request.actor, id, 'edit', request.i18n);
  const serviceContext = (ctx: ProcessSpace, request: FastifyRequest): IndicatorContext => ({
    process: ctx.process,
    actorId: actorId(request.actor),
  });
  const base = (ctx: ProcessSpace) => `/processes/${ctx.process.id}/indicators`;

  async function indicatorOf(ctx: ProcessSpace, indicatorId: string): Promise<IndicatorRow> {
    const row = await findIndicator(db.kysely, ctx.process.id, indicatorId);
    if (!row) throw notFound();
    return row;
  }

  function valuePage(
    ctx: ProcessSpace,
    request: FastifyRequest,
    indicator: IndicatorRow,
    options: {
      mode: 'create' | 'update';
      draft: ValueDraft;
      problems?: Problems;
      version?: number;
      conflict?: boolean;
      valueId?: string;
      locked?: number;
    },
  ) {
    return (
      <ValueFormPage
        context={ctx}
        indicator={indicator}
        mode={options.mode}
        draft={options.draft}
        errors={translateProblems(options.problems ?? {}, request.i18n, VALUE_FIELDS)}
        version={options.version}
        conflict={options.conflict}
        valueId={options.valueId}
        locked={options.locked}
      />
    );
  }

  app.get(
    '/processes/:id/indicators/:indicatorId/values/new',
    { config: { policy: 'signed-in' }, schema: { params: indicatorPathParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id);
      const indicator = await indicatorOf(ctx, request.params.indicatorId);
      return reply.page(
        valuePage(ctx, request, indicator, { mode: 'create', draft: emptyValueDraft(today()) }),
      );
    },
  );

  app.post(
    '/processes/:id/indicators/:indicatorId/values',
    { config: { policy: 'signed-in' }, schema: { params: indicatorPathParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id);
      const indicator = await indicatorOf(ctx, request.params.indicatorId);
      const draft = readValueDraft(request.body);
      const day = today();
      const { input, problems } = parseValueDraft(draft, day);
      const result =
        Object.keys(problems).length === 0
          ? await addValue(db, serviceContext(ctx, request), indicator, input, day)
          : ({
              ok: false,
              kind: 'invalid',
              errors: { ...valueProblems(input, indicator, ctx.process, day), ...problems },
            } as const);
      if (result.ok)
        return reply.seeOther(`${base(ctx)}/${indicator.id}`, {
          kind: 'success',
          key: 'indicator.flash.valueAdded',
        });
      if (result.kind === 'locked')
        return reply.page(
          valuePage(ctx, request, indicator, {
            mode: 'create',
            draft,
            problems: { period: { key: 'indicator.error.locked', values: { year: result.year } } },
            locked: result.year,
          }),
          409,
        );
      return reply.page(
        valuePage(ctx, request, indicator, {
          mode: 'create',
          draft,
          problems: result.kind === 'invalid' ? result.errors : {},
        }),
        422,
      );
    },
  );

  app.get(
    '/processes/:id/indicators/:indicatorId/values/:valueId/edit',
    { config: { policy: 'signed-in' }, schema: { params: valuePathParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id);
      const indicator = await indicatorOf(ctx, request.params.indicatorId);
      const { valueId } = request.params;
      const value = await findValue(db.kysely, indicator.id, valueId);
      if (!value) throw notFound();
      const locked = (await locksOf(db.kysely, ctx.process.id)).some((l) => l.year === value.year);
      const draft: ValueDraft = {
        period: value.period,
        sex: value.sex,
        age: value.age,
        value: String(value.value),
        source: value.source ?? '',
        reportedOn: toDateParts(value.reported_on),
      };
      return reply.page(
        valuePage(ctx, request, indicator, {
          mode: 'update',
          draft,
          version: value.version,
          valueId,
          locked: locked ? value.year : undefined,
        }),
      );
    },
  );

  app.post(
    '/processes/:id/indicators/:indicatorId/values/:valueId/edit',
    { config: { policy: 'signed-in' }, schema: { params: valuePathParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id);
      const indicator = await indicatorOf(ctx, request.params.indicatorId);
      const { valueId } = request.params;
      const current = await findValue(db.kysely, indicator.id, valueId);
      if (!current) throw notFound();
      const typed = readValueDraft(request.body);
      // Period and group of a stored value do not change: the form shows them as text.
      const draft: ValueDraft = { ...typed, period: current.period, sex: current.sex, age: current.age };
      const versionText = textOf(asBody(request.body), 'version');
      const version = /^\d+$/.test(versionText) ? Number(versionText) : -1;
      const day = today();
      const { input, problems } = parseValueDraft(draft, day);
      const result =
        Object.keys(problems).length === 0
          ? await updateValue(db, serviceContext(ctx, request), indicator, valueId, version, input, day)
          : ({ ok: false, kind: 'invalid', errors: problems } as const);
      if (result.ok)
        return reply.seeOther(`${base(ctx)}/${indicator.id}`, {
          kind: 'success',
          key: 'indicator.flash.valueUpdated',
        });
      if (result.kind === 'not-found') throw notFound();
      const conflict = result.kind === 'conflict';
      return reply.page(
        valuePage(ctx, request, indicator, {
          mode: 'update',
          draft,
          problems: result.kind === 'invalid' ? result.errors : {},
          version: conflict ? result.currentVersion : version < 0 ? current.version : version,
          conflict,
          valueId,
          locked: result.kind === 'locked' ? result.year : undefined,
        }),
        conflict || result.kind === 'locked' ? 409 : 422,
      );
    },
  );
}
