import type { ModuleManifest } from '../manifest.ts';
import { dataMigrations } from './data.migrations.ts';

/** Migration data: the indicator store, importers, country profiles, corridors, open data. */
export const dataModule: ModuleManifest = {
  name: 'data',
  migrations: dataMigrations,
};
