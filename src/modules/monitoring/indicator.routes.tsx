import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import { type Failure, invalid, problemsOf, type Result } from '../../commands/index.ts';
import { sendTable } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { asBody, mergeProblems, textOf, translateProblems, versionOf } from '../../web/form/index.ts';
import { processParams } from '../../web/params.ts';
import { loadProcessSpace, type ProcessSpace } from '../processes/index.ts';
import { exportIndicators } from './indicator.export.ts';
import { IndicatorFormPage } from './indicator.form.tsx';
import { chartFor, loadIndicator, loadIndicators, loadValues } from './indicator.load.ts';
import { findIndicator, hasValues, locksOf } from './indicator.repository.ts';
import {
  draftFromIndicator,
  EMPTY_INDICATOR_DRAFT,
  INDICATOR_FIELDS,
  type IndicatorDraft,
  type IndicatorInput,
  indicatorParams,
  parseIndicatorDraft,
  readIndicatorDraft,
} from './indicator.schema.ts';
import {
  createIndicator,
  type IndicatorContext,
  indicatorProblems,
  updateIndicator,
} from './indicator.service.ts';
import { IndicatorListPage } from './indicator.views.tsx';
import { chartRows, IndicatorPage } from './indicator-page.views.tsx';
import type { IndicatorRow } from './monitoring.table.ts';
import { allTerms } from './monitoring.tags.ts';
import { lockYear, unlockYear } from './value.service.ts';

const yearPathParams = processParams.extend({ year: z.string() });

/** The pages of a process's indicators: list with locks, one indicator with its chart, forms. */
export function indicatorRoutes(app: App, deps: AppDeps): void {
  const { db } = deps;
  // Locking a reporting year is the space's `manage` (owners and platform admins).
  const context = (request: FastifyRequest, id: string, action: 'view' | 'edit' | 'manage') =>
    loadProcessSpace(db.kysely, request.actor, id, action, request.i18n);
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

  async function listPage(ctx: ProcessSpace, lock?: { error: string; year: string }) {
    const [indicators, locks, terms] = await Promise.all([
      loadIndicators(db, ctx.process.id),
      locksOf(db.kysely, ctx.process.id),
      allTerms(db.kysely),
    ]);
    return (
      <IndicatorListPage
        context={ctx}
        indicators={indicators}
        locks={locks}
        terms={terms}
        lockError={lock?.error}
        lockYear={lock?.year}
      />
    );
  }

  async function formPage(
    ctx: ProcessSpace,
    request: FastifyRequest,
    options: { draft: IndicatorDraft; failure?: Failure; version?: number; indicatorId?: string },
  ) {
    const { failure } = options;
    const withValues = options.indicatorId ? await hasValues(db.kysely, options.indicatorId) : false;
    // A conflict has its own notice above the form; the other failures are said beside the fields.
    const problems = failure && failure.kind !== 'conflict' ? problemsOf(failure) : {};
    return (
      <IndicatorFormPage
        context={ctx}
        mode={options.indicatorId ? 'update' : 'create'}
        draft={options.draft}
        errors={translateProblems(problems, request.i18n, { order: INDICATOR_FIELDS })}
        version={(failure?.kind === 'conflict' ? failure.currentVersion : undefined) ?? options.version}
        conflict={failure?.kind === 'conflict'}
        indicatorId={options.indicatorId}
        terms={await allTerms(db.kysely)}
        hasValues={withValues}
      />
    );
  }

  /** Parses the form; when a field cannot be read, the service still checks the rest. */
  async function submit<T>(
    ctx: ProcessSpace,
    draft: IndicatorDraft,
    save: (input: IndicatorInput) => Promise<Result<T>>,
  ): Promise<Result<T>> {
    const { input, problems } = parseIndicatorDraft(draft);
    if (Object.keys(problems).length === 0) return save(input);
    return invalid(mergeProblems(problems, await indicatorProblems(db, input, ctx.process)));
  }

  app.get(
    '/processes/:id/indicators',
    { config: { policy: 'public' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'view');
      return reply.page(await listPage(ctx));
    },
  );

  app.post(
    '/processes/:id/indicators/locks',
    { config: { policy: 'signed-in' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'manage');
      const text = textOf(asBody(request.body), 'year').trim();
      const year = /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
      const result = await lockYear(db, serviceContext(ctx, request), year);
      if (result.ok)
        return reply.seeOther(base(ctx), {
          kind: 'success',
          key: 'indicator.lock.done',
          values: { year: result.value.year },
        });
      const error =
        translateProblems(problemsOf(result), request.i18n).year ?? request.i18n.t('indicator.error.year');
      return reply.page(await listPage(ctx, { error, year: text }), failureStatus(result));
    },
  );

  app.post(
    '/processes/:id/indicators/locks/:year/unlock',
    { config: { policy: 'signed-in' }, schema: { params: yearPathParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'manage');
      const result = await unlockYear(db, serviceContext(ctx, request), Number(request.params.year));
      if (!result.ok) throw notFound();
      return reply.seeOther(base(ctx), {
        kind: 'success',
        key: 'indicator.lock.undone',
        values: { year: result.value.year },
      });
    },
  );

  app.get(
    '/processes/:id/indicators/new',
    { config: { policy: 'signed-in' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      return reply.page(await formPage(ctx, request, { draft: EMPTY_INDICATOR_DRAFT }));
    },
  );

  app.post(
    '/processes/:id/indicators',
    { config: { policy: 'signed-in' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      const draft = readIndicatorDraft(request.body);
      const result = await submit(ctx, draft, (input) =>
        createIndicator(db, serviceContext(ctx, request), input),
      );
      if (result.ok)
        return reply.seeOther(`${base(ctx)}/${result.value.id}`, {
          kind: 'success',
          key: 'indicator.flash.created',
        });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(await formPage(ctx, request, { draft, failure: result }), failureStatus(result));
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/processes/:id/indicators/export.${format}`,
      { config: { policy: 'public' }, schema: { params: processParams } },
      async (request, reply) => {
        const ctx = await context(request, request.params.id, 'view');
        return exportIndicators(reply, db, ctx, format, request.i18n);
      },
    );
  }

  app.get(
    '/processes/:id/indicators/:indicatorId',
    { config: { policy: 'public' }, schema: { params: indicatorParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'view');
      const { indicatorId } = request.params;
      const indicator = await loadIndicator(db, ctx.process.id, indicatorId);
      if (!indicator) throw notFound();
      const [values, terms] = await Promise.all([
        loadValues(db, ctx.process.id, indicator.id),
        allTerms(db.kysely),
      ]);
      return reply.page(
        <IndicatorPage
          context={ctx}
          indicator={indicator}
          values={values}
          chart={chartFor(indicator, values, request.i18n)}
          terms={terms}
        />,
      );
    },
  );

  app.get(
    '/processes/:id/indicators/:indicatorId/chart.csv',
    { config: { policy: 'public' }, schema: { params: indicatorParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'view');
      const { indicatorId } = request.params;
      const indicator = await loadIndicator(db, ctx.process.id, indicatorId);
      if (!indicator) throw notFound();
      const values = await loadValues(db, ctx.process.id, indicator.id);
      const rows = chartRows(
        indicator,
        values.filter((v) => v.sex === '_T' && v.age === '_T'),
      ).map((r) => [r.period, r.baseline ? 'yes' : 'no', r.reported, r.target]);
      return sendTable(reply, {
        filename: `indicator-${indicator.id}`,
        format: 'csv',
        sheets: [{ name: 'Chart', header: ['period', 'baseline', 'reported', 'target'], rows }],
        cacheControl: null,
      });
    },
  );

  app.get(
    '/processes/:id/indicators/:indicatorId/edit',
    { config: { policy: 'signed-in' }, schema: { params: indicatorParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      const { indicatorId } = request.params;
      const indicator = await loadIndicator(db, ctx.process.id, indicatorId);
      if (!indicator) throw notFound();
      return reply.page(
        await formPage(ctx, request, {
          draft: draftFromIndicator(indicator),
          version: indicator.version,
          indicatorId,
        }),
      );
    },
  );

  app.post(
    '/processes/:id/indicators/:indicatorId/edit',
    { config: { policy: 'signed-in' }, schema: { params: indicatorParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      const current = await indicatorOf(ctx, request.params.indicatorId);
      const draft = readIndicatorDraft(request.body);
      const version = versionOf(asBody(request.body));
      const result = await submit(ctx, draft, (input) =>
        updateIndicator(db, serviceContext(ctx, request), current.id, version ?? -1, input),
      );
      if (result.ok)
        return reply.seeOther(`${base(ctx)}/${current.id}`, {
          kind: 'success',
          key: 'indicator.flash.updated',
        });
      if (result.kind === 'not-found') throw notFound();
      return reply.page(
        await formPage(ctx, request, {
          draft,
          failure: result,
          version: version ?? current.version,
          indicatorId: current.id,
        }),
        failureStatus(result),
      );
    },
  );
}
