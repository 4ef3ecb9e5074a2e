import type { ModuleManifest } from '../manifest.ts';
import { taxonomyMigrations } from './taxonomy.migrations.ts';

/** Themes, sectors, SDG goals and targets, Global Compact objectives; tags on any record. */
export const taxonomyModule: ModuleManifest = {
  name: 'taxonomy',
  referenceTables: ['taxonomy_terms'],
  migrations: taxonomyMigrations,
};
