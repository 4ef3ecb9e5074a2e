import { minorUnitDigits } from '../../i18n/translator.ts';

/** Every ISO 4217 code the runtime knows (current and historic). */
export const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Largest amount accepted, in major units: keeps minor units well inside 2^53. */
export const MAX_AMOUNT_MAJOR = 1_000_000_000_000;

/** Digits of the currency's minor unit (USD 2, JPY 0, BHD 3); 2 for a code the runtime does not know. */
export function digitsOf(currency: string | null): number {
  return currency && CURRENCIES.has(currency) ? minorUnitDigits(currency) : 2;
}

/**
 * An amount typed in major units ("9,500,000.50", "9 500 000") → the currency's minor units, as
 * the translator shows money (cents for USD; yen have none). Blank is no amount. The problem
 * says what is wrong: a negative amount, or text that is not an amount in this currency.
 */
export function parseAmount(
  text: string,
  currency: string | null = null,
): { ok: true; value: number | null } | { ok: false; problem: 'negative' | 'invalid' } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const digits = digitsOf(currency);
  const compact = trimmed.replace(/[\s\u00a0\u202f,]/g, '');
  if (/^-\d/.test(compact)) return { ok: false, problem: 'negative' };
  const pattern = digits === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${digits}})?$`);
  if (!pattern.test(compact) || Number(compact) > MAX_AMOUNT_MAJOR) return { ok: false, problem: 'invalid' };
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
