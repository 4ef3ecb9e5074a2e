import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import { sendTable } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { idParam, processParams } from '../../web/params.ts';
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
import { asBody, type Problems, textOf, translateProblems } from './monitoring.support.ts';
import type { IndicatorRow } from './monitoring.table.ts';
import { allTerms } from './monitoring.tags.ts';
import { lockYear, unlockYear } from './value.service.ts';

/** The pages of a process's indicators: list with locks, one indicator with its chart, forms. */
/** Path ids are checked by the lookups, which answer 404 to a malformed one (decision 60). */
const indicatorPathParams = processParams.extend({ indicatorId: idParam });
const yearPathParams = processParams.extend({ year: z.string() });

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
    options: {
      mode: 'create' | 'update';
      draft: IndicatorDraft;
      problems?: Problems;
      version?: number;
      conflict?: boolean;
      indicatorId?: string;
    },
  ) {
    const withValues = options.indicatorId ? await hasValues(db.kysely, options.indicatorId) : false;
    return (
      <IndicatorFormPage
        context={ctx}
        mode={options.mode}
        draft={options.draft}
        errors={translateProblems(options.problems ?? {}, request.i18n, INDICATOR_FIELDS)}
        version={options.version}
        conflict={options.conflict}
        indicatorId={options.indicatorId}
        terms={await allTerms(db.kysely)}
        hasValues={withValues}
      />
    );
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
      const problems = result.kind === 'invalid' ? result.errors : {};
      const error = translateProblems(problems, request.i18n).year ?? request.i18n.t('indicator.error.year');
      return reply.page(await listPage(ctx, { error, year: text }), 422);
    },
  );

  app.post(
    '/processes/:id/indicators/locks/:year/unlock',
    { config: { policy: 'signed-in' }, schema: { params: yearPathParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'manage');
      const year = Number(request.params.year);
      if (!Number.isInteger(year) || !(await unlockYear(db, serviceContext(ctx, request), year)))
        throw notFound();
      return reply.seeOther(base(ctx), { kind: 'success', key: 'indicator.lock.undone', values: { year } });
    },
  );

  app.get(
    '/processes/:id/indicators/new',
    { config: { policy: 'signed-in' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      return reply.page(await formPage(ctx, request, { mode: 'create', draft: EMPTY_INDICATOR_DRAFT }));
    },
  );

  app.post(
    '/processes/:id/indicators',
    { config: { policy: 'signed-in' }, schema: { params: processParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      const draft = readIndicatorDraft(request.body);
      const { input, problems } = parseIndicatorDraft(draft);
      const result =
        Object.keys(problems).length === 0
          ? await createIndicator(db, serviceContext(ctx, request), input)
          : ({
              ok: false,
              kind: 'invalid',
              errors: { ...(await indicatorProblems(db, input, ctx.process)), ...problems },
            } as const);
      if (result.ok)
        return reply.seeOther(`${base(ctx)}/${result.value.id}`, {
          kind: 'success',
          key: 'indicator.flash.created',
        });
      return reply.page(
        await formPage(ctx, request, {
          mode: 'create',
          draft,
          problems: result.kind === 'invalid' ? result.errors : {},
        }),
        422,
      );
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
    { config: { policy: 'public' }, schema: { params: indicatorPathParams } },
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
    { config: { policy: 'public' }, schema: { params: indicatorPathParams } },
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
    { config: { policy: 'signed-in' }, schema: { params: indicatorPathParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      const { indicatorId } = request.params;
      const indicator = await loadIndicator(db, ctx.process.id, indicatorId);
      if (!indicator) throw notFound();
      return reply.page(
        await formPage(ctx, request, {
          mode: 'update',
          draft: draftFromIndicator(indicator),
          version: indicator.version,
          indicatorId,
        }),
      );
    },
  );

  app.post(
    '/processes/:id/indicators/:indicatorId/edit',
    { config: { policy: 'signed-in' }, schema: { params: indicatorPathParams } },
    async (request, reply) => {
      const ctx = await context(request, request.params.id, 'edit');
      const current = await indicatorOf(ctx, request.params.indicatorId);
      const draft = readIndicatorDraft(request.body);
      const versionText = textOf(asBody(request.body), 'version');
      const version = /^\d+$/.test(versionText) ? Number(versionText) : -1;
      const { input, problems } = parseIndicatorDraft(draft);
      const result =
        Object.keys(problems).length === 0
          ? await updateIndicator(db, serviceContext(ctx, request), current.id, version, input)
          : ({
              ok: false,
              kind: 'invalid',
              errors: { ...(await indicatorProblems(db, input, ctx.process)), ...problems },
            } as const);
      if (result.ok)
        return reply.seeOther(`${base(ctx)}/${current.id}`, {
          kind: 'success',
          key: 'indicator.flash.updated',
        });
      if (result.kind === 'not-found') throw notFound();
      const conflict = result.kind === 'conflict';
      return reply.page(
        await formPage(ctx, request, {
          mode: 'update',
          draft,
          problems: result.kind === 'invalid' ? result.errors : {},
          version: conflict ? result.currentVersion : version < 0 ? current.version : version,
          conflict,
          indicatorId: current.id,
        }),
        conflict ? 409 : 422,
      );
    },
  );
}
