import * as Plot from '@observablehq/plot';
import { colourAt, dashAt, RULE_COLOUR } from './palette.ts';
import { niceCeiling, periodPosition, tickRoom, yearTicks } from './periods.ts';
import { finishSvg, plotDocument } from './svg.ts';

export interface LineSeries {
  key: string;
  /** Written at the end of the line (direct labelling, no legend). */
  label: string;
  points: { period: string; value: number }[];
}

export interface LineChartInput {
  series: LineSeries[];
  title: string;
  description: string;
  /** The unit, translated, shown as the y-axis label. */
  yLabel: string;
  /** Formats a y tick (compact, in the reader's language). */
  tick: (value: number) => string;
  dir: 'ltr' | 'rtl';
  /** Reference lines such as a target, each labelled in words. */
  rules?: { value: number; label: string }[];
  width?: number;
  height?: number;
}

const LABEL_GAP = 13;

/** Breaks a label into lines of at most `max` characters at spaces (Plot draws one line each). */
export function wrapLabel(label: string, max = 22): string {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/**
 * A line chart of series over time. Right to left, the time axis is mirrored (latest on the
 * left, y axis on the right) and labels stay readable; see docs/decisions.md.
 */
export function lineChart(input: LineChartInput): string {
  const width = input.width ?? 640;
  const height = input.height ?? 300;
  const rtl = input.dir === 'rtl';
  const marginTop = 24;
  const marginBottom = 30;
  // Direct labels wrap at ~22 characters; room for them: about 7 px a character at 12 px.
  const labels = input.series.map((s) => wrapLabel(s.label));
  const labelRoom = Math.min(
    170,
    Math.max(60, 14 + 7 * Math.max(0, ...labels.flatMap((l) => l.split('\n').map((line) => line.length)))),
  );
  const data = input.series.flatMap((s, index) =>
    s.points
      .map((p) => ({ key: s.key, index, x: periodPosition(p.period), y: p.value }))
      .filter((p) => Number.isFinite(p.x)),
  );
  const xs = data.map((d) => d.x);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const span = maxX - minX || 1;
  const ruleValues = (input.rules ?? []).map((r) => r.value);
  const top = niceCeiling(Math.max(0, ...data.map((d) => d.y), ...ruleValues) * 1.05);
  const plotHeight = height - marginTop - marginBottom;
  const yPixel = (v: number) => marginTop + plotHeight * (1 - v / top);

  // Direct labels at the end of each line, nudged apart so they never overlap.
  const ends = input.series
    .map((s, index) => {
      const last = [...s.points].sort((a, b) => periodPosition(a.period) - periodPosition(b.period)).at(-1);
      const label = labels[index]!;
      const lines = label.split('\n').length;
      return last
        ? { label, lines, index, x: periodPosition(last.period), y: last.value, py: yPixel(last.value) }
        : null;
    })
    .filter((e): e is NonNullable<typeof e> => e !== null)
    .sort((a, b) => a.py - b.py);
  for (let i = 1; i < ends.length; i++) {
    const gap = (LABEL_GAP * (ends[i - 1]!.lines + ends[i]!.lines)) / 2;
    if (ends[i]!.py - ends[i - 1]!.py < gap) ends[i]!.py = ends[i - 1]!.py + gap;
  }
  const rules = (input.rules ?? []).map((r) => ({ ...r, x: maxX }));

  const svg = Plot.plot({
    document: plotDocument,
    width,
    height,
    marginTop,
    marginBottom,
    marginLeft: rtl ? labelRoom : tickRoom(input.tick, top),
    marginRight: rtl ? tickRoom(input.tick, top) : labelRoom,
    x: {
      domain: [minX - span * 0.02, maxX + span * 0.02],
      reverse: rtl,
      ticks: yearTicks(minX, maxX),
      tickFormat: (d: number) => String(d),
      label: null,
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
    marks: [
      Plot.ruleY([0]),
      ...rules.map((r) =>
        Plot.ruleY([r.value], { stroke: RULE_COLOUR, strokeDasharray: '4 4', strokeWidth: 1.5 }),
      ),
      ...input.series.map((_s, index) =>
        Plot.line(
          data.filter((d) => d.index === index),
          {
            x: 'x',
            y: 'y',
            stroke: colourAt(index),
            strokeWidth: 2.5,
            strokeDasharray: dashAt(index) || undefined,
          },
        ),
      ),
      Plot.dot(data, { x: 'x', y: 'y', r: 2.5, fill: (d: { index: number }) => colourAt(d.index) }),
      Plot.text(rules, {
        x: 'x',
        y: 'value',
        text: 'label',
        dy: -7,
        textAnchor: rtl ? 'start' : 'end',
        fill: RULE_COLOUR,
      }),
      Plot.text(ends, {
        x: 'x',
        y: (e: { py: number }) => top * (1 - (e.py - marginTop) / plotHeight),
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
