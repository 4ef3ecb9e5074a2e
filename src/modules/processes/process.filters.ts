import type { TaxonomyScheme } from '../taxonomy/index.ts';

/** The schemes a process list can be filtered by (issue 3: SDG and GCM; themes and sectors too). */
export const TAXONOMY_FILTER_SCHEMES: TaxonomyScheme[] = ['sdg', 'gcm', 'theme', 'sector'];
