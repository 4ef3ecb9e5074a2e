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

/** Every saved text of a narrative, one row per version: who wrote it, when, and what. */
export interface CountryNarrativeVersionsTable {
  country_alpha3: string;
  version: number;
  body: string;
  lang: string;
  created_at: string;
  created_by: string | null;
  /** Set when this version restored an older one: the version it restored. */
  reverted_from: number | null;
}

/**
 * The country team of a country's profile: people an administrator or moderator named to write
 * its narrative (decision 43). Nothing else (an organisation's type or country) gives that right.
 */
export interface CountryEditorsTable {
  id: string;
  country_alpha3: string;
  user_id: string;
  granted_by: string | null;
  granted_at: string;
}

export type CountryNarrativeRow = Selectable<CountryNarrativesTable>;
export type CountryNarrativeVersionRow = Selectable<CountryNarrativeVersionsTable>;
export type CountryEditorRow = Selectable<CountryEditorsTable>;

export interface ProfileTables {
  country_narratives: CountryNarrativesTable;
  country_narrative_versions: CountryNarrativeVersionsTable;
  country_editors: CountryEditorsTable;
}
