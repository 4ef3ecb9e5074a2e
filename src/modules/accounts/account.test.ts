import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation } from '../../../test/support/factories.ts';
import { Browser, TEST_PASSWORD, testApp } from '../../../test/support/http.ts';
import { verifyPassword } from '../../auth/passwords.ts';
import { now } from '../../db/ids.ts';
import { auditActions, fieldError, postWithoutCsrf, sessionsOf, signedIn } from './account.test-helpers.ts';

const NEW_PASSWORD = 'another long password';

describe.each(DIALECTS)('the account pages on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
  });
  afterAll(() => ctx.close());

  async function userRow(id: string) {
    return ctx.db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  }

  describe('signed out', () => {
    it.each(['/account', '/account/name', '/account/password', '/account/sessions/revoke-all'])(
      'sends GET %s to sign in, coming back afterwards',
      async (url) => {
        const response = await ctx.app.inject(url);
        expect(response.statusCode).toBe(303);
        expect(response.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
      },
    );

    it.each(['/account/name', '/account/password', '/account/sessions/revoke-all'])(
      'answers POST %s with 401',
      async (url) => {
        const browser = new Browser(ctx.app);
        const response = await browser.form(url, { name: 'x', version: '1' }, '/sign-in');
        expect(response.statusCode).toBe(401);
        expect(response.body).toContain('Sign in to continue');
      },
    );
  });

  describe.each(['user', 'moderator', 'admin'] as const)('as %s', (role) => {
    it('shows your details, role, organisations and sessions', async () => {
      const { browser, user } = await signedIn(ctx.app, ctx.db, { role, name: `Nadia ${role}` });
      const org = await buildOrganisation(ctx.db, { name: 'Ministry of Planning', acronym: 'MoP' });
      await ctx.db.kysely
        .insertInto('memberships')
        .values({ organisation_id: org.id, user_id: user.id, role: 'editor', created_at: now() })
        .execute();
      const response = await browser.get('/account');
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain(`Nadia ${role}`);
      expect(response.body).toContain(user.email);
      expect(response.body).toContain({ user: 'User', moderator: 'Moderator', admin: 'Administrator' }[role]);
      expect(response.body).toContain('Ministry of Planning');
      expect(response.body).toContain('Editor');
      expect(response.body).toContain('1 browser or device');
      expect(response.body).toContain('0 active tokens');
    });
  });

  it('says so when you belong to no organisation', async () => {
    const { browser } = await signedIn(ctx.app, ctx.db);
    const response = await browser.get('/account');
    expect(response.body).toContain('You do not belong to any organisation yet.');
  });

  describe('changing your name', () => {
    it('saves a new name, bumps the version and audits the change', async () => {
      const { browser, user } = await signedIn(ctx.app, ctx.db);
      const form = await browser.get('/account/name');
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('name="version" value="1"');
      const response = await browser.form(
        '/account/name',
        { name: 'Nadia Haddad', version: '1' },
        '/account/name',
      );
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/account');
      const row = await userRow(user.id);
      expect(row.name).toBe('Nadia Haddad');
      expect(Number(row.version)).toBe(2);
      expect(await auditActions(ctx.db, user.id)).toContain('user.update');
      const page = await browser.get('/account');
      expect(page.body).toContain('Your name has been changed.');
    });

    it('refuses an empty, an over-long or a wrongly typed input and keeps the name', async () => {
      const { browser, user } = await signedIn(ctx.app, ctx.db, { name: 'Kept Name' });
      const empty = await browser.form('/account/name', { name: '  ', version: '1' }, '/account/name');
      expect(empty.statusCode).toBe(422);
      expect(fieldError(empty.body, 'name')).toBe('Enter full name');
      const long = await browser.form(
        '/account/name',
        { name: 'x'.repeat(201), version: '1' },
        '/account/name',
      );
      expect(long.statusCode).toBe(422);
      expect(fieldError(long.body, 'name')).toBe('Full name must be 200 characters or fewer');
      expect(long.body).toContain(`value="${'x'.repeat(201)}"`);
      const badVersion = await browser.form(
        '/account/name',
        { name: 'Fine', version: 'abc' },
        '/account/name',
      );
      expect(badVersion.statusCode).toBe(422);
      // Larger than any stored version: PostgreSQL refused to compare it (a 500).
      const hugeVersion = await browser.form(
        '/account/name',
        { name: 'Fine', version: '2147483648' },
        '/account/name',
      );
      expect(hugeVersion.statusCode).toBe(422);
      expect((await userRow(user.id)).name).toBe('Kept Name');
    });

    it('answers a stale version with 409, keeping your text, and does not overwrite', async () => {
      const { browser, user } = await signedIn(ctx.app, ctx.db, { name: 'Original' });
      await ctx.db.kysely
        .updateTable('users')
        .set({ name: 'Changed Elsewhere', version: 2 })
        .where('id', '=', user.id)
        .execute();
      const response = await browser.form(
        '/account/name',
        { name: 'My Edit', version: '1' },
        '/account/name',
      );
      expect(response.statusCode).toBe(409);
      expect(response.body).toContain('Someone else saved a change to this record');
      expect(response.body).toContain('value="My Edit"');
      expect(response.body).toContain('name="version" value="2"');
      expect((await userRow(user.id)).name).toBe('Changed Elsewhere');
    });

    it('refuses a post without CSRF token with 403', async () => {
      const { browser, user } = await signedIn(ctx.app, ctx.db, { name: 'Untouched' });
      const response = await postWithoutCsrf(browser, '/account/name', { name: 'Hacked', version: '1' });
      expect(response.statusCode).toBe(403);
      expect((await userRow(user.id)).name).toBe('Untouched');
    });
  });

  describe('changing your password', () => {
    it('checks the current password, keeps this session and ends the others', async () => {
      const { browser, user } = await signedIn(ctx.app, ctx.db);
      await new Browser(ctx.app).form('/sign-in', { email: user.email, password: TEST_PASSWORD }, '/sign-in');
      expect(await sessionsOf(ctx.db, user.id)).toBe(2);
      const response = await browser.form(
        '/account/password',
        { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD },
        '/account/password',
      );
      expect(response.statusCode).toBe(303);
      expect(await verifyPassword((await userRow(user.id)).password_hash, NEW_PASSWORD)).toBe(true);
      expect(await sessionsOf(ctx.db, user.id)).toBe(1);
      expect((await browser.get('/account')).statusCode).toBe(200);
      expect(await auditActions(ctx.db, user.id)).toContain('user.change-password');
    });

    it('refuses a wrong current password, a short or mismatched new one, and an empty form', async () => {
      const { browser, user } = await signedIn(ctx.app, ctx.db);
      const hash = (await userRow(user.id)).password_hash;
      const post = (fields: Record<string, string>) =>
        browser.form('/account/password', fields, '/account/password');
      const wrong = await post({
        currentPassword: 'not my password',
        password: NEW_PASSWORD,
        confirmation: NEW_PASSWORD,
      });
      expect(wrong.statusCode).toBe(422);
      expect(fieldError(wrong.body, 'currentPassword')).toBe(
        'Your current password is not right. Check it and try again.',
      );
      const short = await post({ currentPassword: TEST_PASSWORD, password: 'short', confirmation: 'short' });
      expect(fieldError(short.body, 'password')).toBe('New password must be 10 characters or more');
      const mismatch = await post({
        currentPassword: TEST_PASSWORD,
        password: NEW_PASSWORD,
        confirmation: 'different one',
      });
      expect(fieldError(mismatch.body, 'confirmation')).toContain('The two passwords are different');
      expect(mismatch.body).not.toContain(NEW_PASSWORD);
      const empty = await post({});
      expect(fieldError(empty.body, 'currentPassword')).toBe('Enter your current password');
      expect((await userRow(user.id)).password_hash).toBe(hash);
      const csrf = await postWithoutCsrf(browser, '/account/password', {
        currentPassword: TEST_PASSWORD,
        password: NEW_PASSWORD,
        confirmation: NEW_PASSWORD,
      });
      expect(csrf.statusCode).toBe(403);
      expect((await userRow(user.id)).password_hash).toBe(hash);
    });
  });

  describe('signing out everywhere', () => {
    it('asks first, then ends every session including this one', async () => {
      const { browser, user } = await signedIn(ctx.app, ctx.db);
      await new Browser(ctx.app).form('/sign-in', { email: user.email, password: TEST_PASSWORD }, '/sign-in');
      const confirm = await browser.get('/account/sessions/revoke-all');
      expect(confirm.statusCode).toBe(200);
      expect(confirm.body).toContain('Your account has 2 active sessions');
      expect(await sessionsOf(ctx.db, user.id)).toBe(2);
      const response = await browser.form('/account/sessions/revoke-all', {}, '/account/sessions/revoke-all');
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/sign-in');
      expect(await sessionsOf(ctx.db, user.id)).toBe(0);
      expect(await auditActions(ctx.db, user.id)).toContain('user.sign-out-everywhere');
      const signIn = await browser.get('/sign-in');
      expect(signIn.body).toContain('You have been signed out on every browser and device.');
      expect((await browser.get('/account')).statusCode).toBe(303);
    });

    it('refuses a post without CSRF token, keeping the sessions', async () => {
      const { browser, user } = await signedIn(ctx.app, ctx.db);
      const response = await postWithoutCsrf(browser, '/account/sessions/revoke-all', {});
      expect(response.statusCode).toBe(403);
      expect(await sessionsOf(ctx.db, user.id)).toBe(1);
    });
  });
});
