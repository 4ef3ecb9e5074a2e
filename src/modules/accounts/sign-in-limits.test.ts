import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { Browser, buildUser, TEST_PASSWORD, testApp } from '../../../test/support/http.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { fieldError, sessionsOf } from './account.test-helpers.ts';

/** A sign-in through a proxy that says the client is `forwardedFor`. */
async function signIn(app: Browser['app'], email: string, password: string, forwardedFor: string) {
  const browser = new Browser(app);
  const token = await browser.csrfToken('/sign-in');
  return app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: {
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': forwardedFor,
    },
    payload: new URLSearchParams({ _csrf: token, email, password }).toString(),
  });
}

/** 29 wrong passwords then the right one, each "from" an address of `forwardedFor(i)`. */
async function thirtyTries(app: Browser['app'], email: string, forwardedFor: (i: number) => string) {
  const statuses: number[] = [];
  for (let i = 1; i <= 30; i++) {
    const password = i === 30 ? TEST_PASSWORD : `wrong guess ${i}`;
    statuses.push((await signIn(app, email, password, forwardedFor(i))).statusCode);
  }
  return statuses;
}

describe.each(DIALECTS)('sign-in limits behind a proxy on %s', (dialect) => {
  describe('per address, one trusted hop', () => {
    let ctx: Awaited<ReturnType<typeof testApp>>;
    beforeAll(async () => {
      // The per-account limit is out of the way here, to see the per-address one alone.
      ctx = await testApp(dialect, { TRUST_PROXY: 'true', SIGN_IN_ACCOUNT_LIMIT: '1000' });
    });
    afterAll(() => ctx.close());

    it('counts the address our proxy added, not the ones the client made up: 429 after 10, and the 30th does not get in', async () => {
      const user = await buildUser(ctx.db);
      // The client sends a new X-Forwarded-For each time; the proxy appends the real address.
      const statuses = await thirtyTries(ctx.app, user.email, (i) => `10.0.${i}.${i}, 203.0.113.7`);
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(422));
      expect(statuses.slice(10)).toEqual(Array(20).fill(429));
      expect(await sessionsOf(ctx.db, user.id)).toBe(0);
      // Someone else, behind the same proxy, is not held back.
      const other = await buildUser(ctx.db);
      expect((await signIn(ctx.app, other.email, TEST_PASSWORD, '198.51.100.20')).statusCode).toBe(303);
    });
  });

  describe('per account, whatever the address', () => {
    let ctx: Awaited<ReturnType<typeof testApp>>;
    beforeAll(async () => {
      ctx = await testApp(dialect, { TRUST_PROXY: 'true', LOGIN_RATE_LIMIT: '1000' });
    });
    afterAll(() => ctx.close());

    it('pauses the account after 5 failures from 30 different addresses: the right password on the 30th does not get in', async () => {
      const user = await buildUser(ctx.db);
      const statuses = await thirtyTries(ctx.app, user.email, (i) => `198.51.100.${i}`);
      expect(statuses.slice(0, 5)).toEqual(Array(5).fill(422));
      expect(statuses.slice(5)).toEqual(Array(25).fill(429));
      expect(await sessionsOf(ctx.db, user.id)).toBe(0);
      const paused = await signIn(ctx.app, user.email, TEST_PASSWORD, '192.0.2.1');
      expect(paused.statusCode).toBe(429);
      expect(paused.headers['retry-after']).toBe('900');
      expect(fieldError(paused.body, 'email')).toBe(
        'Too many failed attempts to sign in with this email address. Wait 15 minutes and try again, or ask an administrator for a password reset link.',
      );
    });

    it('answers an unknown address exactly as a known one, so the pause does not tell which exist', async () => {
      const known = await buildUser(ctx.db);
      const answers = [];
      for (const email of [known.email, 'nobody-here@example.org']) {
        for (let i = 0; i < 5; i++) await signIn(ctx.app, email, 'wrong guess', `192.0.2.${10 + i}`);
        const response = await signIn(ctx.app, email, 'wrong guess', '192.0.2.99');
        answers.push([response.statusCode, fieldError(response.body, 'email')]);
      }
      expect(answers[0]).toEqual([429, expect.stringContaining('Too many failed attempts')]);
      expect(answers[1]).toEqual(answers[0]);
    });

    it('lets the right password in once the window has passed, and clears the count', async () => {
      const user = await buildUser(ctx.db);
      for (let i = 0; i < 5; i++) await signIn(ctx.app, user.email, 'wrong guess', '192.0.2.30');
      expect((await signIn(ctx.app, user.email, TEST_PASSWORD, '192.0.2.30')).statusCode).toBe(429);
      // Sixteen minutes later.
      const past = new Date(Date.now() - 16 * 60 * 1000).toISOString();
      await ctx.db.kysely.updateTable('throttle_events').set({ at: past }).execute();
      expect((await signIn(ctx.app, user.email, TEST_PASSWORD, '192.0.2.30')).statusCode).toBe(303);
      // The success forgot the failures: four more do not pause the account.
      for (let i = 0; i < 4; i++)
        expect((await signIn(ctx.app, user.email, 'wrong guess', '192.0.2.30')).statusCode).toBe(422);
    });

    it('counts failures across app processes sharing the database', async () => {
      const user = await buildUser(ctx.db);
      const config = loadConfig({
        DATABASE_URL: ctx.db.url,
        LOG_LEVEL: 'silent',
        PAGE_CACHE: 'false',
        TRUST_PROXY: 'true',
        LOGIN_RATE_LIMIT: '1000',
      });
      const second = await buildApp({ db: ctx.db, config });
      await second.ready();
      try {
        for (let i = 0; i < 5; i++) {
          const app = i % 2 === 0 ? ctx.app : second;
          expect((await signIn(app, user.email, 'wrong guess', `192.0.2.${40 + i}`)).statusCode).toBe(422);
        }
        expect((await signIn(second, user.email, TEST_PASSWORD, '192.0.2.50')).statusCode).toBe(429);
        expect((await signIn(ctx.app, user.email, TEST_PASSWORD, '192.0.2.51')).statusCode).toBe(429);
      } finally {
        await second.close();
      }
    });
  });

  describe('a configured list of proxies', () => {
    let ctx: Awaited<ReturnType<typeof testApp>>;
    beforeAll(async () => {
      // Tests connect from 127.0.0.1; a second proxy of the chain sits in 10.0.0.0/8.
      ctx = await testApp(dialect, {
        TRUST_PROXY: 'true',
        TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8',
        LOGIN_RATE_LIMIT: '2',
        SIGN_IN_ACCOUNT_LIMIT: '1000',
      });
    });
    afterAll(() => ctx.close());

    it('takes the first address from the right that is not one of them', async () => {
      const user = await buildUser(ctx.db);
      const tries = [];
      for (let i = 0; i < 3; i++)
        tries.push(
          (await signIn(ctx.app, user.email, 'wrong', `172.16.0.${i}, 198.51.100.9, 10.1.2.3`)).statusCode,
        );
      expect(tries).toEqual([422, 422, 429]);
      // Another client through the same two proxies.
      expect((await signIn(ctx.app, user.email, 'wrong', '198.51.100.10, 10.1.2.3')).statusCode).toBe(422);
    });
  });
});

describe.each(DIALECTS)('sign-up limit per address on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { TRUST_PROXY: 'true', SIGN_UP_RATE_LIMIT: '2', LOGIN_RATE_LIMIT: '1000' });
  });
  afterAll(() => ctx.close());

  async function signUp(email: string, forwardedFor: string, password = 'a long enough password') {
    const browser = new Browser(ctx.app);
    const token = await browser.csrfToken('/sign-up');
    return ctx.app.inject({
      method: 'POST',
      url: '/sign-up',
      headers: {
        cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': forwardedFor,
      },
      payload: new URLSearchParams({
        _csrf: token,
        name: 'New Person',
        email,
        password,
        confirmation: password,
      }).toString(),
    });
  }

  it('takes two requests an hour from one address, not counting forms sent back for a mistake', async () => {
    const address = (i: number) => `10.0.0.${i}, 203.0.113.80`;
    expect((await signUp('first@example.org', address(1), 'short')).statusCode).toBe(422);
    expect((await signUp('first@example.org', address(2))).statusCode).toBe(303);
    expect((await signUp('second@example.org', address(3))).statusCode).toBe(303);
    const third = await signUp('third@example.org', address(4));
    expect(third.statusCode).toBe(429);
    expect(third.headers['retry-after']).toBe('3600');
    expect(fieldError(third.body, 'email')).toBe(
      'Too many requests for an account from your network. Wait 60 minutes and try again.',
    );
    expect(third.body).toContain('value="third@example.org"');
    const users = await ctx.db.kysely.selectFrom('users').select('email').execute();
    expect(users.map((u) => u.email)).not.toContain('third@example.org');
    expect((await signUp('fourth@example.org', '203.0.113.81')).statusCode).toBe(303);
  });
});
