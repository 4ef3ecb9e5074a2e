/**
 * A horizontal bar chart of scores from 0 to 100, rendered on the server as SVG with Observable
 * Plot. The page's CSP forbids inline styles, so Plot's <style> element and any style attribute
 * are removed; the SVG is an image with a title, and the page gives a data table beside it.
 * (A shared chart kit is being written in the data module; this one is small and local until then.)
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

function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
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

/**
 * Each row is a label above its bar, so long sector names need no margin and the chart stays
 * readable when a phone scales it down. Right to left, the bars grow from the right.
 */
export async function scoreBarChart(options: ScoreChartOptions): Promise<string> {
  const key = JSON.stringify([
    options.bars.map((b) => [b.label, b.value]),
    options.title,
    options.noValue,
    options.axisLabel,
    options.rtl,
  ]);
  const known = drawn.get(key);
  if (known !== undefined) return known;
  const svg = await drawScoreBarChart(options);
  if (drawn.size >= DRAWN_LIMIT) drawn.delete(drawn.keys().next().value!);
  drawn.set(key, svg);
  return svg;
}

async function drawScoreBarChart(options: ScoreChartOptions): Promise<string> {
  // Loaded on first use: Plot and linkedom take a second to import, which every CLI run would pay.
  const [Plot, { parseHTML }] = await Promise.all([import('@observablehq/plot'), import('linkedom')]);
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const rows = options.bars.map((bar, index) => ({
    key: String(index),
    label: shorten(bar.label),
    value: bar.value ?? 0,
    text: bar.value === null ? options.noValue : String(bar.value),
  }));
  const rtl = options.rtl;
  const svg = Plot.plot({
    document,
    width: 480,
    height: 50 + rows.length * ROW,
    marginLeft: rtl ? 44 : 8,
    marginRight: rtl ? 8 : 44,
    marginTop: 8,
    marginBottom: 42,
    style: { fontSize: '13px' },
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
      Plot.barX(rows, { x: 'value', y: 'key', fill: '#0b4f8a', insetTop: 22, insetBottom: 6 }),
      Plot.text(rows, {
        x: 0,
        y: 'key',
        text: 'label',
        textAnchor: rtl ? 'end' : 'start',
        dx: rtl ? -2 : 2,
        dy: -9,
        fill: '#1b1f24',
        fontWeight: 600,
      }),
      Plot.text(rows, {
        x: 'value',
        y: 'key',
        text: 'text',
        textAnchor: rtl ? 'end' : 'start',
        dx: rtl ? -6 : 6,
        dy: 8,
        fill: '#1b1f24',
      }),
      Plot.ruleX([0]),
    ],
  }) as unknown as Element;
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const element of [svg, ...svg.querySelectorAll('[style]')]) element.removeAttribute('style');
  // The SVG is one image described by its title and the table beside it: inner labels would be
  // ARIA on elements without a role.
  for (const element of svg.querySelectorAll('[aria-label]')) element.removeAttribute('aria-label');
  svg.removeAttribute('class');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('class', 'score-chart');
  svg.setAttribute('font-size', '13');
  // Plot computed every anchor for left-to-right; an RTL page must not flip them again.
  svg.setAttribute('direction', 'ltr');
  svg.setAttribute('aria-label', options.title);
  return svg.outerHTML.replace(/^<svg([^>]*)>/, `<svg$1><title>${escapeXml(options.title)}</title>`);
}
