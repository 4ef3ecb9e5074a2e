import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Translator } from '../../i18n/translator.ts';
import { listCountries, presentCountry, sortByName } from '../countries/index.ts';

/** Country names in one language, by alpha-3, and the options of a country select, sorted by name. */
export interface CountryNames {
  name(alpha3: string | null): string | null;
  options: { value: string; label: string }[];
}

// Countries are reference data loaded before the app starts and never edited while it runs, so
// their names are worked out once per database and language instead of on every directory page.
const cache = new WeakMap<Kysely<Database>, Map<Locale, Promise<CountryNames>>>();

async function build(db: Kysely<Database>, i18n: Translator): Promise<CountryNames> {
  const countries = sortByName(
    (await listCountries(db)).map((row) => presentCountry(row, i18n)),
    i18n.locale,
  );
  const names = new Map(countries.map((c) => [c.alpha3, c.name]));
  return {
    name: (alpha3) => (alpha3 ? (names.get(alpha3) ?? alpha3) : null),
    options: countries.map((c) => ({ value: c.alpha3, label: c.name })),
  };
}

export function countryNames(db: Kysely<Database>, i18n: Translator): Promise<CountryNames> {
  let perLocale = cache.get(db);
  if (!perLocale) {
    perLocale = new Map();
    cache.set(db, perLocale);
  }
  let names = perLocale.get(i18n.locale);
  if (!names) {
    names = build(db, i18n);
    perLocale.set(i18n.locale, names);
  }
  return names;
}
