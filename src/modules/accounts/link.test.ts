import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { Browser, buildUser, TEST_PASSWORD, testApp } from '../../../test/support/http.ts';
import type { OneTimeTokenKind, PlatformRole } from '../../auth/auth.table.ts';
import { issueOneTimeToken } from '../../auth/one-time-token.repository.ts';
import { verifyPassword } from '../../auth/passwords.ts';
import {
  auditActions,
  countRows,
  fieldError,
  postWithoutCsrf,
  sessionsOf,
  signedIn,
} from './account.test-helpers.ts';

const NEW_PASSWORD = 'a brand new password';

describe.each(DIALECTS)('invitations and password resets on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let admin: Awaited<ReturnType<typeof buildUser>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
    admin = await buildUser(ctx.db, { role: 'admin' });
  });
  afterAll(() => ctx.close());

  function issue(
    kind: OneTimeTokenKind,
    options: { email?: string; role?: PlatformRole; userId?: string } = {},
  ) {
    return ctx.db.kysely
      .transaction()
      .execute((trx) => issueOneTimeToken(trx, { kind, createdBy: admin.id, hours: 72, ...options }));
  }

  async function tokenRow(id: string) {
    return ctx.db.kysely
      .selectFrom('one_time_tokens')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  }

  async function expire(id: string) {
    await ctx.db.kysely
      .updateTable('one_time_tokens')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', id)
      .execute();
  }

  const accept = (secret: string, fields: Record<string, string>, browser = new Browser(ctx.app)) =>
    browser.form(`/invitations/${secret}`, fields, `/invitations/${secret}`);
  const GOOD = { name: 'Invited Person', password: NEW_PASSWORD, confirmation: NEW_PASSWORD };

  describe('invitations', () => {
    it('shows the invitation form with the invited address to a signed-out visitor', async () => {
      const { secret } = await issue('invitation', { email: 'invitee@example.org' });
      const response = await ctx.app.inject(`/invitations/${secret}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Accept your invitation');
      expect(response.body).toContain('invitee@example.org');
      expect(response.body).not.toContain('name="email"');
    });

    it('creates an active account with the invited role, uses up the link, and signs the person in', async () => {
      const { id, secret } = await issue('invitation', { email: 'mod@example.org', role: 'moderator' });
      const browser = new Browser(ctx.app);
      const response = await accept(secret, { ...GOOD, email: 'ignored@example.org' }, browser);
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/account');
      const user = await ctx.db.kysely
        .selectFrom('users')
        .selectAll()
        .where('email', '=', 'mod@example.org')
        .executeTakeFirstOrThrow();
      expect(user).toMatchObject({
        name: 'Invited Person',
        role: 'moderator',
        status: 'active',
        approved_by: admin.id,
      });
      expect(await verifyPassword(user.password_hash, NEW_PASSWORD)).toBe(true);
      expect((await tokenRow(id)).used_at).not.toBeNull();
      expect(await auditActions(ctx.db, user.id)).toEqual(['user.accept-invitation']);
      const account = await browser.get('/account');
      expect(account.statusCode).toBe(200);
      expect(account.body).toContain('Welcome to Corridor');
      expect(account.body).toContain('Moderator');
    });

    it('shows a clear page for a used, an expired, an unknown or a malformed link, and creates nothing', async () => {
      const used = await issue('invitation', { email: 'used@example.org' });
      expect((await accept(used.secret, GOOD)).statusCode).toBe(303);
      const expired = await issue('invitation', { email: 'late@example.org' });
      await expire(expired.id);
      const reset = await issue('password-reset', { userId: admin.id });
      const before = await countRows(ctx.db, 'users');
      for (const secret of [used.secret, expired.secret, reset.secret, 'x'.repeat(43), 'bad!']) {
        const page = await ctx.app.inject(`/invitations/${encodeURIComponent(secret)}`);
        expect(page.statusCode).toBe(404);
        expect(page.body).toContain('This invitation link cannot be used');
        expect(page.body).toContain('Ask the administrator who invited you for a new link.');
      }
      const browser = new Browser(ctx.app);
      const token = await browser.csrfToken('/sign-in');
      const posted = await browser.form(`/invitations/${expired.secret}`, { ...GOOD, _csrf: token });
      expect(posted.statusCode).toBe(404);
      expect(await countRows(ctx.db, 'users')).toBe(before);
      expect((await tokenRow(expired.id)).used_at).toBeNull();
    });

    it('refuses bad input with messages beside the fields, keeping the link unused', async () => {
      const { id, secret } = await issue('invitation', { email: 'careful@example.org' });
      const before = await countRows(ctx.db, 'users');
      const empty = await accept(secret, {});
      expect(empty.statusCode).toBe(422);
      expect(fieldError(empty.body, 'name')).toBe('Enter full name');
      expect(fieldError(empty.body, 'password')).toBe('Enter a password');
      const bad = await accept(secret, { name: 'N'.repeat(201), password: 'short', confirmation: 'shorter' });
      expect(bad.statusCode).toBe(422);
      expect(fieldError(bad.body, 'name')).toBe('Full name must be 200 characters or fewer');
      expect(fieldError(bad.body, 'password')).toBe('Password must be 10 characters or more');
      expect(fieldError(bad.body, 'confirmation')).toContain('The two passwords are different');
      expect(bad.body).toContain(`value="${'N'.repeat(201)}"`);
      const csrf = await postWithoutCsrf(new Browser(ctx.app), `/invitations/${secret}`, GOOD);
      expect(csrf.statusCode).toBe(403);
      expect(await countRows(ctx.db, 'users')).toBe(before);
      expect((await tokenRow(id)).used_at).toBeNull();
    });

    it('refuses an invitation for an address that already has an account, leaving the link unused', async () => {
      await buildUser(ctx.db, { email: 'exists@example.org' });
      const { id, secret } = await issue('invitation', { email: 'exists@example.org' });
      const response = await accept(secret, GOOD);
      expect(response.statusCode).toBe(422);
      expect(fieldError(response.body, 'email') ?? response.body).toContain(
        'An account with this email address',
      );
      expect((await tokenRow(id)).used_at).toBeNull();
    });

    it('asks for the address when the invitation names none', async () => {
      const { secret } = await issue('invitation');
      const form = await ctx.app.inject(`/invitations/${secret}`);
      expect(form.body).toContain('name="email"');
      const missing = await accept(secret, GOOD);
      expect(fieldError(missing.body, 'email')).toBe('Enter your email address');
      const response = await accept(secret, { ...GOOD, email: 'Open@Example.org' });
      expect(response.statusCode).toBe(303);
      const user = await ctx.db.kysely
        .selectFrom('users')
        .select(['role', 'status'])
        .where('email', '=', 'open@example.org')
        .executeTakeFirstOrThrow();
      expect(user).toEqual({ role: 'user', status: 'active' });
    });
  });

  describe('password reset links', () => {
    const reset = (secret: string, fields: Record<string, string>) =>
      new Browser(ctx.app).form(`/reset-password/${secret}`, fields, `/reset-password/${secret}`);

    it('shows the form for the account the link was issued for', async () => {
      const user = await buildUser(ctx.db);
      const { secret } = await issue('password-reset', { userId: user.id });
      const response = await ctx.app.inject(`/reset-password/${secret}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Choose a new password');
      expect(response.body).toContain(user.email);
    });

    it('sets the new password, uses up the link and ends every session of the account', async () => {
      const { browser, user } = await signedIn(ctx.app, ctx.db);
      const elsewhere = new Browser(ctx.app);
      await elsewhere.form('/sign-in', { email: user.email, password: TEST_PASSWORD }, '/sign-in');
      expect(await sessionsOf(ctx.db, user.id)).toBe(2);
      const { id, secret } = await issue('password-reset', { userId: user.id });
      const response = await reset(secret, { password: NEW_PASSWORD, confirmation: NEW_PASSWORD });
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/sign-in');
      const row = await ctx.db.kysely
        .selectFrom('users')
        .select(['password_hash', 'version'])
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(await verifyPassword(row.password_hash, NEW_PASSWORD)).toBe(true);
      expect(await verifyPassword(row.password_hash, TEST_PASSWORD)).toBe(false);
      expect(Number(row.version)).toBe(2);
      expect((await tokenRow(id)).used_at).not.toBeNull();
      expect(await sessionsOf(ctx.db, user.id)).toBe(0);
      expect(await auditActions(ctx.db, user.id)).toContain('user.reset-password');
      expect((await browser.get('/account')).statusCode).toBe(303);
      const signIn = await new Browser(ctx.app).form(
        '/sign-in',
        { email: user.email, password: NEW_PASSWORD },
        '/sign-in',
      );
      expect(signIn.statusCode).toBe(303);
    });

    it('shows a clear page for a used, an expired or an invitation link, and changes nothing', async () => {
      const user = await buildUser(ctx.db);
      const used = await issue('password-reset', { userId: user.id });
      expect(
        (await reset(used.secret, { password: NEW_PASSWORD, confirmation: NEW_PASSWORD })).statusCode,
      ).toBe(303);
      const expired = await issue('password-reset', { userId: user.id });
      await expire(expired.id);
      const invitation = await issue('invitation', { email: 'other@example.org' });
      const before = await ctx.db.kysely
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      for (const secret of [used.secret, expired.secret, invitation.secret]) {
        const page = await ctx.app.inject(`/reset-password/${secret}`);
        expect(page.statusCode).toBe(404);
        expect(page.body).toContain('This password reset link cannot be used');
      }
      const browser = new Browser(ctx.app);
      const token = await browser.csrfToken('/sign-in');
      const posted = await browser.form(`/reset-password/${expired.secret}`, {
        _csrf: token,
        password: 'another new password',
        confirmation: 'another new password',
      });
      expect(posted.statusCode).toBe(404);
      const after = await ctx.db.kysely
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(after.password_hash).toBe(before.password_hash);
    });

    it('refuses a short or mismatched password, or a post without CSRF token, keeping the link', async () => {
      const { browser, user } = await signedIn(ctx.app, ctx.db);
      const { id, secret } = await issue('password-reset', { userId: user.id });
      const empty = await reset(secret, {});
      expect(empty.statusCode).toBe(422);
      expect(fieldError(empty.body, 'password')).toBe('Enter a password');
      const short = await reset(secret, { password: 'short', confirmation: 'short' });
      expect(fieldError(short.body, 'password')).toBe('New password must be 10 characters or more');
      const mismatch = await reset(secret, { password: NEW_PASSWORD, confirmation: `${NEW_PASSWORD}!` });
      expect(mismatch.statusCode).toBe(422);
      expect(fieldError(mismatch.body, 'confirmation')).toContain('The two passwords are different');
      const tooLong = await reset(secret, { password: 'p'.repeat(201), confirmation: 'p'.repeat(201) });
      expect(fieldError(tooLong.body, 'password')).toBe('New password must be 200 characters or fewer');
      const csrf = await postWithoutCsrf(browser, `/reset-password/${secret}`, {
        password: NEW_PASSWORD,
        confirmation: NEW_PASSWORD,
      });
      expect(csrf.statusCode).toBe(403);
      expect((await tokenRow(id)).used_at).toBeNull();
      expect(await sessionsOf(ctx.db, user.id)).toBe(1);
    });
  });
});
