import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { Browser, buildUser, TEST_PASSWORD, testApp } from '../../../test/support/http.ts';
import { SESSION_COOKIE } from '../../auth/cookies.ts';
import { auditActions, fieldError, postWithoutCsrf, sessionsOf, signedIn } from './account.test-helpers.ts';

describe.each(DIALECTS)('sign in and sign out on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
  });
  afterAll(() => ctx.close());

  const signIn = (browser: Browser, fields: Record<string, string>) =>
    browser.form('/sign-in', fields, '/sign-in');

  it('shows the sign-in form to signed-out visitors, carrying where to go next', async () => {
    const response = await ctx.app.inject('/sign-in?next=%2Fcountries%3Fregion%3D142');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<h1>Sign in</h1>');
    expect(response.body).toContain('name="next" value="/countries?region=142"');
  });

  it('starts a server-side session with a safe cookie, audits it, and goes to the page asked for', async () => {
    const user = await buildUser(ctx.db, { role: 'moderator' });
    const browser = new Browser(ctx.app);
    const response = await signIn(browser, {
      email: user.email,
      password: TEST_PASSWORD,
      next: '/countries',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/countries');
    const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(await sessionsOf(ctx.db, user.id)).toBe(1);
    // Only the hash of the cookie is stored.
    const stored = await ctx.db.kysely
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', user.id)
      .execute();
    expect(stored[0]?.id).not.toBe(cookie?.value);
    expect(await auditActions(ctx.db, user.id)).toContain('user.sign-in');
    const account = await browser.get('/account');
    expect(account.statusCode).toBe(200);
    // Already signed in: the sign-in page sends them on.
    const again = await browser.get('/sign-in?next=/about');
    expect(again.headers.location).toBe('/about');
  });

  it('matches the email whatever its case and spaces', async () => {
    const user = await buildUser(ctx.db, { email: 'mixed@example.org' });
    const response = await signIn(new Browser(ctx.app), {
      email: '  MIXED@example.org ',
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(303);
    expect(await sessionsOf(ctx.db, user.id)).toBe(1);
  });

  it.each([
    ['//evil.example/path', '/'],
    ['https://evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/%0d%0aSet-Cookie:x=1', '/%0d%0aSet-Cookie:x=1'],
    ['/sign-out', '/'],
    ['/countries/BGD#data', '/countries/BGD#data'],
  ])('only follows same-site paths after signing in (%s)', async (next, expected) => {
    const user = await buildUser(ctx.db);
    const response = await signIn(new Browser(ctx.app), { email: user.email, password: TEST_PASSWORD, next });
    expect(response.headers.location).toBe(expected);
  });

  it('gives the same plain message for a wrong password and an unknown email, keeping the email', async () => {
    const user = await buildUser(ctx.db);
    const wrong = await signIn(new Browser(ctx.app), { email: user.email, password: 'not the password' });
    expect(wrong.statusCode).toBe(422);
    expect(fieldError(wrong.body, 'email')).toBe(
      'The email address or password is not right. Check them and try again.',
    );
    expect(wrong.body).toContain(`value="${user.email}"`);
    expect(wrong.body).not.toContain('not the password');
    const unknown = await signIn(new Browser(ctx.app), {
      email: 'nobody@example.org',
      password: 'whatever it is',
    });
    expect(unknown.statusCode).toBe(422);
    expect(fieldError(unknown.body, 'email')).toBe(fieldError(wrong.body, 'email'));
    expect(await sessionsOf(ctx.db, user.id)).toBe(0);
    expect(await auditActions(ctx.db, user.id)).not.toContain('user.sign-in');
  });

  it('tells a pending account it waits for approval, and starts no session', async () => {
    const user = await buildUser(ctx.db, { status: 'pending' });
    const response = await signIn(new Browser(ctx.app), { email: user.email, password: TEST_PASSWORD });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('Your account is waiting for approval');
    expect(response.cookies.find((c) => c.name === SESSION_COOKIE)).toBeUndefined();
    expect(await sessionsOf(ctx.db, user.id)).toBe(0);
  });

  it('refuses a deactivated account, and starts no session', async () => {
    const user = await buildUser(ctx.db, { status: 'deactivated' });
    const response = await signIn(new Browser(ctx.app), { email: user.email, password: TEST_PASSWORD });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('This account has been closed');
    expect(await sessionsOf(ctx.db, user.id)).toBe(0);
  });

  it('does not reveal a pending account to someone without its password', async () => {
    const user = await buildUser(ctx.db, { status: 'pending' });
    const response = await signIn(new Browser(ctx.app), { email: user.email, password: 'wrong password!' });
    expect(response.statusCode).toBe(422);
    expect(response.body).not.toContain('waiting for approval');
  });

  it('asks for both fields when the form is empty, and refuses an over-long email', async () => {
    const empty = await signIn(new Browser(ctx.app), {});
    expect(empty.statusCode).toBe(422);
    expect(fieldError(empty.body, 'email')).toBe('Enter your email address');
    expect(fieldError(empty.body, 'password')).toBe('Enter your password');
    const long = await signIn(new Browser(ctx.app), {
      email: `${'a'.repeat(250)}@example.org`,
      password: 'x',
    });
    expect(long.statusCode).toBe(422);
    expect(fieldError(long.body, 'email')).toBe('Email address must be 254 characters or fewer');
  });

  it('refuses a sign-in without a CSRF token with 403 and starts no session', async () => {
    const user = await buildUser(ctx.db);
    const response = await postWithoutCsrf(new Browser(ctx.app), '/sign-in', {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(response.statusCode).toBe(403);
    expect(await sessionsOf(ctx.db, user.id)).toBe(0);
  });

  it('replaces the session of a browser that signs in again', async () => {
    const { browser, user } = await signedIn(ctx.app, ctx.db);
    const response = await browser.form(
      '/sign-in',
      { email: user.email, password: TEST_PASSWORD },
      '/account',
    );
    expect(response.statusCode).toBe(303);
    expect(await sessionsOf(ctx.db, user.id)).toBe(1);
  });

  it('treats an expired session as signed out and removes it', async () => {
    const { browser, user } = await signedIn(ctx.app, ctx.db);
    await ctx.db.kysely
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', user.id)
      .execute();
    const response = await browser.get('/account');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/sign-in?next=%2Faccount');
    expect(await sessionsOf(ctx.db, user.id)).toBe(0);
  });

  it('signs out: the session ends on the server and the cookie is cleared', async () => {
    const { browser, user } = await signedIn(ctx.app, ctx.db);
    const response = await browser.form('/sign-out', {}, '/account');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/');
    expect(await sessionsOf(ctx.db, user.id)).toBe(0);
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    const home = await browser.get('/');
    expect(home.body).toContain('You have signed out.');
    expect((await browser.get('/account')).statusCode).toBe(303);
  });

  it('lets a signed-out visitor post to sign out harmlessly', async () => {
    const response = await new Browser(ctx.app).form('/sign-out', {}, '/sign-in');
    expect(response.statusCode).toBe(303);
  });

  it('refuses a sign-out without a CSRF token, keeping the session', async () => {
    const { browser, user } = await signedIn(ctx.app, ctx.db);
    const response = await postWithoutCsrf(browser, '/sign-out', {});
    expect(response.statusCode).toBe(403);
    expect(await sessionsOf(ctx.db, user.id)).toBe(1);
  });
});

describe.each(DIALECTS)('sign-in rate limit and secure cookies on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { LOGIN_RATE_LIMIT: '3', TRUST_PROXY: 'true' });
  });
  afterAll(() => ctx.close());

  it('marks the cookie secure behind a TLS proxy, and answers the 4th attempt in a minute with 429', async () => {
    const user = await buildUser(ctx.db);
    const browser = new Browser(ctx.app);
    const first = await browser.form('/sign-in', { email: user.email, password: TEST_PASSWORD }, '/sign-in');
    expect(first.statusCode).toBe(303);
    expect(first.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
    for (let i = 0; i < 2; i++) {
      const wrong = await browser.form(
        '/sign-in',
        { email: user.email, password: 'wrong password' },
        '/account',
      );
      expect(wrong.statusCode).toBe(422);
    }
    const sessionsBefore = await sessionsOf(ctx.db, user.id);
    const limited = await new Browser(ctx.app).form(
      '/sign-in',
      { email: user.email, password: TEST_PASSWORD },
      '/sign-in',
    );
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('text/html');
    expect(limited.headers['retry-after']).toBeDefined();
    expect(limited.body).toContain('Too many attempts. Wait a minute and try again.');
    expect(await sessionsOf(ctx.db, user.id)).toBe(sessionsBefore);
  });
});
