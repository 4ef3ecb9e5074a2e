/**
 * One taxonomy for every module (issue 3): themes, sectors, the 17 SDGs and their
 * migration-related targets, and the 23 objectives of the Global Compact for Migration.
 */
export const TAXONOMY_SCHEMES = ['theme', 'sector', 'sdg', 'gcm'] as const;
export type TaxonomyScheme = (typeof TAXONOMY_SCHEMES)[number];

export interface TaxonomyTermsTable {
  /** `<scheme>:<code>`: `sdg:10.7`, `gcm:20`, `sector:labour`, `theme:political-buy-in`. */
  id: string;
  scheme: TaxonomyScheme;
  code: string;
  /** An SDG target's goal (`sdg:10`); null at the top level. */
  parent_id: string | null;
  position: number;
  /** `{ "en": …, "fr": …, "es": …, "ar": … }`. Reference data: translated in the data file. */
  names_json: string;
}

/** Tags on any record of any module: (`process`, id) → `sdg:10.c`. */
export interface TaggingsTable {
  entity_type: string;
  entity_id: string;
  term_id: string;
}

export interface TaxonomyTables {
  taxonomy_terms: TaxonomyTermsTable;
  taggings: TaggingsTable;
}
