import type { ModuleManifest } from '../manifest.ts';
import { dataMigrations } from './data.migrations.ts';
import { dataViews } from './series.module.ts';

/** Migration data: the indicator store, importers, country profiles, corridors, open data. */
export const dataModule: ModuleManifest = {
  name: 'data',
  referenceTables: ['indicators', 'aggregates'],
  migrations: { ...dataMigrations, ...dataViews.migrations },
  messages: dataViews.messages,
  routes: dataViews.routes,
  navigation: dataViews.navigation,
  countryPanels: dataViews.countryPanels,
};
