import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { barChart } from './bar-chart.ts';
import { lineChart } from './line-chart.ts';
import { PALETTE } from './palette.ts';
import { niceCeiling, periodPosition, yearTicks } from './periods.ts';
import { stackedBarChart } from './stacked-bar-chart.ts';

const points = (values: [string, number][]) => values.map(([period, value]) => ({ period, value }));

function line(dir: 'ltr' | 'rtl') {
  return lineChart({
    series: [
      {
        key: '_T',
        label: 'Total',
        points: points([
          ['2000', 987_853],
          ['2010', 1_345_546],
          ['2020', 2_115_408],
        ]),
      },
      {
        key: 'F',
        label: 'Women',
        points: points([
          ['2000', 474_000],
          ['2020', 1_015_000],
        ]),
      },
    ],
    title: 'International migrants living in Bangladesh',
    description: 'Total: 987,853 in 2000, 2,115,408 in 2020.',
    yLabel: 'persons',
    tick: (v) => `${v / 1e6}M`,
    dir,
    rules: [{ value: 500_000, label: 'A reference line' }],
  });
}

/** The x position of the tick labelled `year` on the time axis. */
function tickX(svg: string, year: string): number {
  const match = new RegExp(`<text transform="translate\\(([\\d.]+),[\\d.]+\\)"[^>]*>${year}</text>`).exec(
    svg,
  );
  if (!match) throw new Error(`no tick ${year}`);
  return Number(match[1]);
}

describe('server-side charts', () => {
  const charts = {
    line: line('ltr'),
    bar: barChart({
      data: [
        { label: 'India', value: 2_482_172 },
        { label: 'Saudi Arabia', value: 1_246_052 },
      ],
      title: 'Where emigrants from Bangladesh live',
      description: 'India 2.5M, Saudi Arabia 1.2M',
      format: (v) => String(v),
      dir: 'ltr',
    }),
    stacked: stackedBarChart({
      series: [
        {
          key: 'refugees',
          label: 'Refugees',
          points: points([
            ['2018', 906_635],
            ['2020', 866_457],
          ]),
        },
        { key: 'asylum', label: 'Asylum seekers', points: points([['2020', 20]]) },
      ],
      title: 'Refugees hosted',
      description: 'Refugees 906,635 in 2018',
      yLabel: 'persons',
      tick: String,
      dir: 'ltr',
    }),
  };

  it.each(Object.entries(charts))(
    'gives the %s chart role="img", a title and a text alternative',
    (_name, svg) => {
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(svg).toMatch(/<svg[^>]* role="img"/);
      expect(svg).toMatch(/<svg[^>]* aria-label="[^"]+"/);
      expect(svg).toMatch(/<title>[^<]+<\/title>/);
      // One text alternative for the whole chart: no aria-label on the groups inside.
      expect(svg.match(/aria-label=/g)).toHaveLength(1);
    },
  );

  it.each(Object.entries(charts))(
    'makes the %s chart pass the CSP: no style attribute, no <style>',
    (_name, svg) => {
      expect(svg).not.toContain('style=');
      expect(svg).not.toContain('<style');
      expect(svg).not.toMatch(/class="plot-/);
      expect(svg).not.toContain('<script');
    },
  );

  it('labels lines directly, draws reference lines, and rounds coordinates', () => {
    const svg = charts.line;
    expect(svg).toContain('>Total</text>');
    expect(svg).toContain('>Women</text>');
    expect(svg).toContain('>A reference line</text>');
    expect(svg).toContain(`stroke="${PALETTE[0]}"`);
    expect(svg).toContain('stroke-dasharray="6 3"');
    expect(svg).not.toMatch(/\d\.\d{2,}/);
  });

  it('mirrors the time axis right to left and keeps anchors left to right', () => {
    const ltr = charts.line;
    const rtl = line('rtl');
    expect(tickX(ltr, '2000')).toBeLessThan(tickX(ltr, '2020'));
    expect(tickX(rtl, '2000')).toBeGreaterThan(tickX(rtl, '2020'));
    expect(rtl).toContain('direction="ltr"');
  });

  it('writes the value at the end of each bar', () => {
    expect(charts.bar).toContain('>India</text>');
    expect(charts.bar).toContain('>2482172</text>');
  });

  it('places quarters between years and picks round year ticks', () => {
    expect(periodPosition('2020')).toBe(2020);
    expect(periodPosition('2020-Q3')).toBe(2020.5);
    expect(Number.isNaN(periodPosition('20xx'))).toBe(true);
    expect(yearTicks(1990, 2020)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020]);
    expect(yearTicks(2019.5, 2020.5)).toEqual([2020]);
    expect(niceCeiling(2_115_408)).toBe(2_500_000);
    expect(niceCeiling(0)).toBe(1);
  });

  it('escapes the title and the text alternative, whatever the names hold', () => {
    const evil = '"></title><script>alert(1)</script>';
    const svg = barChart({
      data: [{ label: evil, value: 1 }],
      title: evil,
      description: evil,
      format: String,
      dir: 'ltr',
    });
    // Outside attribute values (where the quote is escaped), no markup of the caller's survives.
    expect(svg.replace(/"[^"]*"/g, '""')).not.toContain('<script');
    expect(svg).toContain('<title>"&gt;&lt;/title&gt;&lt;script&gt;');
  });
});

describe('the chart kit', () => {
  it('is a kernel: it imports nothing from the modules', () => {
    const dir = new URL('.', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      expect(readFileSync(new URL(name, dir), 'utf8'), name).not.toMatch(/from '[^']*modules\//);
    }
  });
});
