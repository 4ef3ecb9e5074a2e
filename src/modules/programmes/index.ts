import type { ModuleManifest } from '../../module-kit/manifest.ts';
import { loadProgrammeDemo } from './programme.demo.ts';
import { programmeMessages } from './programme.messages.ts';
import { programmeMigrations } from './programme.migrations.ts';
import { programmeCountryPanel } from './programme.panel.tsx';
import { countProgrammes } from './programme.repository.ts';
import { programmeRoutes } from './programme.routes.tsx';
import type { ProgrammeTables } from './programme.table.ts';

/**
 * Multi-agency programmes: who leads, funds and implements them, where, when, with what budget,
 * their numbered outputs and the lessons they learn.
 */
export const programmesModule: ModuleManifest = {
  name: 'programmes',
  migrations: programmeMigrations,
  messages: programmeMessages,
  routes: programmeRoutes,
  navigation: [{ href: '/programmes', labelKey: 'programme.nav', order: 40 }],
  countryPanels: programmeCountryPanel,
  homeFigures: async (db) => [
    { labelKey: 'programme.home.figure', value: await countProgrammes(db.kysely), order: 40 },
  ],
  demo: loadProgrammeDemo,
};

// What other modules use of this one: they import it from here, never from its files. Events
// share the organisation access, the period display, the form frame and schema pieces.
export { type CountryChoice, countryChoices } from './country-choices.ts';
export type { Access, NamedOrganisations, OrganisationRef } from './organisation-access.ts';
export {
  accessFor,
  canActForAny,
  canActForSome,
  knownCountries,
  organisationLabel,
  organisationsNamed,
  resolveOrganisations,
  systemAccess,
} from './organisation-access.ts';
export { joined, OrganisationLink, Period } from './period.tsx';
export { programmeChoices } from './programme.repository.ts';
export type { ProgrammeTables } from './programme.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends ProgrammeTables {}
}

export { apiPageQuery, countryQuery, optionalText, organisationRefOut } from './record-fields.ts';
export { RecordFormPage, type RecordFrame, useDateLabels } from './record-form-page.tsx';
