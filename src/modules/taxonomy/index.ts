import type { ModuleManifest } from '../../module-kit/manifest.ts';
import { taxonomyMessages } from './taxonomy.messages.ts';
import { taxonomyMigrations } from './taxonomy.migrations.ts';
import { referenceTerms } from './taxonomy.reference.ts';
import { upsertTerms } from './taxonomy.repository.ts';
import { taxonomyRoutes } from './taxonomy.routes.ts';
import type { TaxonomyTables } from './taxonomy.table.ts';

export { presentTerm, type Term } from './taxonomy.presenter.ts';
export {
  allTerms,
  setTags,
  type TermRecord,
  tagsOf,
  termWithChildren,
  unknownTermIds,
} from './taxonomy.service.ts';
export { TagLine, TagList, TagPicker } from './taxonomy.views.tsx';

/** Themes, sectors, SDG goals and targets, Global Compact objectives; tags on any record. */
export const taxonomyModule: ModuleManifest = {
  name: 'taxonomy',
  referenceTables: ['taxonomy_terms'],
  migrations: taxonomyMigrations,
  messages: taxonomyMessages,
  routes: taxonomyRoutes,
  reference: (db) => upsertTerms(db.kysely, referenceTerms()),
};

// What other modules use of this one: they import it from here, never from its files.
export type { TaxonomyScheme, TaxonomyTables } from './taxonomy.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends TaxonomyTables {}
}
