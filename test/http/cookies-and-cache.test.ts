import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/auth/session.repository.ts';
import { apiToken } from '../../src/modules/admin/admin.test-helpers.ts';
import { DIALECTS } from '../support/databases.ts';
import { Browser, buildUser, TEST_PASSWORD, testApp } from '../support/http.ts';

/** What browsers and caches keep: cookie attributes, the CSRF secret of a session, API answers. */
function cookieOf(response: { cookies: unknown[] }, name: string) {
  return (response.cookies as { name: string; value: string; secure?: boolean; httpOnly?: boolean }[]).find(
    (c) => c.name === name,
  );
}

describe.each(DIALECTS)('cookies behind a TLS proxy on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false', TRUST_PROXY: 'true' });
  });
  afterAll(() => ctx.close());

  it('marks the language cookie secure', async () => {
    const response = await ctx.app.inject({
      url: '/language/fr?next=/about',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(cookieOf(response, 'corridor_lang')).toMatchObject({ value: 'fr', secure: true, httpOnly: true });
  });

  it('marks the flash cookie secure, when set and when cleared', async () => {
    const user = await buildUser(ctx.db);
    const browser = new Browser(ctx.app);
    await browser.form('/sign-in', { email: user.email, password: TEST_PASSWORD }, '/sign-in');
    const signOut = await browser.form('/sign-out', {}, '/account');
    expect(signOut.statusCode).toBe(303);
    expect(cookieOf(signOut, 'corridor_flash')).toMatchObject({ secure: true, httpOnly: true });
    const home = await browser.get('/');
    expect(home.body).toContain('You have signed out.');
    expect(cookieOf(home, 'corridor_flash')).toMatchObject({ value: '', secure: true });
  });
});

describe.each(DIALECTS)('the CSRF secret of a session on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
  });
  afterAll(() => ctx.close());

  const post = (browser: Browser, url: string, token: string) =>
    browser.app.inject({
      method: 'POST',
      url,
      headers: {
        cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: new URLSearchParams({ _csrf: token }).toString(),
    });

  it('is new after signing in: a token read before no longer works', async () => {
    const user = await buildUser(ctx.db);
    const browser = new Browser(ctx.app);
    const before = await browser.csrfToken('/sign-in');
    const secretBefore = browser.cookies.get('corridor_csrf');
    const signIn = await browser.form(
      '/sign-in',
      { _csrf: before, email: user.email, password: TEST_PASSWORD },
      '/sign-in',
    );
    expect(signIn.statusCode).toBe(303);
    expect(cookieOf(signIn, 'corridor_csrf')?.value).toBe('');
    expect(browser.cookies.has('corridor_session')).toBe(true);
    // The token from before signing in (perhaps planted by someone else) is refused…
    const stale = await post(browser, '/sign-out', before);
    expect(stale.statusCode).toBe(403);
    expect((await browser.get('/account')).statusCode).toBe(200);
    // …and the pages signed in carry tokens of a new secret, which work.
    const after = await browser.csrfToken('/account');
    expect(browser.cookies.get('corridor_csrf')).not.toBe(secretBefore);
    const signOut = await post(browser, '/sign-out', after);
    expect(signOut.statusCode).toBe(303);
    // Signing out drops the secret too: the signed-in token does not outlive the session.
    expect(cookieOf(signOut, 'corridor_csrf')?.value).toBe('');
  });
});

describe.each(DIALECTS)('caching of API answers on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let cookie: string;
  let token: string;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
    const user = await buildUser(ctx.db);
    cookie = `corridor_session=${await createSession(ctx.db.kysely, user.id, { days: 1 })}`;
    token = await apiToken(ctx.db, user);
  });
  afterAll(() => ctx.close());

  it('is private, no-store whenever the request carried a token or the session cookie', async () => {
    for (const url of ['/api/v1/me', '/api/v1/processes', '/api/v1/organisations', '/api/v1/indicators']) {
      for (const headers of [{ authorization: `Bearer ${token}` }, { cookie }]) {
        const response = await ctx.app.inject({ url, headers });
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['content-type'], url).toContain('json');
        expect(response.headers['cache-control'], `${url} ${Object.keys(headers)}`).toBe('private, no-store');
      }
    }
  });

  it('is private, no-store for anonymous answers too, except the open data reads, public for everyone', async () => {
    for (const url of ['/api/v1/processes', '/api/v1/organisations', '/api/v1/me', '/api/openapi.json']) {
      const response = await ctx.app.inject(url);
      expect(response.headers['cache-control'], url).toBe('private, no-store');
    }
    const open = await ctx.app.inject('/api/v1/indicators');
    expect(open.statusCode).toBe(200);
    expect(open.headers['cache-control']).toBe('public, max-age=300');
  });
});
