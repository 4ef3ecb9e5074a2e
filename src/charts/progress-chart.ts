import * as Plot from '@observablehq/plot';
import { PALETTE, RULE_COLOUR } from './palette.ts';
import { periodPosition } from './periods.ts';
import { finishSvg, plotDocument } from './svg.ts';

/**
 * Progress towards targets: reported totals as a line, the path from a baseline to each target as
 * a dashed line, each labelled directly (no legend).
 */

const REPORTED = PALETTE[0];
const TARGET = RULE_COLOUR;

export interface ProgressChartInput {
  title: string;
  description: string;
  /** The unit in words, for the y axis. */
  yLabel: string;
  reported: { period: string; value: number }[];
  baseline: { year: number; value: number } | null;
  targets: { year: number; value: number }[];
  labels: { reported: string; targets: string; baseline: string };
  tick: (value: number) => string;
  dir: 'ltr' | 'rtl';
  /** Percentages are drawn within 0 to 100. */
  percent: boolean;
  /** Where a period sits on the year axis; by default a year or quarter at its start. */
  position?: (period: string) => number;
}

/** The chart's SVG markup, or null when there is nothing to draw. */
export function progressChart(input: ProgressChartInput): string | null {
  const position = input.position ?? periodPosition;
  const reported = input.reported
    .map((p) => ({ x: position(p.period), y: p.value }))
    .filter((p) => Number.isFinite(p.x))
    .sort((a, b) => a.x - b.x);
  const path = [
    ...(input.baseline ? [{ x: input.baseline.year, y: input.baseline.value }] : []),
    ...input.targets.map((t) => ({ x: t.year, y: t.value })),
  ].sort((a, b) => a.x - b.x);
  if (reported.length === 0 && path.length === 0) return null;
  const rtl = input.dir === 'rtl';
  const xs = [...reported, ...path].map((p) => p.x);
  const ys = [...reported, ...path].map((p) => p.y);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const span = Math.max(1, maxX - minX);
  const low = Math.min(0, ...ys);
  // Percentages stay within 0 to 100, but small ones are not squeezed against the axis.
  const top = Math.max(...ys, 0) * 1.15 || 1;
  const high = input.percent ? Math.min(100, top) : top;
  const years: number[] = [];
  const step = span > 24 ? 5 : span > 12 ? 2 : 1;
  for (let y = Math.ceil(minX); y <= Math.floor(maxX); y += step) years.push(y);
  const ends = [
    ...(reported.length ? [{ ...reported.at(-1)!, label: input.labels.reported, colour: REPORTED }] : []),
    ...(input.targets.length ? [{ ...path.at(-1)!, label: input.labels.targets, colour: TARGET }] : []),
  ];
  // Keep the two end labels apart when they would overlap.
  if (ends.length === 2 && Math.abs(ends[0]!.y - ends[1]!.y) < (high - low) * 0.06) {
    const up = ends[0]!.y >= ends[1]!.y ? 0 : 1;
    ends[up]!.y += (high - low) * 0.035;
    ends[1 - up]!.y -= (high - low) * 0.035;
  }
  const svg = Plot.plot({
    document: plotDocument,
    width: 640,
    height: 300,
    marginTop: 24,
    marginBottom: 30,
    marginLeft: rtl ? 110 : 60,
    marginRight: rtl ? 60 : 110,
    x: {
      domain: [minX - span * 0.04, maxX + span * 0.04],
      reverse: rtl,
      ticks: years,
      tickFormat: (d: number) => String(d),
      label: null,
    },
    y: {
      domain: [low, high],
      grid: true,
      ticks: 5,
      tickFormat: input.tick,
      label: input.yLabel,
      labelArrow: 'none',
      axis: rtl ? 'right' : 'left',
    },
    marks: [
      Plot.ruleY([low]),
      Plot.line(path, { x: 'x', y: 'y', stroke: TARGET, strokeWidth: 1.5, strokeDasharray: '5 4' }),
      Plot.dot(
        input.targets.map((t) => ({ x: t.year, y: t.value })),
        { x: 'x', y: 'y', r: 4, symbol: 'square', fill: TARGET },
      ),
      ...(input.baseline
        ? [
            Plot.dot([{ x: input.baseline.year, y: input.baseline.value }], {
              x: 'x',
              y: 'y',
              r: 4,
              stroke: TARGET,
              fill: 'white',
            }),
            Plot.text([{ x: input.baseline.year, y: input.baseline.value }], {
              x: 'x',
              y: 'y',
              text: () => input.labels.baseline,
              dy: 14,
              fill: 'currentColor',
            }),
          ]
        : []),
      Plot.line(reported, { x: 'x', y: 'y', stroke: REPORTED, strokeWidth: 2.5 }),
      Plot.dot(reported, { x: 'x', y: 'y', r: 3.5, fill: REPORTED }),
      Plot.text(ends, {
        x: 'x',
        y: 'y',
        text: 'label',
        dx: rtl ? -8 : 8,
        textAnchor: rtl ? 'end' : 'start',
        fill: 'currentColor',
        fontWeight: 600,
      }),
    ],
  });
  return finishSvg(svg as unknown as Element, { title: input.title, description: input.description });
}
