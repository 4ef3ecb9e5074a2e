import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findUserByEmail } from '../../src/auth/user.repository.ts';
import { openDb } from '../../src/db/connection.ts';
import {
  checkA11y,
  createUser,
  describeWeight,
  PAGE_BUDGET_BYTES,
  type PageWeight,
  screenshot,
  useJourney,
  weighPage,
} from './support/index.ts';

/**
 * Every page Corridor has today.
 * - `signedOut: 'sign-in'`: a visitor without an account is sent to sign in first (administration
 *   pages too: the visitor may be an administrator who has not signed in yet).
 * - `asAdmin: false`: a signed-in person is sent away from it (sign-in, sign-up).
 * - `firstStart`: first-start.test.ts already checks the page in full, signed out, in both
 *   languages, with screenshots.
 * - `shot`: screenshots of the administrator's view are kept (`<name>-admin-<language>`).
 */
interface Visit {
  path: string;
  name: string;
  status?: number;
  signedOut?: 'sign-in';
  asAdmin?: boolean;
  firstStart?: boolean;
  shot?: boolean;
}

/**
 * Colour contrast is most of axe's time on long pages (the API reference, the country list), and
 * depends on the stylesheet and the words, not on who looks. So it runs once for each part of a
 * page: the body on the administrator's walk (or in first-start.test.ts), the signed-out header
 * on the pages only visitors see. Every other rule runs on every visit.
 */
function axeRules(visit: Visit, who: 'signed-out' | 'admin'): { skip: boolean; disableRules: string[] } {
  const contrast = { skip: false, disableRules: [] };
  const noContrast = { skip: false, disableRules: ['color-contrast'] };
  if (who === 'admin') return visit.firstStart ? noContrast : contrast;
  if (visit.firstStart) return { skip: true, disableRules: [] };
  return visit.asAdmin === false ? contrast : noContrast;
}

function pages(ids: Ids): Visit[] {
  return [
    { path: '/', name: 'home', firstStart: true },
    { path: '/countries', name: 'countries', firstStart: true },
    { path: '/countries/BGD', name: 'country-bgd', firstStart: true },
    { path: '/organisations', name: 'organisations', shot: true },
    { path: `/organisations/${ids.organisation}`, name: 'organisation', shot: true },
    {
      path: `/organisations/${ids.organisation}/members`,
      name: 'organisation-members',
      signedOut: 'sign-in',
      shot: true,
    },
    {
      path: `/organisations/${ids.organisation}/edit`,
      name: 'organisation-edit',
      signedOut: 'sign-in',
      shot: true,
    },
    { path: '/organisations/new', name: 'organisation-new', signedOut: 'sign-in', shot: true },
    { path: '/programmes', name: 'programmes', shot: true },
    { path: `/programmes/${ids.programme}`, name: 'programme', shot: true },
    { path: `/programmes/${ids.programme}/edit`, name: 'programme-edit', signedOut: 'sign-in', shot: true },
    { path: '/programmes/new', name: 'programme-new', signedOut: 'sign-in', shot: true },
    { path: '/events', name: 'events', shot: true },
    { path: `/events/${ids.event}`, name: 'event', shot: true },
    { path: `/events/${ids.event}/edit`, name: 'event-edit', signedOut: 'sign-in', shot: true },
    { path: '/events/new', name: 'event-new', signedOut: 'sign-in', shot: true },
    { path: '/about', name: 'about', firstStart: true },
    { path: '/api', name: 'api', shot: true },
    { path: '/sign-in', name: 'sign-in', asAdmin: false },
    { path: '/sign-up', name: 'sign-up', asAdmin: false, shot: true },
    { path: '/account', name: 'account', signedOut: 'sign-in', shot: true },
    { path: '/account/name', name: 'account-name', signedOut: 'sign-in' },
    { path: '/account/password', name: 'account-password', signedOut: 'sign-in', shot: true },
    { path: '/account/sessions/revoke-all', name: 'account-sign-out-everywhere', signedOut: 'sign-in' },
    { path: '/account/tokens', name: 'account-tokens', signedOut: 'sign-in' },
    { path: '/account/tokens/new', name: 'account-token-new', signedOut: 'sign-in' },
    { path: '/admin', name: 'admin', signedOut: 'sign-in', shot: true },
    { path: '/admin/users', name: 'admin-users', signedOut: 'sign-in', shot: true },
    { path: `/admin/users/${ids.user}`, name: 'admin-user', signedOut: 'sign-in', shot: true },
    { path: `/admin/users/${ids.user}/deactivate`, name: 'admin-user-deactivate', signedOut: 'sign-in' },
    { path: '/admin/invitations', name: 'admin-invitations', signedOut: 'sign-in', shot: true },
    { path: '/admin/audit', name: 'admin-audit', signedOut: 'sign-in', shot: true },
    { path: '/no-such-page', name: 'not-found', status: 404, firstStart: true },
  ];
}

interface Ids {
  organisation: string;
  programme: string;
  event: string;
  user: string;
}

/** Records from the demo with the most on their pages, and a user who is not the admin. */
async function demoIds(databasePath: string, userEmail: string): Promise<Ids> {
  const db = openDb(databasePath);
  try {
    const k = db.kysely;
    const organisation = await k
      .selectFrom('organisations')
      .select('id')
      .orderBy(({ eb }) => eb.case().when('acronym', '=', 'UNDP').then(0).else(1).end())
      .executeTakeFirstOrThrow();
    const programme = await k
      .selectFrom('programmes')
      .select('id')
      .orderBy(({ eb }) => eb.case().when('title', 'like', '%Joint Migration%').then(0).else(1).end())
      .executeTakeFirstOrThrow();
    const event = await k
      .selectFrom('events')
      .select('id')
      .orderBy(({ eb }) => eb.case().when('title', 'like', '%Mauritius%').then(0).else(1).end())
      .executeTakeFirstOrThrow();
    const user = await findUserByEmail(k, userEmail);
    return { organisation: organisation.id, programme: programme.id, event: event.id, user: user!.id };
  } finally {
    await db.close();
  }
}

function expectWithinBudget(weight: PageWeight) {
  expect(weight.total, describeWeight(weight)).toBeLessThan(PAGE_BUDGET_BYTES);
  // Everything counted came compressed (the script and stylesheet too).
  for (const resource of weight.resources) expect(resource.encoding, resource.url).toBeDefined();
}

describe.concurrent('every page: axe and page weight, signed out and as administrator, in English and Arabic', () => {
  const journey = useJourney();
  let visits: Visit[] = [];

  beforeAll(async () => {
    // A second account, so that the admin's user page shows what can be done to someone else.
    await createUser(journey.server, {
      name: 'Rahel Tesfaye',
      email: 'rahel.tesfaye@example.org',
      password: 'a long enough password',
    });
    visits = pages(await demoIds(journey.server.databasePath, 'rahel.tesfaye@example.org'));
  });

  async function walk(page: Page, language: 'en' | 'ar', who: 'signed-out' | 'admin') {
    const scale = await weighPage(page);
    for (const visit of visits) {
      if (who === 'admin' && visit.asAdmin === false) continue;
      const { response, weight } = await scale.visit(visit.path);
      const where = new URL(page.url());
      if (who === 'signed-out' && visit.signedOut === 'sign-in') {
        // Sent to sign in first, and brought back afterwards (the sign-in page itself is checked on its own).
        expect(where.pathname, visit.path).toBe('/sign-in');
        expect(where.searchParams.get('next'), visit.path).toBe(visit.path);
        continue;
      }
      expect(response?.status(), visit.path).toBe(visit.status ?? 200);
      expect(where.pathname, visit.path).toBe(visit.path);
      expect(await page.locator('html').getAttribute('dir'), visit.path).toBe(
        language === 'ar' ? 'rtl' : 'ltr',
      );
      expect(await page.locator('h1').count(), `${visit.path} has one h1`).toBe(1);
      expectWithinBudget(weight);
      const { skip, disableRules } = axeRules(visit, who);
      if (!skip) await checkA11y(page, { disableRules });
      if (visit.shot && who === 'admin') await screenshot(page, `${visit.name}-admin-${language}`);
    }
  }

  // The four walks run side by side (one Chromium page each, one server). Up to 33 pages with axe
  // on each: far more than the default 90 s on a busy machine.
  const WALK_TIMEOUT = 600_000;
  for (const language of ['en', 'ar'] as const) {
    const name = language === 'en' ? 'English' : 'Arabic';
    it(
      `as administrator, in ${name}`,
      async () => {
        const page = await journey.page({ language, signedInAs: journey.server.admin.email });
        await walk(page, language, 'admin');
      },
      WALK_TIMEOUT,
    );

    it(
      `signed out, in ${name}`,
      async () => {
        await walk(await journey.page({ language }), language, 'signed-out');
      },
      WALK_TIMEOUT,
    );
  }
});
