import * as Plot from '@observablehq/plot';
import { colourAt } from './palette.ts';
import { niceCeiling, periodPosition, tickRoom } from './periods.ts';
import { finishSvg, plotDocument } from './svg.ts';

export interface StackedSeries {
  key: string;
  label: string;
  points: { period: string; value: number }[];
}

export interface StackedBarChartInput {
  series: StackedSeries[];
  title: string;
  description: string;
  yLabel: string;
  tick: (value: number) => string;
  dir: 'ltr' | 'rtl';
  width?: number;
  height?: number;
}

/**
 * Vertical bars per period, the series stacked in palette order. Series are named in a key
 * beside the chart (rendered by the figure in HTML) since segments are too small to label.
 * Right to left, periods run from right to left.
 */
export function stackedBarChart(input: StackedBarChartInput): string {
  const rtl = input.dir === 'rtl';
  const periods = [...new Set(input.series.flatMap((s) => s.points.map((p) => p.period)))].sort(
    (a, b) => periodPosition(a) - periodPosition(b),
  );
  const data = input.series.flatMap((s, index) =>
    s.points.map((p) => ({ period: p.period, value: p.value, key: s.key, order: index })),
  );
  const totals = new Map<string, number>();
  for (const d of data) totals.set(d.period, (totals.get(d.period) ?? 0) + d.value);
  const top = niceCeiling(Math.max(0, ...totals.values()) * 1.05);
  const every = Math.max(1, Math.ceil(periods.length / 8));
  const shown = new Set(periods.filter((_, i) => i % every === 0 || i === periods.length - 1));
  const svg = Plot.plot({
    document: plotDocument,
    width: input.width ?? 640,
    height: input.height ?? 280,
    marginTop: 24,
    marginLeft: rtl ? 16 : tickRoom(input.tick, top),
    marginRight: rtl ? tickRoom(input.tick, top) : 16,
    x: {
      domain: periods,
      reverse: rtl,
      label: null,
      tickFormat: (p: string) => (shown.has(p) ? p : ''),
      padding: 0.2,
    },
    y: {
      domain: [0, top],
      grid: true,
      ticks: 5,
      tickFormat: input.tick,
      label: input.yLabel,
      labelArrow: 'none',
      axis: rtl ? 'right' : 'left',
    },
    color: { domain: input.series.map((s) => s.key), range: input.series.map((_, i) => colourAt(i)) },
    marks: [
      Plot.barY(data, { x: 'period', y: 'value', fill: 'key', order: input.series.map((s) => s.key) }),
      Plot.ruleY([0]),
    ],
  });
  return finishSvg(svg as unknown as Element, { title: input.title, description: input.description });
}
