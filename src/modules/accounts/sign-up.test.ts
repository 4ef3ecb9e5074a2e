import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { Browser, buildUser, TEST_PASSWORD, testApp } from '../../../test/support/http.ts';
import { auditActions, countRows, fieldError, postWithoutCsrf, signedIn } from './account.test-helpers.ts';

const GOOD = {
  name: 'Amina Rahman',
  email: 'amina@example.org',
  organisation: 'Ministry of Expatriates',
  password: 'long enough password',
  confirmation: 'long enough password',
};

describe.each(DIALECTS)('sign up on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
  });
  afterAll(() => ctx.close());

  const signUp = (fields: Record<string, string>) =>
    new Browser(ctx.app).form('/sign-up', fields, '/sign-up');

  it('shows the sign-up form to signed-out visitors', async () => {
    const response = await ctx.app.inject('/sign-up');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<h1>Create an account</h1>');
    for (const field of ['name', 'email', 'organisation', 'password', 'confirmation'])
      expect(response.body).toContain(`name="${field}"`);
    expect(response.body).toContain('name="_csrf"');
  });

  it('sends signed-in users to their account instead', async () => {
    const { browser } = await signedIn(ctx.app, ctx.db);
    const response = await browser.get('/sign-up');
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/account');
  });

  it('creates a pending account, keeps the organisation named, audits it, and says it awaits approval', async () => {
    const response = await signUp(GOOD);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/sign-up/pending');
    const user = await ctx.db.kysely
      .selectFrom('users')
      .selectAll()
      .where('email', '=', GOOD.email)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({ name: 'Amina Rahman', status: 'pending', role: 'user' });
    expect(user.password_hash.startsWith('$argon2id$')).toBe(true);
    const request = await ctx.db.kysely
      .selectFrom('sign_up_requests')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(request.organisation_name).toBe('Ministry of Expatriates');
    expect(await auditActions(ctx.db, user.id)).toEqual(['user.sign-up']);
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .select('after_json')
      .where('entity_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(audit.after_json).not.toContain(GOOD.password);
    const page = await ctx.app.inject('/sign-up/pending');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Your account is waiting for approval');
  });

  it('treats the organisation as optional', async () => {
    const response = await signUp({ ...GOOD, email: 'no-org@example.org', organisation: '' });
    expect(response.statusCode).toBe(303);
    const row = await ctx.db.kysely
      .selectFrom('sign_up_requests')
      .innerJoin('users', 'users.id', 'sign_up_requests.user_id')
      .select('organisation_name')
      .where('users.email', '=', 'no-org@example.org')
      .executeTakeFirstOrThrow();
    expect(row.organisation_name).toBeNull();
  });

  it('lists every missing field and creates nothing for an empty form', async () => {
    const before = await countRows(ctx.db, 'users');
    const response = await signUp({});
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('There is a problem');
    expect(fieldError(response.body, 'name')).toBe('Enter full name');
    expect(fieldError(response.body, 'email')).toBe('Enter your email address');
    expect(fieldError(response.body, 'password')).toBe('Enter a password');
    expect(await countRows(ctx.db, 'users')).toBe(before);
  });

  it('refuses a name over 200 and an email over 254 characters, keeping the input but not the password', async () => {
    const before = await countRows(ctx.db, 'users');
    const longEmail = `${'a'.repeat(250)}@example.org`;
    const response = await signUp({ ...GOOD, name: 'N'.repeat(201), email: longEmail });
    expect(response.statusCode).toBe(422);
    expect(fieldError(response.body, 'name')).toBe('Full name must be 200 characters or fewer');
    expect(fieldError(response.body, 'email')).toBe('Email address must be 254 characters or fewer');
    expect(response.body).toContain(`value="${longEmail}"`);
    expect(response.body).toContain('value="Ministry of Expatriates"');
    expect(response.body).not.toContain(GOOD.password);
    expect(await countRows(ctx.db, 'users')).toBe(before);
  });

  it('refuses a badly formed email, a short password and a confirmation that differs', async () => {
    const before = await countRows(ctx.db, 'users');
    const response = await signUp({
      ...GOOD,
      email: 'not-an-email',
      password: 'short',
      confirmation: 'other',
    });
    expect(response.statusCode).toBe(422);
    expect(fieldError(response.body, 'email')).toContain('Enter an email address in the correct format');
    expect(fieldError(response.body, 'password')).toBe('Password must be 10 characters or more');
    expect(fieldError(response.body, 'confirmation')).toContain('The two passwords are different');
    const missing = await signUp({ ...GOOD, email: 'confirm@example.org', confirmation: '' });
    expect(fieldError(missing.body, 'confirmation')).toBe('Type the password again to confirm it');
    expect(await countRows(ctx.db, 'users')).toBe(before);
  });

  it('refuses values of the wrong type sent as JSON', async () => {
    const browser = new Browser(ctx.app);
    const token = await browser.csrfToken('/sign-up');
    const before = await countRows(ctx.db, 'users');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/sign-up',
      headers: { cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      payload: { _csrf: token, name: 42, email: ['x@example.org'], password: true, confirmation: {} },
    });
    expect(response.statusCode).toBe(422);
    expect(fieldError(response.body, 'name')).toBe('Enter full name');
    expect(await countRows(ctx.db, 'users')).toBe(before);
  });

  it('answers an address that has an account, whatever its case, exactly as a new one, and changes nothing', async () => {
    const owner = await buildUser(ctx.db, { email: 'taken@example.org', status: 'active' });
    const stored = () =>
      ctx.db.kysely.selectFrom('users').selectAll().where('id', '=', owner.id).executeTakeFirstOrThrow();
    const before = await stored();
    const [users, requests, audit] = await Promise.all([
      countRows(ctx.db, 'users'),
      countRows(ctx.db, 'sign_up_requests'),
      countRows(ctx.db, 'audit_log'),
    ]);
    const known = await signUp({ ...GOOD, name: 'Someone Else', email: 'Taken@Example.org' });
    const unknown = await signUp({ ...GOOD, email: 'never-seen@example.org' });
    for (const response of [known, unknown]) {
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe('/sign-up/pending');
      expect(response.body).toBe('');
    }
    expect(known.cookies.map((c) => c.name).sort()).toEqual(unknown.cookies.map((c) => c.name).sort());
    // The new address made one account and its request; the known one wrote nothing at all.
    expect(await countRows(ctx.db, 'users')).toBe(users + 1);
    expect(await countRows(ctx.db, 'sign_up_requests')).toBe(requests + 1);
    expect(await countRows(ctx.db, 'audit_log')).toBe(audit + 1);
    expect(await stored()).toEqual(before);
    // The owner still signs in with their own password, not the one typed on the form.
    const browser = new Browser(ctx.app);
    const own = await browser.form(
      '/sign-in',
      { email: 'taken@example.org', password: TEST_PASSWORD },
      '/sign-in',
    );
    expect(own.statusCode).toBe(303);
    const typed = await new Browser(ctx.app).form(
      '/sign-in',
      { email: 'taken@example.org', password: GOOD.password },
      '/sign-in',
    );
    expect(typed.statusCode).toBe(422);
    // The page both are sent to says what to do when the address already had an account.
    const page = await ctx.app.inject('/sign-up/pending');
    expect(page.body).toContain('If an account with this address already exists, nothing has changed');
  });

  it('refuses a post without a CSRF token with 403 and creates nothing', async () => {
    const before = await countRows(ctx.db, 'users');
    const response = await postWithoutCsrf(new Browser(ctx.app), '/sign-up', {
      ...GOOD,
      email: 'csrf@example.org',
    });
    expect(response.statusCode).toBe(403);
    expect(await countRows(ctx.db, 'users')).toBe(before);
  });

  it('speaks Arabic, right to left', async () => {
    const response = await ctx.app.inject({ url: '/sign-up', headers: { 'accept-language': 'ar' } });
    expect(response.body).toContain('<html lang="ar" dir="rtl">');
    expect(response.body).toContain('إنشاء حساب');
  });
});
