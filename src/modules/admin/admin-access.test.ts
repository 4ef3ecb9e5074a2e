import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { SESSION_COOKIE } from '../../app.ts';
import { auditRowsFor, signedIn, userRow } from './admin.test-helpers.ts';

const PAGES = ['/admin', '/admin/users', '/admin/invitations', '/admin/audit'];

describe.each(DIALECTS)('who may use the administration screens, on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let target: Awaited<ReturnType<typeof buildUser>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    target = await buildUser(ctx.db, { status: 'pending', name: 'Pending Person' });
  });
  afterAll(() => ctx.close());

  it('sends signed-out visitors to sign in, and refuses their posts with 401', async () => {
    for (const url of [...PAGES, `/admin/users/${target.id}`, `/admin/users/${target.id}/deactivate`]) {
      const response = await ctx.app.inject(url);
      expect(response.statusCode, url).toBe(303);
      expect(response.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
    }
    // A form opened while signed in, posted after the session ended: the CSRF token is good,
    // the session is gone.
    const admin = await buildUser(ctx.db, { role: 'admin' });
    const browser = await signedIn(ctx.app, ctx.db, admin);
    const token = await browser.csrfToken(`/admin/users/${target.id}`);
    browser.cookies.delete(SESSION_COOKIE);
    const post = await browser.form(`/admin/users/${target.id}/approve`, { _csrf: token, version: '1' });
    expect(post.statusCode).toBe(401);
    const noToken = await new Browser(ctx.app).form(`/admin/users/${target.id}/approve`, {
      _csrf: '',
      version: '1',
    });
    expect(noToken.statusCode).toBe(403);
    expect((await userRow(ctx.db, target.id)).status).toBe('pending');
    expect(await auditRowsFor(ctx.db, target.id)).toHaveLength(1);
  });

  it.each(['user', 'moderator'] as const)(
    'answers a %s with 404 everywhere and changes nothing',
    async (role) => {
      const someone = await buildUser(ctx.db, { role });
      const browser = await signedIn(ctx.app, ctx.db, someone);
      for (const url of [
        ...PAGES,
        `/admin/users/${target.id}`,
        `/admin/users/${target.id}/role?role=admin&version=1`,
      ]) {
        const response = await browser.get(url);
        expect(response.statusCode, url).toBe(404);
        expect(response.body).toContain('Page not found');
      }
      for (const [url, fields] of [
        [`/admin/users/${target.id}/approve`, { version: '1' }],
        [`/admin/users/${target.id}/role`, { version: '1', role: 'admin' }],
        ['/admin/invitations', { email: 'x@example.org', role: 'admin' }],
      ] as const) {
        const response = await browser.form(url, fields);
        expect(response.statusCode, url).toBe(404);
      }
      expect(await userRow(ctx.db, target.id)).toMatchObject({ status: 'pending', role: 'user', version: 1 });
      expect((await userRow(ctx.db, someone.id)).role).toBe(role);
      const invitations = await ctx.db.kysely.selectFrom('one_time_tokens').selectAll().execute();
      expect(invitations).toEqual([]);
      const home = await browser.get('/');
      expect(home.body).not.toContain('href="/admin"');
    },
  );

  it('shows admins the Administration entry in the main navigation', async () => {
    const admin = await buildUser(ctx.db, { role: 'admin' });
    const browser = await signedIn(ctx.app, ctx.db, admin);
    const home = await browser.get('/');
    expect(home.body).toMatch(/<a href="\/admin"[^>]*>Administration<\/a>/);
    for (const url of PAGES) expect((await browser.get(url)).statusCode, url).toBe(200);
  });
});
