import { describe, expect, it } from 'vitest';
import {
  earliestDay,
  formatPartialDate,
  fromDateParts,
  isPartialDate,
  latestDay,
  precisionOf,
  toDateParts,
} from './partial-date.ts';
import { translator } from './translator.ts';

describe('partial dates', () => {
  it('accepts real dates at year, month and day precision only', () => {
    expect(['2013', '2013-07', '2012-12-01', '2012-02-29'].every(isPartialDate)).toBe(true);
    expect(['2013-13', '2013-02-29', '13', '2013-7', '0000', '2013-00'].some(isPartialDate)).toBe(false);
    expect(precisionOf('2013-07')).toBe('month');
  });

  it('knows the first and last day a date may mean', () => {
    expect(earliestDay('2013')).toBe('2013-01-01');
    expect(latestDay('2013')).toBe('2013-12-31');
    expect(latestDay('2012-02')).toBe('2012-02-29');
    expect(latestDay('2013-06-12')).toBe('2013-06-12');
  });

  it('reads day / month / year groups, with the day or the day and month left out', () => {
    expect(fromDateParts({ day: '1', month: '12', year: '2012' }, { required: true })).toEqual({
      ok: true,
      value: '2012-12-01',
    });
    expect(fromDateParts({ day: '', month: '7', year: '2013' }, { required: true })).toEqual({
      ok: true,
      value: '2013-07',
    });
    expect(fromDateParts({ day: '', month: '', year: '' }, { required: false })).toEqual({
      ok: true,
      value: null,
    });
    expect(fromDateParts({ day: '', month: '', year: '' }, { required: true })).toMatchObject({
      problem: 'required',
    });
    expect(fromDateParts({ day: '5', month: '', year: '2013' }, { required: true })).toMatchObject({
      problem: 'monthForDay',
    });
    expect(fromDateParts({ day: '31', month: '2', year: '2013' }, { required: true })).toMatchObject({
      problem: 'real',
    });
    expect(fromDateParts({ day: '', month: '', year: '13' }, { required: true })).toMatchObject({
      problem: 'year',
    });
    expect(toDateParts('2013-07')).toEqual({ day: '', month: '7', year: '2013' });
  });

  it('formats each precision in the reader’s language, with Latin digits in Arabic', () => {
    expect(formatPartialDate(translator('en'), '2012-12-01')).toBe(
      translator('en').date('2012-12-01', 'long'),
    );
    expect(formatPartialDate(translator('fr'), '2013-07')).toBe('juillet 2013');
    expect(formatPartialDate(translator('es'), '2013')).toBe('2013');
    expect(formatPartialDate(translator('ar'), '2013-07')).toContain('2013');
  });
});
