import type { Translator } from '../../i18n/translator.ts';
import type { CountriesTable } from './country.table.ts';

/** A country as views and API clients see it, named in the reader's language. */
export interface Country {
  alpha3: string;
  alpha2: string;
  m49: string;
  name: string;
  nameEn: string;
  region: { code: string; name: string } | null;
  subregion: { code: string; name: string } | null;
  unMember: boolean;
}

export function presentCountry(row: CountriesTable, i18n: Translator): Country {
  return {
    alpha3: row.alpha3,
    alpha2: row.alpha2,
    m49: row.m49,
    name: i18n.countryName(row.alpha2) ?? row.name_en,
    nameEn: row.name_en,
    region: row.region_code ? { code: row.region_code, name: row.region_name ?? '' } : null,
    subregion: row.subregion_code ? { code: row.subregion_code, name: row.subregion_name ?? '' } : null,
    unMember: row.un_member === 1,
  };
}

/** Sorts by the name in the reader's language, as a reader expects. */
export function sortByName(countries: Country[], locale: string): Country[] {
  const collator = new Intl.Collator(locale);
  return [...countries].sort((a, b) => collator.compare(a.name, b.name));
}
