import {
  barChart,
  colourAt,
  lineChart,
  NO_DATA_FILL,
  periodPosition,
  SEQUENTIAL,
  stackedBarChart,
} from '../../../charts/index.ts';
import type { Translator } from '../../../i18n/translator.ts';
import type { Cell as CsvCell } from '../../../tables/index.ts';
import { choropleth } from '../maps/choropleth.ts';
import { flowMap } from '../maps/flow-map.ts';
import {
  type AreaInfo,
  areaName,
  formatCompact,
  formatValue,
  periodRangeLabel,
  sourceNames,
  tickFormatter,
  unitLabel,
} from '../series.presenter.ts';
import type { Observation, Partner, Provenance } from '../series.repository.ts';
import type { FigureModel } from './figure.ts';

/**
 * Builds figure models (chart + words + table + CSV) from indicator-store values, in the
 * reader's language and direction. Shared by the profile, corridor and map pages.
 */
export interface FigureContext {
  i18n: Translator;
  areas: Map<string, AreaInfo>;
}

/** A value with where it came from; totals over partners carry the summed dataset. */
export interface SourcedPoint {
  period: string;
  value: number;
  indicator: string;
  area: string;
  counterpart: string;
  sex: string;
  provenance: Pick<Provenance, 'dataset' | 'publisher' | 'release'>;
}

export interface FigureSeries {
  key: string;
  label: string;
  points: SourcedPoint[];
}

const CSV_HEADER = [
  'indicator',
  'area',
  'counterpart',
  'sex',
  'period',
  'value',
  'unit',
  'source',
  'release',
];

function csvRows(series: FigureSeries[], unit: string): CsvCell[][] {
  return series.flatMap((s) =>
    s.points.map((p) => [
      p.indicator,
      p.area,
      p.counterpart,
      p.sex,
      p.period,
      p.value,
      unit,
      sourceNames([p.provenance]),
      p.provenance.release,
    ]),
  );
}

function byPeriod(a: { period: string }, b: { period: string }): number {
  return periodPosition(a.period) - periodPosition(b.period);
}

/** The words a screen reader hears for a chart over time: each series' first and last value. */
function describeSeries(ctx: FigureContext, title: string, unit: string, series: FigureSeries[]): string {
  const parts = series
    .filter((s) => s.points.length > 0)
    .map((s) => {
      const sorted = [...s.points].sort(byPeriod);
      const first = sorted[0]!;
      const last = sorted[sorted.length - 1]!;
      return ctx.i18n.t('data.alt.series', {
        series: s.label,
        firstValue: formatValue(ctx.i18n, unit, first.value),
        firstPeriod: first.period,
        lastValue: formatValue(ctx.i18n, unit, last.value),
        lastPeriod: last.period,
      });
    });
  return `${title}. ${parts.join(' ')}`;
}

/** A table with one row per period and one column per series. */
function periodTable(ctx: FigureContext, unit: string, series: FigureSeries[]): FigureModel['table'] {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort(
    (a, b) => periodPosition(a) - periodPosition(b),
  );
  const lookup = series.map((s) => new Map(s.points.map((p) => [p.period, p.value])));
  return {
    columns: [
      { label: ctx.i18n.t('data.table.period') },
      ...series.map((s) => ({ label: s.label, numeric: true })),
    ],
    rows: periods.map((period) => [
      period,
      ...lookup.map((m) => {
        const v = m.get(period);
        return v === undefined ? ctx.i18n.t('data.table.noValue') : formatValue(ctx.i18n, unit, v);
      }),
    ]),
  };
}

/** The y-axis label: ticks of US$ million series are written in dollars ("$30B"). */
function axisLabel(ctx: FigureContext, unit: string): string {
  return unitLabel(ctx.i18n, unit === 'USD million' ? 'USD' : unit);
}

interface BaseInput {
  id: string;
  title: string;
  unit: string;
  emptyText: string;
  csvHref: string;
}

export function lineFigure(
  ctx: FigureContext,
  input: BaseInput & { series: FigureSeries[]; rules?: { value: number; label: string }[] },
): FigureModel {
  const series = input.series.filter((s) => s.points.length > 0);
  const points = series.flatMap((s) => s.points);
  const base = {
    id: input.id,
    title: input.title,
    emptyText: input.emptyText,
    unit: unitLabel(ctx.i18n, input.unit),
    source: sourceNames(points.map((p) => p.provenance)),
    years: periodRangeLabel(points.map((p) => p.period)),
    csvHref: input.csvHref,
    csv: { header: CSV_HEADER, rows: csvRows(series, input.unit) },
    table: periodTable(ctx, input.unit, series),
    overTime: true,
  };
  if (points.length === 0) return { ...base, svg: null };
  const svg = lineChart({
    series: series.map((s) => ({ key: s.key, label: s.label, points: [...s.points].sort(byPeriod) })),
    title: input.title,
    description: describeSeries(ctx, input.title, input.unit, series),
    yLabel: axisLabel(ctx, input.unit),
    tick: tickFormatter(ctx.i18n, input.unit),
    dir: ctx.i18n.dir,
    rules: input.rules,
  });
  return { ...base, svg };
}

export function stackedFigure(
  ctx: FigureContext,
  input: BaseInput & { series: FigureSeries[] },
): FigureModel {
  const series = input.series.filter((s) => s.points.length > 0);
  const points = series.flatMap((s) => s.points);
  const base = {
    id: input.id,
    title: input.title,
    emptyText: input.emptyText,
    unit: unitLabel(ctx.i18n, input.unit),
    source: sourceNames(points.map((p) => p.provenance)),
    years: periodRangeLabel(points.map((p) => p.period)),
    csvHref: input.csvHref,
    csv: { header: CSV_HEADER, rows: csvRows(series, input.unit) },
    table: periodTable(ctx, input.unit, series),
    overTime: true,
    legend: series.map((s, i) => ({ label: s.label, colour: colourAt(i) })),
  };
  if (points.length === 0) return { ...base, svg: null };
  const svg = stackedBarChart({
    series: series.map((s) => ({ key: s.key, label: s.label, points: s.points })),
    title: input.title,
    description: describeSeries(ctx, input.title, input.unit, series),
    yLabel: axisLabel(ctx, input.unit),
    tick: tickFormatter(ctx.i18n, input.unit),
    dir: ctx.i18n.dir,
  });
  return { ...base, svg };
}

/** Partners of a country as points for tables and CSV. */
function partnerPoints(
  indicator: string,
  country: string,
  role: 'origins' | 'destinations',
  period: string,
  partners: Partner[],
): SourcedPoint[] {
  return partners.map((p) => ({
    period,
    value: p.value,
    indicator,
    area: role === 'origins' ? p.partner : country,
    counterpart: role === 'origins' ? country : p.partner,
    sex: '_T',
    provenance: p.provenance,
  }));
}

function partnerTable(ctx: FigureContext, unit: string, partners: Partner[], partnerLabel: string) {
  return {
    columns: [{ label: partnerLabel }, { label: unitLabel(ctx.i18n, unit), numeric: true }],
    rows: partners.map((p) => [
      areaName(ctx.i18n, ctx.areas, p.partner),
      formatValue(ctx.i18n, unit, p.value),
    ]),
  };
}

export interface PartnerInput extends BaseInput {
  indicator: string;
  country: string;
  role: 'origins' | 'destinations';
  period: string | null;
  partners: Partner[];
  partnerLabel: string;
}

export function barFigure(ctx: FigureContext, input: PartnerInput): FigureModel {
  const points = input.period
    ? partnerPoints(input.indicator, input.country, input.role, input.period, input.partners)
    : [];
  const base = {
    id: input.id,
    title: input.title,
    emptyText: input.emptyText,
    unit: unitLabel(ctx.i18n, input.unit),
    source: sourceNames(input.partners.map((p) => p.provenance)),
    years: input.period ?? '',
    csvHref: input.csvHref,
    csv: { header: CSV_HEADER, rows: csvRows([{ key: 'x', label: '', points }], input.unit) },
    table: partnerTable(ctx, input.unit, input.partners, input.partnerLabel),
  };
  if (!input.period || input.partners.length === 0) return { ...base, svg: null };
  const data = input.partners.map((p) => ({
    label: areaName(ctx.i18n, ctx.areas, p.partner),
    value: p.value,
  }));
  const list = data.map((d) => `${d.label} ${formatCompact(ctx.i18n, input.unit, d.value)}`).join(', ');
  const svg = barChart({
    data,
    title: input.title,
    description: ctx.i18n.t('data.alt.bar', { title: input.title, period: input.period, list }),
    format: (v) => formatCompact(ctx.i18n, input.unit, v),
    dir: ctx.i18n.dir,
  });
  return { ...base, svg };
}

function alpha3ByM49(areas: Map<string, AreaInfo>): Map<string, string> {
  // Countries only: areas outside ISO 3166 have no shape on the map.
  return new Map([...areas.values()].filter((a) => a.kind === 'country').map((a) => [a.m49, a.alpha3]));
}

export function flowFigure(ctx: FigureContext, input: PartnerInput): FigureModel {
  const bar = barFigure(ctx, input);
  if (!bar.svg) return bar;
  const nameOf = (alpha3: string) => areaName(ctx.i18n, ctx.areas, alpha3);
  const list = input.partners
    .slice(0, 5)
    .map((p) => `${nameOf(p.partner)} ${formatCompact(ctx.i18n, input.unit, p.value)}`)
    .join(', ');
  const svg = flowMap({
    focus: input.country,
    direction: input.role === 'origins' ? 'in' : 'out',
    partners: input.partners.map((p) => ({ alpha3: p.partner, value: p.value })),
    alpha3ByM49: alpha3ByM49(ctx.areas),
    nameOf,
    format: (v) => formatValue(ctx.i18n, input.unit, v),
    title: input.title,
    description: ctx.i18n.t('data.alt.flow', { title: input.title, period: input.period ?? '', list }),
  });
  return { ...bar, svg };
}

export function choroplethFigure(
  ctx: FigureContext,
  input: BaseInput & { indicator: string; period: string | null; values: Observation[] },
): FigureModel {
  const countries = input.values.filter((o) => ctx.areas.has(o.area));
  const values = new Map(countries.map((o) => [o.area, o.value]));
  const nameOf = (alpha3: string) => areaName(ctx.i18n, ctx.areas, alpha3);
  const sorted = [...countries].sort((a, b) => b.value - a.value);
  const base = {
    id: input.id,
    title: input.title,
    emptyText: input.emptyText,
    unit: unitLabel(ctx.i18n, input.unit),
    source: sourceNames(countries.map((o) => o.provenance)),
    years: input.period ?? '',
    csvHref: input.csvHref,
    csv: {
      header: CSV_HEADER,
      rows: csvRows([{ key: 'x', label: '', points: sorted.map((o) => ({ ...o })) }], input.unit),
    },
    table: {
      columns: [
        { label: ctx.i18n.t('data.table.country') },
        { label: unitLabel(ctx.i18n, input.unit), numeric: true },
      ],
      rows: sorted.map((o) => [nameOf(o.area), formatValue(ctx.i18n, input.unit, o.value)]),
    },
  };
  if (countries.length === 0) return { ...base, svg: null };
  const format = (v: number) => formatValue(ctx.i18n, input.unit, v);
  const noData = ctx.i18n.t('data.map.noData');
  const top = sorted
    .slice(0, 3)
    .map((o) => `${nameOf(o.area)} ${formatCompact(ctx.i18n, input.unit, o.value)}`)
    .join(', ');
  const { svg, bins } = choropleth({
    values,
    alpha3ByM49: alpha3ByM49(ctx.areas),
    nameOf,
    format,
    noDataLabel: noData,
    title: input.title,
    description: ctx.i18n.t('data.alt.choropleth', {
      title: input.title,
      period: input.period ?? '',
      count: countries.length,
      top,
    }),
    id: `map-${input.id}`,
  });
  const compact = (v: number) => formatCompact(ctx.i18n, input.unit, v);
  return {
    ...base,
    svg,
    legend: [
      ...bins.map((b) => ({
        label: ctx.i18n.t('data.map.range', { from: compact(b.min), to: compact(b.max) }),
        colour: b.colour,
      })),
      { label: noData, colour: NO_DATA_FILL, pattern: 'hatch' as const },
    ],
  };
}

/** Used by tests and docs: the palette a choropleth draws from. */
export const CHOROPLETH_PALETTE = SEQUENTIAL;
