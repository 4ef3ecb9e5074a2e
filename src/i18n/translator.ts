import { IntlMessageFormat } from 'intl-messageformat';
import { lookupMessage } from './catalogue.ts';
import { directionOf, type Locale } from './locales.ts';

export type MessageValues = Record<string, string | number>;

/** Everything a view needs to speak the reader's language. */
export interface Translator {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  /** Translates a catalogue key; ICU message syntax (`{count, plural, one {# item} other {# items}}`). */
  t(key: string, values?: MessageValues): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  money(minorUnits: number, currency: string): string;
  date(iso: string, style?: 'medium' | 'long' | 'short'): string;
  dateTime(iso: string): string;
  countryName(alpha2: string): string | undefined;
}

const formats = new Map<string, IntlMessageFormat>();

/** Digits of a currency's minor unit per ISO 4217, as CLDR knows them: USD 2, JPY 0, BHD 3. */
export function minorUnitDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}
const translators = new Map<Locale, Translator>();

function format(locale: Locale, key: string, values?: MessageValues): string {
  const text = lookupMessage(locale, key);
  if (text === undefined) return key;
  if (!values && !text.includes('{')) return text;
  const cacheKey = `${locale}\u0000${key}`;
  let message = formats.get(cacheKey);
  if (!message) {
    message = new IntlMessageFormat(text, locale);
    formats.set(cacheKey, message);
  }
  return String(message.format(values));
}

/** One shared translator per language (formatters are costly to build, cheap to reuse). */
export function translator(locale: Locale): Translator {
  const cached = translators.get(locale);
  if (cached) return cached;
  // Arabic in Latin digits: the pilot's readers mix scripts, and figures must match sources.
  const intlLocale = locale === 'ar' ? 'ar-u-nu-latn' : locale;
  const numberFormat = new Intl.NumberFormat(intlLocale);
  const dateFormats = {
    short: new Intl.DateTimeFormat(intlLocale, { dateStyle: 'short', timeZone: 'UTC' }),
    medium: new Intl.DateTimeFormat(intlLocale, { dateStyle: 'medium', timeZone: 'UTC' }),
    long: new Intl.DateTimeFormat(intlLocale, { dateStyle: 'long', timeZone: 'UTC' }),
  };
  const dateTimeFormat = new Intl.DateTimeFormat(intlLocale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  });
  const regionNames = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const t: Translator = {
    locale,
    dir: directionOf(locale),
    t: (key, values) => format(locale, key, values),
    number: (value, options) =>
      (options ? new Intl.NumberFormat(intlLocale, options) : numberFormat).format(value),
    money: (minorUnits, currency) => {
      const text = new Intl.NumberFormat(intlLocale, {
        style: 'currency',
        currency,
        maximumFractionDigits: 0,
      }).format(minorUnits / 10 ** minorUnitDigits(currency));
      // "US$" in a right-to-left line: the "$" would take the line's direction and show as "$US".
      // A left-to-right mark after it keeps the symbol whole.
      return directionOf(locale) === 'rtl'
        ? text.replace(/(\p{Script=Latin})(\p{Sc})/gu, '$1$2\u200E')
        : text;
    },
    date: (iso, style = 'medium') => dateFormats[style].format(new Date(iso)),
    dateTime: (iso) => `${dateTimeFormat.format(new Date(iso))} UTC`,
    countryName: (alpha2) => regionNames.of(alpha2),
  };
  translators.set(locale, t);
  return t;
}
