import { describe, expect, it } from 'vitest';
import { type ScoreChartOptions, scoreBarChart } from './score-chart.ts';

const chart = (overrides: Partial<ScoreChartOptions> = {}): ScoreChartOptions => ({
  bars: [
    { label: 'Labour and employment', value: 37 },
    { label: 'Health', value: null },
  ],
  title: 'Scores of round 1',
  noValue: 'No score yet',
  axisLabel: 'Score out of 100',
  rtl: false,
  ...overrides,
});

/** The figures written beside the bars, in order. */
const figures = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('the score bar chart (drawn charts are kept)', () => {
  it('draws the title, each label and each score, and the same chart again for the same scores', async () => {
    const svg = await scoreBarChart(chart());
    expect(svg).toMatch(/^<svg[^>]*role="img"[^>]*><title>Scores of round 1<\/title>/);
    expect(figures(svg)).toEqual(
      expect.arrayContaining(['Labour and employment', '37', 'Health', 'No score yet']),
    );
    expect(await scoreBarChart(chart())).toBe(svg);
  });

  it('draws a new chart when a score, a label, the title or the direction changes', async () => {
    const first = await scoreBarChart(chart());
    const rescored = await scoreBarChart(
      chart({
        bars: [
          { label: 'Labour and employment', value: 73 },
          { label: 'Health', value: 10 },
        ],
      }),
    );
    expect(figures(rescored)).toEqual(expect.arrayContaining(['73', '10']));
    expect(figures(rescored)).not.toContain('37');
    expect(figures(rescored)).not.toContain('No score yet');

    const renamed = await scoreBarChart(chart({ title: 'Scores of round 2' }));
    expect(renamed).toContain('<title>Scores of round 2</title>');

    const rtl = await scoreBarChart(chart({ rtl: true }));
    expect(rtl).not.toBe(first);
    expect(figures(rtl).sort()).toEqual(figures(first).sort());
  });

  it('still draws the right chart after many others were drawn', async () => {
    const first = await scoreBarChart(chart());
    for (let i = 0; i < 520; i++)
      await scoreBarChart(chart({ bars: [{ label: `Area ${i}`, value: i % 101 }] }));
    expect(figures(await scoreBarChart(chart({ bars: [{ label: 'Area 7', value: 7 }] })))).toEqual(
      expect.arrayContaining(['Area 7', '7']),
    );
    expect(await scoreBarChart(chart())).toBe(first);
  });
});
