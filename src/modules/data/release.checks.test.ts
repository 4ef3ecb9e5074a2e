import { describe, expect, it } from 'vitest';
import { scratch } from '../../../test/support/unhcr-cuts.ts';
import { endsMidRow, holdReasons, labelDate, type ReleaseFacts, unconfirmed } from './release.checks.ts';

const facts = (values: number, areas: string[], years: string[], label = 'v'): ReleaseFacts => ({
  label,
  coverage: { values, areas: new Set(areas), years: new Set(years) },
  rowErrors: 0,
});

describe('release checks', () => {
  const current = facts(1000, ['FRA', 'MEX', 'USA'], ['2019', '2020'], '2021-09-15');

  it('lets a release as large, as wide and as recent as the current one through', () => {
    expect(holdReasons(facts(900, ['FRA', 'MEX', 'USA', 'CAN'], ['2019', '2020', '2021']), current)).toEqual(
      [],
    );
    expect(holdReasons(facts(1, ['FRA'], ['2000']), null)).toEqual([]);
  });

  it('holds a release under 90% of the values, or missing areas or years, and says which', () => {
    expect(holdReasons(facts(899, ['FRA', 'MEX', 'USA'], ['2019', '2020']), current)).toEqual([
      { code: 'fewer-values', values: { values: 899, current: 1000, percent: 89 } },
    ]);
    expect(holdReasons(facts(1000, ['FRA'], ['2020', '2021']), current)).toEqual([
      { code: 'fewer-areas', values: { count: 2, areas: 'MEX, USA' } },
      { code: 'fewer-years', values: { count: 1, years: '2019' } },
    ]);
    const many = facts(
      5000,
      Array.from({ length: 20 }, (_, i) => `A${String(i).padStart(2, '0')}`),
      ['2020'],
    );
    const lost = holdReasons(facts(5000, ['A00'], ['2020']), many).find((r) => r.code === 'fewer-areas');
    expect(lost?.values).toEqual({
      count: 19,
      areas: 'A01, A02, A03, A04, A05, A06, A07, A08, A09, A10, A11, A12 (+7)',
    });
  });

  it('holds an older release: earlier data, or an earlier publication date', () => {
    const earlierData = holdReasons(facts(1000, ['FRA', 'MEX', 'USA'], ['2018', '2019']), current);
    expect(earlierData.map((r) => r.code)).toEqual(['fewer-years', 'older']);
    const earlierDate = holdReasons(
      facts(1000, ['FRA', 'MEX', 'USA'], ['2019', '2020'], 'June 2021'),
      current,
    );
    expect(earlierDate).toEqual([
      {
        code: 'older',
        values: { label: 'June 2021', current: '2021-09-15', year: '2020', currentYear: '2020' },
      },
    ]);
    expect(labelDate('2023-05-10')).toBe('2023-05-10');
    expect(labelDate('June 2023')).toBe('2023-06-01');
    expect(labelDate('Sept. 2020')).toBe('2020-09-01');
    expect(labelDate('2020')).toBe('2020-01-01');
    expect(labelDate('April 2018 Version')).toBeNull();
    expect(labelDate('unhcr_2020')).toBeNull();
  });

  it('holds a release that ends mid-row or has text in number cells; each with what confirms it', () => {
    const reasons = holdReasons(
      { ...facts(1000, ['FRA', 'MEX', 'USA'], ['2019', '2020']), endsMidRow: 9, rowErrors: 2 },
      current,
    );
    expect(reasons).toEqual([
      { code: 'ends-mid-row', values: { line: 9 } },
      { code: 'row-errors', values: { count: 2 } },
    ]);
    expect(unconfirmed(reasons, { replace: true }).map((r) => r.code)).toEqual(['row-errors']);
    expect(unconfirmed(reasons, { acceptErrors: true }).map((r) => r.code)).toEqual(['ends-mid-row']);
    expect(unconfirmed(reasons, { replace: true, acceptErrors: true })).toEqual([]);
  });

  it('tells a CSV cut mid-row by its last byte', async () => {
    const files = scratch();
    try {
      expect(await endsMidRow(files.write('whole.csv', 'a,b\n1,2\n'))).toBe(false);
      expect(await endsMidRow(files.write('crlf.csv', 'a,b\r\n1,2\r\n'))).toBe(false);
      expect(await endsMidRow(files.write('cut.csv', 'a,b\n1,2'))).toBe(true);
      expect(await endsMidRow(files.write('book.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1])))).toBe(
        false,
      );
      expect(await endsMidRow('')).toBe(false);
    } finally {
      files.remove();
    }
  });
});
