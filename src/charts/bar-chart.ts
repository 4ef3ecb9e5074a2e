import * as Plot from '@observablehq/plot';
import { colourAt } from './palette.ts';
import { finishSvg, plotDocument } from './svg.ts';

export interface BarDatum {
  label: string;
  value: number;
}

export interface BarChartInput {
  data: BarDatum[];
  title: string;
  description: string;
  /** Formats the value written at the end of each bar. */
  format: (value: number) => string;
  dir: 'ltr' | 'rtl';
  width?: number;
}

function shorten(label: string, max = 24): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/**
 * Horizontal bars, largest first, each labelled with its category and value (no axis to read
 * off). Right to left, bars grow from the right and names sit on the right.
 */
export function barChart(input: BarChartInput): string {
  const width = input.width ?? 640;
  const rtl = input.dir === 'rtl';
  const rows = input.data.map((d) => ({ ...d, name: shorten(d.label), text: input.format(d.value) }));
  const max = Math.max(1, ...rows.map((r) => r.value));
  const labelRoom = 170;
  const svg = Plot.plot({
    document: plotDocument,
    width,
    height: rows.length * 28 + 16,
    marginTop: 8,
    marginBottom: 8,
    marginLeft: rtl ? 8 : labelRoom,
    marginRight: rtl ? labelRoom : 8,
    x: { axis: null, domain: [0, max * 1.25], reverse: rtl },
    y: {
      domain: rows.map((r) => r.name),
      label: null,
      tickSize: 0,
      axis: rtl ? 'right' : 'left',
      padding: 0.25,
    },
    marks: [
      Plot.barX(rows, { x: 'value', y: 'name', fill: colourAt(0) }),
      Plot.text(rows, {
        x: 'value',
        y: 'name',
        text: 'text',
        dx: rtl ? -6 : 6,
        textAnchor: rtl ? 'end' : 'start',
        fill: 'currentColor',
      }),
      Plot.ruleX([0]),
    ],
  });
  return finishSvg(svg as unknown as Element, { title: input.title, description: input.description });
}
