import { SESSION_COOKIE } from '../../src/app.ts';
import { createSession } from '../../src/auth/session.repository.ts';
import type { MembershipRole, OrganisationType } from '../../src/modules/organisations/organisation.table.ts';
import type { App } from '../../src/web/app-types.ts';
import { buildOrganisation } from './factories.ts';
import { Browser, type TestDb } from './http.ts';

/**
 * The organisations the organisations module's demo creates (keys `org:<key>`), for tests of the
 * modules whose demo steps refer to them. Names as the seed gives them.
 */
export const SEED_ORGANISATIONS: Record<
  string,
  { name: string; acronym: string | null; type: OrganisationType; country: string | null }
> = {
  undp: { name: 'United Nations Development Programme', acronym: 'UNDP', type: 'un-agency', country: null },
  iom: { name: 'International Organization for Migration', acronym: 'IOM', type: 'un-agency', country: null },
  ilo: { name: 'International Labour Organization', acronym: 'ILO', type: 'un-agency', country: null },
  unhcr: {
    name: 'Office of the UN High Commissioner for Refugees',
    acronym: 'UNHCR',
    type: 'un-agency',
    country: null,
  },
  unfpa: { name: 'United Nations Population Fund', acronym: 'UNFPA', type: 'un-agency', country: null },
  unwomen: { name: 'UN Women', acronym: null, type: 'un-agency', country: null },
  ec: { name: 'European Commission', acronym: 'EC', type: 'donor', country: null },
  sdc: {
    name: 'Swiss Agency for Development and Cooperation',
    acronym: 'SDC',
    type: 'donor',
    country: 'CHE',
  },
  sweden: { name: 'Government of Sweden', acronym: null, type: 'national-government', country: 'SWE' },
  mauritius: { name: 'Government of Mauritius', acronym: null, type: 'national-government', country: 'MUS' },
  switzerland: {
    name: 'Government of Switzerland',
    acronym: null,
    type: 'national-government',
    country: 'CHE',
  },
  bangladesh: {
    name: 'Government of Bangladesh',
    acronym: null,
    type: 'national-government',
    country: 'BGD',
  },
  jamaica: { name: 'Government of Jamaica', acronym: null, type: 'national-government', country: 'JAM' },
  moldova: {
    name: 'Government of the Republic of Moldova',
    acronym: null,
    type: 'national-government',
    country: 'MDA',
  },
  tunisia: { name: 'Government of Tunisia', acronym: null, type: 'national-government', country: 'TUN' },
  gmg: { name: 'Global Migration Group', acronym: 'GMG', type: 'un-agency', country: null },
  jmdi: {
    name: 'EC-UN Joint Migration and Development Initiative',
    acronym: 'JMDI',
    type: 'un-agency',
    country: null,
  },
  'gfmd-wg': {
    name: 'GFMD Working Group on Policy Coherence, Data and Research',
    acronym: null,
    type: 'national-government',
    country: null,
  },
};

/** Creates the 18 seed organisations and returns demo refs (`org:undp` → id). */
export async function seedOrganisations(db: TestDb): Promise<Map<string, string>> {
  const refs = new Map<string, string>();
  for (const [key, org] of Object.entries(SEED_ORGANISATIONS)) {
    const row = await buildOrganisation(db, {
      name: org.name,
      acronym: org.acronym,
      type: org.type,
      country_alpha3: org.country,
    });
    refs.set(`org:${key}`, row.id);
  }
  return refs;
}

export async function addMembership(
  db: TestDb,
  organisationId: string,
  userId: string,
  role: MembershipRole,
) {
  await db.kysely
    .insertInto('memberships')
    .values({ organisation_id: organisationId, user_id: userId, role, created_at: new Date().toISOString() })
    .execute();
}

/** A browser already signed in as `userId` (a session made directly, as sign-in would). */
export async function signedIn(app: App, db: TestDb, userId: string): Promise<Browser> {
  const browser = new Browser(app);
  browser.cookies.set(SESSION_COOKIE, await createSession(db.kysely, userId, { days: 1 }));
  return browser;
}
