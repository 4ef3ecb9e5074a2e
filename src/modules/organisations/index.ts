import type { ModuleManifest } from '../manifest.ts';
import { organisationMigrations } from './organisation.migrations.ts';

/** Organisations (governments, agencies, civil society…) and the people who belong to them. */
export const organisationsModule: ModuleManifest = {
  name: 'organisations',
  migrations: organisationMigrations,
};
