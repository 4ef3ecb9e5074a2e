import { z } from 'zod';
import { type DateParts, fromDateParts } from '../../i18n/partial-date.ts';
import { type FormBody, textOf } from './read.ts';

export { type DateParts, toDateParts } from '../../i18n/partial-date.ts';

/** A date group left blank. */
export const NO_DATE: DateParts = { day: '', month: '', year: '' };

/** What a day / month / year group named `name` holds (`name.day`, `name.month`, `name.year`). */
export function datePartsOf(body: FormBody, name: string): DateParts {
  return {
    day: textOf(body, `${name}.day`),
    month: textOf(body, `${name}.month`),
    year: textOf(body, `${name}.year`),
  };
}

/** True for a real calendar date written YYYY-MM-DD, from 1900 (no 2024-02-30). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a full date (day precision) from day / month / year boxes: all blank is no date; anything
 * else must be a real day. The problem names what to fix.
 */
export function readFullDate(
  parts: DateParts,
): { ok: true; value: string | null } | { ok: false; problem: 'incomplete' | 'format' | 'real' } {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: true, value: null };
  if (!day || !month || !year) return { ok: false, problem: 'incomplete' };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return { ok: false, problem: 'format' };
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isIsoDate(iso) ? { ok: true, value: iso } : { ok: false, problem: 'real' };
}

/**
 * A day / month / year group as a Zod field: an ISO date of year, month or day precision. Its
 * problems are catalogue keys `<prefix>.<problem>` (`programme.error.start.year`).
 */
export function partialDateField<R extends boolean>(prefix: string, required: R) {
  type Out = R extends true ? string : string | null;
  return z
    .object({ day: z.string(), month: z.string(), year: z.string() })
    .transform((parts: DateParts, ctx) => {
      const read = fromDateParts(parts, { required });
      // A required date never reads as null: fromDateParts reports `required` instead.
      if (read.ok) return read.value as Out;
      ctx.issues.push({ code: 'custom', message: `${prefix}.${read.problem}`, input: parts });
      return z.NEVER;
    });
}

/** Today in UTC as YYYY-MM-DD: overdue actions and missing reports are judged against it. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
