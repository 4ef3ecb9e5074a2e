import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { sendTable } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { CataloguePage, MapPage } from './catalogue-page.views.tsx';
import type { FigureModel } from './figures/figure.ts';
import { choroplethFigure } from './figures/figures.ts';
import { listDatasets } from './open-data.repository.ts';
import { indicatorName, loadAreas, unitLabel } from './series.presenter.ts';
import { areaValues, indicatorPeriods } from './series.repository.ts';
import { ReleaseCache } from './series-cache.ts';
import { IMS_STOCK_DESTINATION } from './series-codes.ts';

const mapQuery = z.object({
  indicator: z
    .string()
    .max(60)
    .regex(/^[A-Za-z0-9._-]+$/)
    .optional()
    .catch(undefined),
  period: z
    .string()
    .regex(/^\d{4}(-Q[1-4])?$/)
    .optional()
    .catch(undefined),
});

/** Rendered maps per indicator, period and language, kept until the next import. */
const maps = new ReleaseCache<{ periods: string[]; period: string | undefined; figure: FigureModel | null }>(
  100,
);

async function countryIndicators(db: Kysely<Database>) {
  return db.selectFrom('indicators').selectAll().where('shape', '=', 'country').orderBy('code').execute();
}

async function mapFor(db: Kysely<Database>, i18n: Translator, code: string, wanted: string | undefined) {
  return maps.get(db, `${code}|${wanted ?? ''}|${i18n.locale}`, async () => {
    const indicator = await db
      .selectFrom('indicators')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
    if (!indicator) return { periods: [], period: undefined, figure: null };
    const periods = await indicatorPeriods(db, code);
    const period = wanted && periods.includes(wanted) ? wanted : periods[0];
    const areas = await loadAreas(db);
    const values = period ? await areaValues(db, code, period) : [];
    const name = indicatorName(i18n, indicator);
    const figure = choroplethFigure(
      { i18n, areas },
      {
        id: 'map',
        title: period ? i18n.t('data.map.figure', { indicator: name, period }) : name,
        unit: indicator.unit,
        emptyText: i18n.t('data.map.empty', { indicator: name }),
        csvHref: `/data/map.csv?indicator=${encodeURIComponent(code)}${period ? `&period=${period}` : ''}`,
        indicator: code,
        period: period ?? null,
        values,
      },
    );
    return { periods, period, figure };
  });
}

export function catalogueRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  app.get('/data', { config: { policy: 'public' } }, async (request, reply) => {
    const [datasets, indicators] = await Promise.all([
      listDatasets(k),
      k.selectFrom('indicators').selectAll().orderBy('code').execute(),
    ]);
    return reply.page(
      <CataloguePage
        datasets={datasets}
        indicators={indicators.map((i) => ({
          code: i.code,
          name: indicatorName(request.i18n, i),
          unit: unitLabel(request.i18n, i.unit),
          shape: i.shape,
          source: i.source,
          sdg: i.sdg,
        }))}
      />,
    );
  });

  app.get('/data/map', { config: { policy: 'public' } }, async (request, reply) => {
    const q = mapQuery.parse(request.query);
    const indicators = await countryIndicators(k);
    // Unknown or absent: the migrant stock, the indicator most readers come for, else the first.
    const fallback = indicators.find((i) => i.code === IMS_STOCK_DESTINATION) ?? indicators[0];
    const code = q.indicator && indicators.some((i) => i.code === q.indicator) ? q.indicator : fallback?.code;
    const result = code ? await mapFor(k, request.i18n, code, q.period) : null;
    return reply.page(
      <MapPage
        indicators={indicators.map((i) => ({ value: i.code, label: indicatorName(request.i18n, i) }))}
        periods={result?.periods ?? []}
        indicator={code}
        period={result?.period}
        figure={result?.figure ?? null}
      />,
    );
  });

  app.get('/data/map.csv', { config: { policy: 'public' } }, async (request, reply) => {
    const q = mapQuery.parse(request.query);
    if (!q.indicator) throw notFound();
    const result = await mapFor(k, request.i18n, q.indicator, q.period);
    if (!result.figure) throw notFound();
    return sendTable(reply, {
      filename: `map-${q.indicator}-${result.period ?? 'latest'}`,
      format: 'csv',
      sheets: [{ name: 'Map', ...result.figure.csv }],
      cacheControl: null,
    });
  });
}
