import type { FastifyRequest } from 'fastify';
import { actorId } from '../../auth/actor.ts';
import { type Failure, invalid, type Problems, problemsOf } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import {
  asBody,
  mergeProblems,
  toDateParts,
  today,
  translateProblems,
  versionOf,
} from '../../web/form/index.ts';
import { loadProcessSpace, type ProcessSpace } from '../processes/index.ts';
import { ValueFormPage } from './indicator.form.tsx';
import { findIndicator, findValue, locksOf } from './indicator.repository.ts';
import {
  emptyValueDraft,
  indicatorParams,
  parseValueDraft,
  readValueDraft,
  VALUE_FIELDS,
  type ValueDraft,
  valueParams,
} from './indicator.schema.ts';
import type { IndicatorContext } from './indicator.service.ts';
import type { IndicatorRow } from './monitoring.table.ts';
import { addValue, updateValue, valueProblems } from './value.service.ts';

/** The problems a failed command puts beside the value form's fields. */
function valueFormProblems(failure: Failure): Problems {
  // A conflict has its own notice above the form; a locked year is said beside the period.
  if (failure.kind === 'conflict') return {};
  if (failure.kind === 'locked')
    return { period: { key: 'indicator.error.locked', values: { year: failure.year } } };
  return problemsOf(failure);
}

/** The pages to report a value of an indicator and to change one. */
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
    options: { draft: ValueDraft; failure?: Failure; version?: number; valueId?: string; locked?: number },
  ) {
    const { failure } = options;
    return (
      <ValueFormPage
        context={ctx}
        indicator={indicator}
        mode={options.valueId ? 'update' : 'create'}
        draft={options.draft}
        errors={translateProblems(failure ? valueFormProblems(failure) : {}, request.i18n, {
          order: VALUE_FIELDS,
        })}
        version={(failure?.kind === 'conflict' ? failure.currentVersion : undefined) ?? options.version}
        conflict={failure?.kind === 'conflict'}
        valueId={options.valueId}
        locked={failure?.kind === 'locked' ? failure.year : options.locked}
      />
    );
  }

  app.get(
    '/processes/:id/indicators/:indicatorId/values/new',
    { config: { policy: 'signed-in' }, schema: { params: indicatorParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id);
      const indicator = await indicatorOf(ctx, request.params.indicatorId);
      return reply.page(valuePage(ctx, request, indicator, { draft: emptyValueDraft(today()) }));
    },
  );

  app.post(
    '/processes/:id/indicators/:indicatorId/values',
    { config: { policy: 'signed-in' }, schema: { params: indicatorParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id);
      const indicator = await indicatorOf(ctx, request.params.indicatorId);
      const draft = readValueDraft(request.body);
      const day = today();
      const { input, problems } = parseValueDraft(draft, day);
      const result =
        Object.keys(problems).length === 0
          ? await addValue(db, serviceContext(ctx, request), indicator, input, day)
          : invalid(mergeProblems(problems, valueProblems(input, indicator, ctx.process, day)));
      if (result.ok)
        return reply.seeOther(`${base(ctx)}/${indicator.id}`, {
          kind: 'success',
          key: 'indicator.flash.valueAdded',
        });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(
        valuePage(ctx, request, indicator, { draft, failure: result }),
        failureStatus(result),
      );
    },
  );

  app.get(
    '/processes/:id/indicators/:indicatorId/values/:valueId/edit',
    { config: { policy: 'signed-in' }, schema: { params: valueParams } },
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
    { config: { policy: 'signed-in' }, schema: { params: valueParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id);
      const indicator = await indicatorOf(ctx, request.params.indicatorId);
      const { valueId } = request.params;
      const current = await findValue(db.kysely, indicator.id, valueId);
      if (!current) throw notFound();
      const typed = readValueDraft(request.body);
      // Period and group of a stored value do not change: the form shows them as text.
      const draft: ValueDraft = { ...typed, period: current.period, sex: current.sex, age: current.age };
      const version = versionOf(asBody(request.body));
      const day = today();
      const { input, problems } = parseValueDraft(draft, day);
      const result =
        Object.keys(problems).length === 0
          ? await updateValue(db, serviceContext(ctx, request), indicator, valueId, version ?? -1, input, day)
          : invalid(problems);
      if (result.ok)
        return reply.seeOther(`${base(ctx)}/${indicator.id}`, {
          kind: 'success',
          key: 'indicator.flash.valueUpdated',
        });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(
        valuePage(ctx, request, indicator, {
          draft,
          failure: result,
          version: version ?? current.version,
          valueId,
        }),
        failureStatus(result),
      );
    },
  );
}
