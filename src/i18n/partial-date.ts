import type { Translator } from './translator.ts';

/**
 * ISO 8601 calendar dates of reduced precision: `2013`, `2013-07` or `2013-07-15`. Sources often
 * give only a year or a month ("due to start in July 2013"); storing `2013-07` keeps that fact
 * without inventing a day. They sort correctly as text.
 */
export type DatePrecision = 'year' | 'month' | 'day';

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function precisionOf(iso: string): DatePrecision | null {
  const match = PATTERN.exec(iso);
  if (!match) return null;
  return match[3] ? 'day' : match[2] ? 'month' : 'year';
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True for a real date at one of the three precisions (no 2013-02-30, no month 13, no year 0). */
export function isPartialDate(value: string): boolean {
  const match = PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The first day the date may mean: `2013` → `2013-01-01`. */
export function earliestDay(iso: string): string {
  const precision = precisionOf(iso);
  if (precision === 'year') return `${iso}-01-01`;
  if (precision === 'month') return `${iso}-01`;
  return iso;
}

/** The last day the date may mean: `2013-02` → `2013-02-28`. */
export function latestDay(iso: string): string {
  const precision = precisionOf(iso);
  if (precision === 'year') return `${iso}-12-31`;
  if (precision === 'month') {
    const [year, month] = iso.split('-').map(Number) as [number, number];
    return `${iso}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
  }
  return iso;
}

/** What a day / month / year form group holds, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePartsProblem = 'required' | 'year' | 'month' | 'day' | 'monthForDay' | 'real';

/**
 * Reads a day / month / year group. Day and month may be left blank (month-only or year-only
 * precision); a day needs a month. All blank gives null, or `required` when the date is required.
 */
export function fromDateParts(
  parts: DateParts,
  options: { required: boolean },
): { ok: true; value: string | null } | { ok: false; problem: DatePartsProblem } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year)
    return options.required ? { ok: false, problem: 'required' } : { ok: true, value: null };
  if (!/^\d{4}$/.test(year) || Number(year) < 1) return { ok: false, problem: 'year' };
  if (month && (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12))
    return { ok: false, problem: 'month' };
  if (day && !month) return { ok: false, problem: 'monthForDay' };
  if (day && !/^\d{1,2}$/.test(day)) return { ok: false, problem: 'day' };
  const pad = (part: string) => (part === '' ? '' : part.padStart(2, '0'));
  const iso = [year, pad(month), pad(day)].filter((part) => part !== '').join('-');
  return isPartialDate(iso) ? { ok: true, value: iso } : { ok: false, problem: 'real' };
}

/** Splits a stored date back into form parts (months and days without leading zeros). */
export function toDateParts(iso: string | null): DateParts {
  if (!iso) return { day: '', month: '', year: '' };
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: day ? String(Number(day)) : '', month: month ? String(Number(month)) : '', year };
}

const monthFormats = new Map<string, Intl.DateTimeFormat>();
const yearFormats = new Map<string, Intl.DateTimeFormat>();

function cached(map: Map<string, Intl.DateTimeFormat>, locale: string, options: Intl.DateTimeFormatOptions) {
  let format = map.get(locale);
  if (!format) {
    // Latin digits in Arabic, as the translator does for every other figure.
    format = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : locale, {
      ...options,
      timeZone: 'UTC',
    });
    map.set(locale, format);
  }
  return format;
}

/** "1 December 2012", "July 2013" or "2013", in the reader's language. */
export function formatPartialDate(i18n: Translator, iso: string): string {
  const precision = precisionOf(iso);
  if (precision === 'day') return i18n.date(iso, 'long');
  const date = new Date(`${earliestDay(iso)}T00:00:00Z`);
  if (precision === 'month')
    return cached(monthFormats, i18n.locale, { year: 'numeric', month: 'long' }).format(date);
  return cached(yearFormats, i18n.locale, { year: 'numeric' }).format(date);
}
