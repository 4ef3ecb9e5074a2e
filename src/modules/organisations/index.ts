import type { ModuleManifest } from '../../module-kit/manifest.ts';
import { invitationMessages } from './invitation.messages.ts';
import { invitationRoutes } from './invitation.routes.tsx';
import { membershipRoutes } from './membership.routes.tsx';
import { organisationApi } from './organisation.api.ts';
import { loadOrganisationDemo } from './organisation.demo.ts';
import { organisationMessages } from './organisation.messages.ts';
import { organisationMigrations } from './organisation.migrations.ts';
import { organisationCountryPanel } from './organisation.panel.tsx';
import { countOrganisations } from './organisation.repository.ts';
import { organisationRoutes } from './organisation.routes.tsx';
import type { OrganisationTables } from './organisation.table.ts';
import { organisationFormRoutes } from './organisation-form.routes.tsx';

// What other modules (and the permissions table's test) may use: the rule and the actor's role.
export { findMembershipRole as organisationRoleOf } from './membership.repository.ts';
export {
  can as canOnOrganisation,
  canCreateOrganisation,
  type OrganisationAction,
} from './organisation.policy.ts';

/** Organisations (governments, agencies, civil society…) and the people who belong to them. */
export const organisationsModule: ModuleManifest = {
  name: 'organisations',
  migrations: organisationMigrations,
  messages: {
    en: { ...organisationMessages.en, ...invitationMessages.en },
    fr: { ...organisationMessages.fr, ...invitationMessages.fr },
    es: { ...organisationMessages.es, ...invitationMessages.es },
    ar: { ...organisationMessages.ar, ...invitationMessages.ar },
  },
  routes: (app, deps) => {
    invitationRoutes(app, deps);
    organisationRoutes(app, deps);
    organisationFormRoutes(app, deps);
    membershipRoutes(app, deps);
    organisationApi(app, deps);
  },
  navigation: [{ href: '/organisations', labelKey: 'org.nav', order: 30 }],
  countryPanels: organisationCountryPanel,
  homeFigures: async (db) => [
    { labelKey: 'org.figure', value: await countOrganisations(db.kysely, db.dialect), order: 30 },
  ],
  demo: loadOrganisationDemo,
};

// What other modules use of this one: they import it from here, never from its files.
export type { MembershipRole, OrganisationTables, OrganisationType } from './organisation.table.ts';

// This module's tables join the schema by declaration merging, so src/db/database.ts names no module.
declare module '../../db/database.ts' {
  interface Database extends OrganisationTables {}
}
