import type { ModuleManifest } from '../../module-kit/manifest.ts';
import { loadCatalogue } from './catalogue.ts';
import { dataMigrations } from './data.migrations.ts';
import type { DataTables } from './data.table.ts';
import { registerImportCommand } from './import.command.ts';
import { importMessages } from './import.messages.ts';
import { importMigrations } from './import.migrations.ts';
import { importRoutes } from './import.routes.tsx';
import { failInterruptedImports } from './import.service.ts';
import type { ProfileTables } from './profile.table.ts';
import { releaseMessages } from './release.messages.ts';
import { dataViews } from './series.module.ts';

// Who may do what with a country's narrative (decision 43), for the permissions table's test.
export { canOnNarrative, type NarrativeAction } from './profile.policy.ts';

/** Migration data: the indicator store, importers, country profiles, corridors, open data. */
export const dataModule: ModuleManifest = {
  name: 'data',
  referenceTables: ['indicators', 'aggregates'],
  migrations: { ...dataMigrations, ...importMigrations, ...dataViews.migrations },
  messages: {
    en: { ...importMessages.en, ...releaseMessages.en, ...dataViews.messages.en },
    fr: { ...importMessages.fr, ...releaseMessages.fr, ...dataViews.messages.fr },
    es: { ...importMessages.es, ...releaseMessages.es, ...dataViews.messages.es },
    ar: { ...importMessages.ar, ...releaseMessages.ar, ...dataViews.messages.ar },
  },
  routes: async (app, deps) => {
    await importRoutes(app, deps);
    dataViews.routes(app, deps);
  },
  navigation: [
    ...dataViews.navigation,
    { href: '/data/imports', labelKey: 'data.import.nav', order: 90, roles: ['admin'], placement: 'admin' },
  ],
  countryPanels: dataViews.countryPanels,
  // The catalogue on every start (idempotent), then imports whose process died are failed.
  reference: async (db) => {
    await loadCatalogue(db);
    await failInterruptedImports(db);
  },
  cli: registerImportCommand,
  stylesheet: new URL('./data.css', import.meta.url),
};

export type { DataTables } from './data.table.ts';
export type { ProfileTables } from './profile.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends DataTables, ProfileTables {}
}
