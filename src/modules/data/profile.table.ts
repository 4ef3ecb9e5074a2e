import type { Generated, Selectable } from 'kysely';

/**
 * The narrative of a country's Extended Migration Profile: a text the country team writes
 * (what the figures mean, what is being done), one per country, edited with version checks.
 */
export interface CountryNarrativesTable {
  country_alpha3: string;
  body: string;
  /** The language the text is written in (`en`, `fr`, `es`, `ar`), for `lang` and direction. */
  lang: string;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

export type CountryNarrativeRow = Selectable<CountryNarrativesTable>;

export interface ProfileTables {
  country_narratives: CountryNarrativesTable;
}
