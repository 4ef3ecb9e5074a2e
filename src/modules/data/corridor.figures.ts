import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { FigureModel } from './figures/figure.ts';
import { type FigureContext, type FigureSeries, lineFigure } from './figures/figures.ts';
import { areaName, publicCode } from './series.presenter.ts';
import { corridorSeries, type Observation } from './series.repository.ts';
import * as codes from './series-codes.ts';

/**
 * The corridor explorer's figures: migrant stock both ways, refugees and asylum seekers both
 * ways, the bilateral remittance estimate and the cost of sending USD 200, each direction as
 * its own labelled line.
 */
const INDICATORS = [
  codes.IMS_STOCK_BILATERAL,
  codes.UNHCR_REFUGEES,
  codes.UNHCR_ASYLUM,
  codes.KNOMAD_BILATERAL,
  codes.RPW_CORRIDOR_COST,
];

export function loadCorridor(
  db: Kysely<Database>,
  origin: string,
  destination: string,
): Promise<Observation[]> {
  return corridorSeries(db, { a: origin, b: destination, indicators: INDICATORS, sexes: ['_T'] });
}

export function buildCorridorFigures(
  ctx: FigureContext,
  rows: Observation[],
  origin: string,
  destination: string,
): FigureModel[] {
  const { t } = ctx.i18n;
  const a = areaName(ctx.i18n, ctx.areas, origin);
  const b = areaName(ctx.i18n, ctx.areas, destination);
  const names = { origin: a, destination: b };
  const csv = (id: string) =>
    `/corridors/csv/${id}?origin=${publicCode(origin)}&destination=${publicCode(destination)}`;
  const pick = (indicator: string, from: string, to: string) =>
    rows.filter((r) => r.indicator === indicator && r.area === from && r.counterpart === to);
  const both = (indicator: string, key: string): FigureSeries[] => [
    { key: 'ab', label: t(key, { from: a, to: b }), points: pick(indicator, origin, destination) },
    { key: 'ba', label: t(key, { from: b, to: a }), points: pick(indicator, destination, origin) },
  ];
  const empty = t('data.corridor.noSeries', names);
  return [
    lineFigure(ctx, {
      id: 'stock',
      title: t('data.corridor.fig.stock', names),
      unit: 'persons',
      emptyText: empty,
      csvHref: csv('stock'),
      series: both(codes.IMS_STOCK_BILATERAL, 'data.corridor.series.stock'),
    }),
    lineFigure(ctx, {
      id: 'refugees',
      title: t('data.corridor.fig.refugees', names),
      unit: 'persons',
      emptyText: empty,
      csvHref: csv('refugees'),
      series: [
        ...both(codes.UNHCR_REFUGEES, 'data.corridor.series.refugees'),
        ...both(codes.UNHCR_ASYLUM, 'data.corridor.series.asylum').map((s) => ({
          ...s,
          key: `asylum-${s.key}`,
        })),
      ],
    }),
    lineFigure(ctx, {
      id: 'remittances',
      title: t('data.corridor.fig.remittances', names),
      unit: 'USD million',
      emptyText: empty,
      csvHref: csv('remittances'),
      series: both(codes.KNOMAD_BILATERAL, 'data.corridor.series.sent'),
    }),
    lineFigure(ctx, {
      id: 'cost',
      title: t('data.corridor.fig.cost', names),
      unit: 'percent',
      emptyText: empty,
      csvHref: csv('cost'),
      rules: [
        { value: codes.SDG_COST_TARGET, label: t('data.rule.target') },
        { value: codes.CORRIDOR_COST_CEILING, label: t('data.rule.ceiling') },
      ],
      series: both(codes.RPW_CORRIDOR_COST, 'data.corridor.series.cost'),
    }),
  ];
}
