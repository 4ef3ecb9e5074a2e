import { minorUnitDigits, type Translator } from '../../i18n/translator.ts';
import type { FieldErrors } from '../../web/forms.ts';

/**
 * Small helpers shared by this module's forms, services and uploads: problems as catalogue keys
 * (translated only when shown), tagged service results, and readers for what people type.
 */

/** A problem with one field, as a catalogue key and its values. */
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
}

/** Field name (as the form names it: `title`, `partners.2`) → problem. */
export type Problems = Record<string, Problem>;

/** What a service command answers. */
export type ServiceResult<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'invalid'; errors: Problems }
  | { ok: false; kind: 'conflict'; currentVersion: number }
  | { ok: false; kind: 'locked'; year: number }
  | { ok: false; kind: 'not-found' };

export const invalid = (errors: Problems) => ({ ok: false, kind: 'invalid', errors }) as const;

/** Dates named in a message as people write them ("30 June 2027"), not as stored (2027-06-30). */
function readable(
  values: Record<string, string | number> | undefined,
  i18n: Translator,
): Record<string, string | number> | undefined {
  if (!values) return values;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? i18n.date(value, 'long') : value,
    ]),
  );
}

/** Problems in the reader's language, in the order the fields appear on the form. */
export function translateProblems(
  problems: Problems,
  i18n: Translator,
  order: readonly string[] = [],
): FieldErrors {
  const rank = (field: string) => {
    const head = order.findIndex((name) => field === name || field.startsWith(`${name}.`));
    return head === -1 ? order.length : head;
  };
  const errors: FieldErrors = {};
  for (const field of Object.keys(problems).sort((a, b) => rank(a) - rank(b))) {
    const problem = problems[field]!;
    errors[field] = i18n.t(problem.key, readable(problem.values, i18n));
  }
  return errors;
}

type Body = Record<string, unknown>;

export function asBody(body: unknown): Body {
  return body && typeof body === 'object' && !Buffer.isBuffer(body) ? (body as Body) : {};
}

/** One text field of a form body (repeated fields keep their first value). */
export function textOf(body: Body, name: string): string {
  const value = body[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return '';
}

/** Every value of a repeated field (checkboxes). */
export function listOf(body: Body, name: string): string[] {
  const value = body[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Forms never carry more numbered rows than this; anything beyond is ignored. */
const MAX_ROWS = 50;

/** Reads single-field rows named `<prefix>.<n>` in order, dropping blank ones. */
export function itemsOf(body: Body, prefix: string): string[] {
  const indices = new Set<number>();
  const pattern = new RegExp(`^${prefix}\\.(\\d{1,2})$`);
  for (const key of Object.keys(body)) {
    const match = pattern.exec(key);
    if (match && Number(match[1]) < MAX_ROWS) indices.add(Number(match[1]));
  }
  return [...indices]
    .sort((a, b) => a - b)
    .map((i) => textOf(body, `${prefix}.${i}`))
    .filter((v) => v.trim() !== '');
}

/** Blank rows offered under the filled ones, so items can be added without JavaScript. */
export const BLANK_ROWS = 3;

/** What a day / month / year group holds, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const NO_DATE: DateParts = { day: '', month: '', year: '' };

export function datePartsOf(body: Body, name: string): DateParts {
  return {
    day: textOf(body, `${name}.day`),
    month: textOf(body, `${name}.month`),
    year: textOf(body, `${name}.year`),
  };
}

export function toDateParts(iso: string | null): DateParts {
  if (!iso) return NO_DATE;
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** True for a real calendar date written YYYY-MM-DD (no 2024-02-30). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads a full date from day / month / year boxes: all blank is no date; anything else must be
 * a real day. The problem names what to fix.
 */
export function readDate(
  parts: DateParts,
): { ok: true; value: string | null } | { ok: false; problem: string } {
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

/** Today in UTC as YYYY-MM-DD: overdue actions and missing reports are judged against it. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A number as people type it: "1234.5", "1 234,5", "1,234.5", "-3". A comma is the decimal
 * mark when there is no point and it is not a thousands group ("62,5" is 62.5, "1,234" is 1234).
 * Returns null when the text is not a number.
 */
export function parseNumber(text: string): number | null {
  let compact = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (compact === '') return null;
  if (compact.includes('.')) compact = compact.replace(/,/g, '');
  else if (/^-?\d{1,3}(,\d{3})+$/.test(compact)) compact = compact.replace(/,/g, '');
  else compact = compact.replace(',', '.');
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(compact)) return null;
  const value = Number(compact);
  return Number.isFinite(value) ? value : null;
}

/** Largest budget accepted, in major units: keeps minor units well inside 2^53. */
export const MAX_BUDGET_MAJOR = 1_000_000_000_000;

/** Digits of the currency's minor unit (USD 2, JPY 0, BHD 3); 2 for a code the runtime does not know. */
export function digitsOf(currency: string | null): number {
  return currency && CURRENCIES.has(currency) ? minorUnitDigits(currency) : 2;
}

/**
 * An amount typed in major units ("9,500,000.50") → the currency's minor units, as the translator
 * shows money (cents for USD; yen have none). Errors as catalogue keys.
 */
export function parseAmount(
  text: string,
  currency: string | null = null,
): { ok: true; value: number | null } | { ok: false; key: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const digits = digitsOf(currency);
  const compact = trimmed.replace(/[\s\u00a0\u202f,]/g, '');
  if (/^-\d/.test(compact)) return { ok: false, key: 'action.error.budgetNegative' };
  const pattern = digits === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`);
  if (!pattern.test(compact) || Number(compact) > MAX_BUDGET_MAJOR)
    return { ok: false, key: 'action.error.budgetInvalid' };
  const [whole = '0', fraction = ''] = compact.split('.');
  return { ok: true, value: Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0') };
}

/** Minor units as a person would type them again: "9500000", "12.50", or "1200" yen. */
export function amountText(minor: number, currency: string | null = null): string {
  const digits = digitsOf(currency);
  if (digits === 0) return String(minor);
  const scale = 10 ** digits;
  const whole = Math.trunc(minor / scale);
  const fraction = minor % scale;
  return fraction === 0 ? String(whole) : `${whole}.${String(fraction).padStart(digits, '0')}`;
}

/** Minor units back to the amount in the currency's major unit (for downloads). */
export function majorAmount(minor: number, currency: string): number {
  return minor / 10 ** digitsOf(currency);
}

/** Every ISO 4217 code the runtime knows (current and historic). */
export const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Text limits, shared by forms, the API and uploads. */
export const LIMITS = {
  title: 200,
  answers: 2000,
  gapRef: 300,
  organisation: 300,
  fundingSource: 200,
  partners: 20,
  indicatorName: 200,
  definition: 2000,
  dataCode: 60,
  source: 300,
  targets: 40,
} as const;
