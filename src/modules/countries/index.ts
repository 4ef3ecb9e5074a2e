import type { ModuleManifest } from '../../module-kit/manifest.ts';
import { countryMessages } from './country.messages.ts';
import { countryMigrations } from './country.migrations.ts';
import { referenceCountries } from './country.reference.ts';
import { countCountries, upsertCountries } from './country.repository.ts';
import { countryRoutes } from './country.routes.tsx';
import type { CountriesTables } from './country.table.ts';

export { OTHER_AREAS, type OtherArea } from './country.areas.ts';

/** Countries and UN M49 regions: the reference list every other module points at. */
export const countriesModule: ModuleManifest = {
  name: 'countries',
  migrations: countryMigrations,
  messages: countryMessages,
  routes: countryRoutes,
  navigation: [{ href: '/countries', labelKey: 'nav.countries', order: 20 }],
  homeFigures: async (db) => [
    {
      labelKey: 'home.countries',
      value: await countCountries(db.kysely),
      order: 90,
      href: '/countries',
      sourceKey: 'countries.source',
    },
  ],
  reference: (db) => upsertCountries(db.kysely, referenceCountries()),
  referenceTables: ['countries'],
};

export { presentCountry, sortByName } from './country.presenter.ts';
export { referenceCountries } from './country.reference.ts';
export { findCountry, listCountries } from './country.repository.ts';
// What other modules use of this one: they import it from here, never from its files.
export type { CountriesTables } from './country.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends CountriesTables {}
}
