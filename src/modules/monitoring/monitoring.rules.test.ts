import { describe, expect, it } from 'vitest';
import { progressChart } from '../../charts/index.ts';
import { amountText, isIsoDate, parseAmount, parseNumber, readFullDate } from '../../web/form/index.ts';
import type { Action } from './action.presenter.ts';
import { timelineLayout } from './action.timeline.tsx';
import { indicatorProgress } from './indicator.presenter.ts';
import { periodDays, periodEnd, readAge, readSex, unitProblem, withinProcess } from './indicator.rules.ts';
import { rollUp, rollUpPlan } from './rollup.ts';

const item = (progress: number, extra: Partial<Parameters<typeof rollUp>[0][number]> = {}) => ({
  status: 'in-progress' as const,
  progress,
  stage: null,
  budgetMinor: null,
  currency: null,
  ...extra,
});

describe('roll-up of action progress', () => {
  it('averages progress, leaving cancelled actions out and counting done ones as complete', () => {
    const result = rollUp(
      [item(20), item(40, { status: 'done' }), item(90, { status: 'cancelled' })],
      'average',
    );
    expect(result).toMatchObject({ percent: 60, count: 2, method: 'average', fallback: null });
  });

  it('weights by budget, and falls back to the average without budgets or across currencies', () => {
    const budgeted = [
      item(0, { budgetMinor: 300, currency: 'USD' }),
      item(100, { budgetMinor: 100, currency: 'USD' }),
      item(50),
    ];
    expect(rollUp(budgeted, 'budget')).toMatchObject({ percent: 25, method: 'budget', currency: 'USD' });
    expect(rollUp([item(10), item(30)], 'budget')).toMatchObject({
      percent: 20,
      method: 'average',
      fallback: 'no-budget',
    });
    const mixed = [
      item(0, { budgetMinor: 300, currency: 'USD' }),
      item(100, { budgetMinor: 100, currency: 'EUR' }),
    ];
    expect(rollUp(mixed, 'budget')).toMatchObject({ percent: 50, fallback: 'mixed-currencies' });
    expect(rollUp([], 'budget')).toMatchObject({ percent: null, count: 0 });
  });

  it('rolls up by stage in the handbook’s order, actions without a stage last', () => {
    const plan = rollUpPlan(
      [item(10, { stage: 'monitoring' }), item(50, { stage: 'preparation' }), item(30)],
      'average',
    );
    expect(plan.stages.map((s) => [s.stage, s.result.percent])).toEqual([
      ['preparation', 50],
      ['monitoring', 10],
      ['none', 30],
    ]);
  });
});

describe('progress against target', () => {
  const baseline = { value: 30, year: 2013 };
  const targets = [
    { year: 2015, value: 40 },
    { year: 2020, value: 80 },
  ];
  it('measures the way from baseline to the next target, and flags target years without a report', () => {
    const progress = indicatorProgress(
      baseline,
      targets,
      [{ period: '2016', year: 2016, value: 55 }],
      '2026-01-01',
    );
    expect(progress).toEqual({
      latest: { period: '2016', value: 55 },
      target: { year: 2020, value: 80 },
      percent: 50,
      missingYears: [2015, 2020],
    });
  });
  it('works the same when a decrease is better, and does not flag a year that has not ended', () => {
    const progress = indicatorProgress(
      { value: 10, year: 2013 },
      [{ year: 2026, value: 5 }],
      [{ period: '2014-Q4', year: 2014, value: 8 }],
      '2026-06-30',
    );
    expect(progress.percent).toBe(40);
    expect(progress.missingYears).toEqual([]);
  });
  it('takes the latest period by its end: a year after its own quarters', () => {
    const progress = indicatorProgress(
      null,
      [],
      [
        { period: '2016', year: 2016, value: 1 },
        { period: '2016-Q4', year: 2016, value: 2 },
        { period: '2016-07', year: 2016, value: 3 },
      ],
      '2020-01-01',
    );
    expect(progress.latest).toEqual({ period: '2016', value: 1 });
    expect(periodEnd('2016') > periodEnd('2016-Q4')).toBe(true);
  });
});

describe('figures and periods', () => {
  it('keeps each unit in its range', () => {
    expect(unitProblem('percent', 150)).toBe('indicator.error.percentRange');
    expect(unitProblem('percent', 100)).toBeNull();
    expect(unitProblem('persons', 12.5)).toBe('indicator.error.personsRange');
    expect(unitProblem('usd', -1)).toBe('indicator.error.nonNegative');
    expect(unitProblem('index', -12)).toBeNull();
  });
  it('reads periods and compares them with the process period', () => {
    expect(periodDays('2020-Q3')).toEqual({ first: '2020-07-01', last: '2020-09-30' });
    expect(periodDays('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    const process = { period_start: '2013-06-01', period_end: '2020-12-31' };
    expect(withinProcess('2013', process)).toBe(true);
    expect(withinProcess('2013-Q1', process)).toBe(false);
    expect(withinProcess('2021', process)).toBe(false);
    expect(withinProcess('2030', { period_start: null, period_end: null })).toBe(true);
  });
  it('reads sex and age groups as people type them', () => {
    expect(readSex('Female')).toBe('F');
    expect(readSex('')).toBe('_T');
    expect(readSex('hommes')).toBe('M');
    expect(readSex('x')).toBeNull();
    expect(readAge('15–24 years')).toBe('Y15T24');
    expect(readAge('65+')).toBe('Y_GE65');
    expect(readAge('12-20')).toBeNull();
  });
  it('reads numbers, amounts and dates as people type them', () => {
    expect(parseNumber('62,5')).toBe(62.5);
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('1 234.5')).toBe(1234.5);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('about 3')).toBeNull();
    expect(parseAmount('9,500,000.50')).toEqual({ ok: true, value: 950_000_050 });
    expect(parseAmount('-5')).toEqual({ ok: false, problem: 'negative' });
    expect(amountText(950_000_050)).toBe('9500000.50');
    // Each currency in its own minor unit, as the translator shows money.
    expect(parseAmount('1,200', 'JPY')).toEqual({ ok: true, value: 1200 });
    expect(parseAmount('12.5', 'JPY')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseAmount('1.125', 'BHD')).toEqual({ ok: true, value: 1125 });
    expect(amountText(1125, 'BHD')).toBe('1.125');
    expect(amountText(1200, 'JPY')).toBe('1200');
    expect(readFullDate({ day: '29', month: '2', year: '2023' })).toEqual({ ok: false, problem: 'real' });
    expect(readFullDate({ day: '', month: '2', year: '2023' })).toEqual({ ok: false, problem: 'incomplete' });
    expect(readFullDate({ day: '1', month: '3', year: '2024' })).toEqual({ ok: true, value: '2024-03-01' });
    expect(isIsoDate('2024-02-30')).toBe(false);
  });
});

describe('the timeline layout', () => {
  const action = (id: string, startDate: string | null, endDate: string | null) =>
    ({
      id,
      startDate,
      endDate,
      status: 'planned',
      progress: 0,
      overdue: false,
      title: id,
    }) as unknown as Action;
  it('runs left to right, and right to left in Arabic, with today marked when in range', () => {
    const actions = [
      action('early', '2014-01-01', '2014-12-31'),
      action('late', '2018-01-01', '2019-12-31'),
      action('none', null, null),
    ];
    const ltr = timelineLayout(actions, '2016-06-30', 'ltr')!;
    const rtl = timelineLayout(actions, '2016-06-30', 'rtl')!;
    expect(ltr.bars).toHaveLength(2);
    expect(ltr.bars[0]!.x).toBeLessThan(ltr.bars[1]!.x);
    expect(rtl.bars[0]!.x).toBeGreaterThan(rtl.bars[1]!.x);
    expect(ltr.today).not.toBeNull();
    expect(timelineLayout(actions, '2030-01-01', 'ltr')!.today).toBeNull();
    expect(ltr.ticks.map((t) => t.year)).toContain(2016);
    expect(timelineLayout([action('none', null, null)], '2020-01-01', 'ltr')).toBeNull();
  });
});

describe('the indicator chart', () => {
  it('escapes the names it draws, and carries no style', () => {
    const evil = '"><script>alert(1)</script>';
    const svg = progressChart({
      title: evil,
      description: evil,
      yLabel: evil,
      reported: [{ period: '2015', value: 3 }],
      baseline: { year: 2013, value: 4 },
      targets: [{ year: 2016, value: 2 }],
      labels: { reported: evil, targets: evil, baseline: evil },
      tick: String,
      dir: 'rtl',
      percent: false,
    })!;
    // Outside attribute values (where the quote is escaped), no markup of the user's survives.
    expect(svg.replace(/"[^"]*"/g, '""')).not.toContain('<script');
    expect(svg).not.toMatch(/<style|\sstyle="/);
    expect(svg).toContain('role="img"');
    expect(
      progressChart({
        ...{
          title: 't',
          description: 'd',
          yLabel: 'y',
          labels: { reported: 'r', targets: 't', baseline: 'b' },
          tick: String,
          dir: 'ltr',
          percent: true,
        },
        reported: [],
        baseline: null,
        targets: [],
      }),
    ).toBeNull();
  });
});
