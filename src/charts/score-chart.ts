import * as Plot from '@observablehq/plot';
import { SCORE_BAR, TEXT_COLOUR } from './palette.ts';
import { finishSvg, plotDocument } from './svg.ts';

/**
 * Horizontal bars of scores from 0 to 100, each row a label above its bar, so long names need no
 * margin and the chart stays readable when a phone scales it down. The page gives a data table
 * beside it, so the SVG's text alternative is its title.
 */
export interface Bar {
  label: string;
  /** 0–100, or null for "no score yet" (drawn as no bar, labelled in words). */
  value: number | null;
}

const MAX_LABEL = 60;
const ROW = 46;

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

export interface ScoreChartOptions {
  bars: Bar[];
  title: string;
  /** Text for bars without a value ("no score yet"). */
  noValue: string;
  /** The x axis label ("Score out of 100"). */
  axisLabel: string;
  rtl: boolean;
}

/**
 * Charts already drawn, by everything they are drawn from. Drawing one with Plot and linkedom takes
 * a few milliseconds, a third of a result page's time, and a round's chart is read far more often
 * than its scores change. Oldest first out.
 */
const drawn = new Map<string, string>();
const DRAWN_LIMIT = 500;

/** The score chart's SVG markup. Right to left, the bars grow from the right. */
export function scoreBarChart(options: ScoreChartOptions): string {
  const key = JSON.stringify([
    options.bars.map((b) => [b.label, b.value]),
    options.title,
    options.noValue,
    options.axisLabel,
    options.rtl,
  ]);
  const known = drawn.get(key);
  if (known !== undefined) return known;
  const svg = drawScoreBarChart(options);
  if (drawn.size >= DRAWN_LIMIT) drawn.delete(drawn.keys().next().value!);
  drawn.set(key, svg);
  return svg;
}

function drawScoreBarChart(options: ScoreChartOptions): string {
  const rows = options.bars.map((bar, index) => ({
    key: String(index),
    label: shorten(bar.label),
    value: bar.value ?? 0,
    text: bar.value === null ? options.noValue : String(bar.value),
  }));
  const rtl = options.rtl;
  const svg = Plot.plot({
    document: plotDocument,
    width: 480,
    height: 50 + rows.length * ROW,
    marginLeft: rtl ? 44 : 8,
    marginRight: rtl ? 8 : 44,
    marginTop: 8,
    marginBottom: 42,
    x: {
      domain: [0, 100],
      label: options.axisLabel,
      grid: true,
      reverse: rtl,
      labelAnchor: 'center',
      labelArrow: 'none',
    },
    y: { domain: rows.map((r) => r.key), axis: null, padding: 0 },
    marks: [
      Plot.barX(rows, { x: 'value', y: 'key', fill: SCORE_BAR, insetTop: 22, insetBottom: 6 }),
      Plot.text(rows, {
        x: 0,
        y: 'key',
        text: 'label',
        textAnchor: rtl ? 'end' : 'start',
        dx: rtl ? -2 : 2,
        dy: -9,
        fill: TEXT_COLOUR,
        fontWeight: 600,
      }),
      Plot.text(rows, {
        x: 'value',
        y: 'key',
        text: 'text',
        textAnchor: rtl ? 'end' : 'start',
        dx: rtl ? -6 : 6,
        dy: 8,
        fill: TEXT_COLOUR,
      }),
      Plot.ruleX([0]),
    ],
  });
  return finishSvg(svg as unknown as Element, {
    title: options.title,
    description: options.title,
    className: 'score-chart',
    fontSize: 13,
  });
}
