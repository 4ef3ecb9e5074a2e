import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import type { Browser as BrowserType } from '../../../test/support/http.ts';
import { Browser, testApp } from '../../../test/support/http.ts';
import { LOCALE_COOKIE } from '../../auth/cookies.ts';
import { sha256 } from '../../auth/secrets.ts';
import { auditActions, countRows, fieldError, postWithoutCsrf, signedIn } from './account.test-helpers.ts';

describe.each(DIALECTS)('API tokens on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
  });
  afterAll(() => ctx.close());

  /** Creates a token through the form and returns its id and the secret shown once. */
  async function createToken(
    browser: BrowserType,
    name = 'Monitoring dashboard',
    more: { scope?: string; expiresOn?: string } = {},
  ) {
    const fields = { name, scope: 'read-write', ...more };
    const response = await browser.form('/account/tokens', fields, '/account/tokens/new');
    expect(response.statusCode).toBe(201);
    const secret = /id="new-token">(cor_[A-Za-z0-9_-]+)</.exec(response.body)?.[1];
    expect(secret).toBeDefined();
    const row = await ctx.db.kysely
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', sha256(secret!))
      .executeTakeFirstOrThrow();
    return { secret: secret!, row, response };
  }

  const api = (url: string, secret?: string, method: 'GET' | 'HEAD' | 'DELETE' = 'GET') =>
    ctx.app.inject({ method, url, headers: secret ? { authorization: `Bearer ${secret}` } : {} });

  describe('signed out', () => {
    it.each(['/account/tokens', '/account/tokens/new', '/account/tokens/abc/revoke'])(
      'sends GET %s to sign in',
      async (url) => {
        const response = await ctx.app.inject(url);
        expect(response.statusCode).toBe(303);
        expect(response.headers.location).toContain('/sign-in?next=');
      },
    );

    it('answers a token post with 401 and creates nothing', async () => {
      const before = await countRows(ctx.db, 'api_tokens');
      const response = await new Browser(ctx.app).form('/account/tokens', { name: 'x' }, '/sign-in');
      expect(response.statusCode).toBe(401);
      expect(await countRows(ctx.db, 'api_tokens')).toBe(before);
    });

    it.each(['/api/v1/me', '/api/v1/me/tokens'])(
      'answers %s without a token with 401 problem+json',
      async (url) => {
        const response = await api(url);
        expect(response.statusCode).toBe(401);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({ status: 401, code: 'Unauthorized' });
      },
    );

    it('answers an unknown token with 401', async () => {
      expect((await api('/api/v1/me', 'cor_not-a-real-token')).statusCode).toBe(401);
    });
  });

  describe.each(['user', 'moderator', 'admin'] as const)('as %s', (role) => {
    it('creates a token shown once, stores only its hash, lists it, and lets the API know who it is', async () => {
      const { browser, user } = await signedIn(ctx.app, ctx.db, { role, name: `Token ${role}` });
      const empty = await browser.get('/account/tokens');
      expect(empty.statusCode).toBe(200);
      expect(empty.body).toContain('You have no API tokens.');
      expect((await browser.get('/account/tokens/new')).statusCode).toBe(200);
      const { secret, row, response } = await createToken(browser);
      expect(response.body).toContain('It will not be shown again');
      expect(response.body).toContain('data-copy="new-token"');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(row).toMatchObject({ user_id: user.id, name: 'Monitoring dashboard', revoked_at: null });
      expect(row.prefix).toBe(secret.slice(0, 10));
      expect(JSON.stringify(row)).not.toContain(secret);
      expect(await auditActions(ctx.db, row.id)).toEqual(['api-token.create']);
      const audit = await ctx.db.kysely
        .selectFrom('audit_log')
        .select('after_json')
        .where('entity_id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(audit.after_json).not.toContain(secret);
      const list = await browser.get('/account/tokens');
      expect(list.body).toContain('Monitoring dashboard');
      expect(list.body).toContain(row.prefix);
      expect(list.body).not.toContain(secret);
      const me = await api('/api/v1/me', secret);
      expect(me.statusCode).toBe(200);
      expect(me.json()).toEqual({ id: user.id, name: `Token ${role}`, email: user.email, role });
      const tokens = await api('/api/v1/me/tokens', secret);
      expect(tokens.json()).toMatchObject({
        data: [{ id: row.id, name: 'Monitoring dashboard', prefix: row.prefix }],
        next: null,
      });
      expect(tokens.body).not.toContain(secret);
      const used = await ctx.db.kysely
        .selectFrom('api_tokens')
        .select('last_used_at')
        .where('id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(used.last_used_at).not.toBeNull();
    });
  });

  it('refuses an empty or over-long name, and a post without CSRF token, creating nothing', async () => {
    const { browser } = await signedIn(ctx.app, ctx.db);
    const before = await countRows(ctx.db, 'api_tokens');
    const empty = await browser.form('/account/tokens', { name: ' ', scope: 'read' }, '/account/tokens/new');
    expect(empty.statusCode).toBe(422);
    expect(fieldError(empty.body, 'name')).toBe('Enter a name for the token');
    const long = await browser.form(
      '/account/tokens',
      { name: 'n'.repeat(101), scope: 'read' },
      '/account/tokens/new',
    );
    expect(long.statusCode).toBe(422);
    expect(fieldError(long.body, 'name')).toBe('Name must be 100 characters or fewer');
    expect(long.body).toContain(`value="${'n'.repeat(101)}"`);
    const csrf = await postWithoutCsrf(browser, '/account/tokens', { name: 'Sneaky' });
    expect(csrf.statusCode).toBe(403);
    expect(await countRows(ctx.db, 'api_tokens')).toBe(before);
  });

  it('revokes a token after a confirmation step; the API then answers 401', async () => {
    const { browser, user } = await signedIn(ctx.app, ctx.db);
    const { secret, row } = await createToken(browser, 'Old script');
    const confirm = await browser.get(`/account/tokens/${row.id}/revoke`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Revoke this token?');
    expect(confirm.body).toContain('Old script');
    const response = await browser.form(
      `/account/tokens/${row.id}/revoke`,
      {},
      `/account/tokens/${row.id}/revoke`,
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/account/tokens');
    const after = await ctx.db.kysely
      .selectFrom('api_tokens')
      .select('revoked_at')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(after.revoked_at).not.toBeNull();
    expect(await auditActions(ctx.db, row.id)).toContain('api-token.revoke');
    const me = await api('/api/v1/me', secret);
    expect(me.statusCode).toBe(401);
    expect(me.headers['content-type']).toContain('application/problem+json');
    const list = await browser.get('/account/tokens');
    expect(list.body).toContain('The token “Old script” has been revoked.');
    expect(list.body).not.toContain(`/account/tokens/${row.id}/revoke`);
    // Revoked already: the confirmation page and the post are not found.
    expect((await browser.get(`/account/tokens/${row.id}/revoke`)).statusCode).toBe(404);
    expect(user.id).toBe(row.user_id);
  });

  it("answers 404 to someone else's token, an unknown and a malformed id, changing nothing", async () => {
    const owner = await signedIn(ctx.app, ctx.db);
    const { secret, row } = await createToken(owner.browser);
    const { browser } = await signedIn(ctx.app, ctx.db);
    for (const id of [row.id, 'unknownid', 'BAD!']) {
      const page = await browser.get(`/account/tokens/${encodeURIComponent(id)}/revoke`);
      expect(page.statusCode).toBe(404);
      const token = await browser.csrfToken('/account/tokens');
      const post = await browser.form(`/account/tokens/${encodeURIComponent(id)}/revoke`, { _csrf: token });
      expect(post.statusCode).toBe(404);
    }
    const csrf = await postWithoutCsrf(owner.browser, `/account/tokens/${row.id}/revoke`, {});
    expect(csrf.statusCode).toBe(403);
    const after = await ctx.db.kysely
      .selectFrom('api_tokens')
      .select('revoked_at')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    expect(after.revoked_at).toBeNull();
    expect((await api('/api/v1/me', secret)).statusCode).toBe(200);
  });

  it('revokes through the API with a token, but never with a session cookie alone', async () => {
    const { browser } = await signedIn(ctx.app, ctx.db);
    const first = await createToken(browser, 'First');
    const second = await createToken(browser, 'Second');
    const other = await signedIn(ctx.app, ctx.db);
    const foreign = await createToken(other.browser, 'Foreign');
    // A session cookie on an API write is anonymous: 401, nothing revoked.
    const cookieOnly = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/tokens/${second.row.id}`,
      headers: { cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(cookieOnly.statusCode).toBe(401);
    expect(cookieOnly.headers['content-type']).toContain('application/problem+json');
    // Someone else's token: 404.
    expect((await api(`/api/v1/me/tokens/${foreign.row.id}`, first.secret, 'DELETE')).statusCode).toBe(404);
    expect((await api('/api/v1/me/tokens/BAD!', first.secret, 'DELETE')).statusCode).toBe(422);
    const revoked = await ctx.db.kysely
      .selectFrom('api_tokens')
      .select('id')
      .where('revoked_at', 'is not', null)
      .execute();
    expect(revoked.map((r) => r.id)).not.toContain(second.row.id);
    expect(revoked.map((r) => r.id)).not.toContain(foreign.row.id);
    const done = await api(`/api/v1/me/tokens/${second.row.id}`, first.secret, 'DELETE');
    expect(done.statusCode).toBe(204);
    expect((await api('/api/v1/me', second.secret)).statusCode).toBe(401);
    expect((await api('/api/v1/me', first.secret)).statusCode).toBe(200);
  });

  it('stops every token of a deactivated user', async () => {
    const { browser, user } = await signedIn(ctx.app, ctx.db);
    const { secret } = await createToken(browser);
    await ctx.db.kysely
      .updateTable('users')
      .set({ status: 'deactivated' })
      .where('id', '=', user.id)
      .execute();
    expect((await api('/api/v1/me', secret)).statusCode).toBe(401);
  });

  /** A day as the date field sends it, `days` from today (UTC). */
  const day = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

  it('offers read-only ticked and no expiry, and names a missing scope or a bad last day, in each language', async () => {
    const { browser } = await signedIn(ctx.app, ctx.db);
    const form = await browser.get('/account/tokens/new');
    expect(form.body).toMatch(/id="scope-read" name="scope" value="read" checked/);
    expect(form.body).not.toMatch(/value="read-write" checked/);
    expect(form.body).toMatch(/<input[^>]*id="expiresOn"[^>]*type="date"/);
    const before = await countRows(ctx.db, 'api_tokens');
    const post = (fields: Record<string, string>) =>
      browser.form('/account/tokens', { name: 'Script', ...fields }, '/account/tokens/new');
    const noScope = await post({});
    expect(noScope.statusCode).toBe(422);
    expect(fieldError(noScope.body, 'scope')).toBe('Choose what programs may do with the token');
    const badScope = await post({ scope: 'admin' });
    expect(fieldError(badScope.body, 'scope')).toBe('Choose what programs may do with the token');
    for (const expiresOn of ['2027-02-30', 'next week', '31/03/2027']) {
      const bad = await post({ scope: 'read', expiresOn });
      expect(bad.statusCode).toBe(422);
      expect(fieldError(bad.body, 'expiresOn')).toBe(
        'Enter the last day as a real date, for example 2027-03-31',
      );
      expect(bad.body).toContain(`value="${expiresOn}"`);
    }
    for (const expiresOn of [day(0), day(-3)]) {
      const past = await post({ scope: 'read-write', expiresOn });
      expect(fieldError(past.body, 'expiresOn')).toBe('Enter a last day after today');
      // The choice made is kept.
      expect(past.body).toMatch(/value="read-write" checked/);
    }
    const expected = {
      fr: [
        'Choisissez ce que les programmes peuvent faire avec le jeton',
        // hono escapes the apostrophe.
        'Saisissez un dernier jour postérieur à aujourd&#39;hui',
      ],
      es: ['Elija qué pueden hacer los programas con el token', 'Introduzca un último día posterior a hoy'],
      ar: ['اختر ما يمكن للبرامج فعله بالرمز', 'أدخل آخر يوم بعد اليوم'],
    };
    for (const [locale, [scope, expiry]] of Object.entries(expected)) {
      browser.cookies.set(LOCALE_COOKIE, locale);
      const translated = await post({ expiresOn: day(-1) });
      expect(fieldError(translated.body, 'scope')).toBe(scope);
      expect(fieldError(translated.body, 'expiresOn')).toBe(expiry);
    }
    expect(await countRows(ctx.db, 'api_tokens')).toBe(before);
  });

  it('keeps a read-only token to GET and HEAD: a write answers 403 problem+json and changes nothing', async () => {
    const { browser } = await signedIn(ctx.app, ctx.db);
    const reader = await createToken(browser, 'Reader', { scope: 'read', expiresOn: day(30) });
    const writer = await createToken(browser, 'Writer');
    expect(reader.row).toMatchObject({ scope: 'read', expires_at: `${day(30)}T23:59:59.999Z` });
    expect(writer.row).toMatchObject({ scope: 'read-write', expires_at: null });
    expect((await api('/api/v1/me', reader.secret)).statusCode).toBe(200);
    expect((await api('/api/v1/me', reader.secret, 'HEAD')).statusCode).toBe(200);
    const write = await api(`/api/v1/me/tokens/${writer.row.id}`, reader.secret, 'DELETE');
    expect(write.statusCode).toBe(403);
    expect(write.headers['content-type']).toContain('application/problem+json');
    expect(write.json()).toMatchObject({ status: 403, code: 'TokenReadOnly' });
    expect(write.json().detail).toContain('read-only');
    // Even revoking itself is a write.
    expect((await api(`/api/v1/me/tokens/${reader.row.id}`, reader.secret, 'DELETE')).statusCode).toBe(403);
    expect((await api('/api/v1/me', writer.secret)).statusCode).toBe(200);
    const listed = await api('/api/v1/me/tokens', reader.secret);
    expect(listed.json().data).toEqual([
      expect.objectContaining({ id: writer.row.id, scope: 'read-write', expiresAt: null }),
      expect.objectContaining({ id: reader.row.id, scope: 'read', expiresAt: `${day(30)}T23:59:59.999Z` }),
    ]);
    // The read-write token may write.
    expect((await api(`/api/v1/me/tokens/${reader.row.id}`, writer.secret, 'DELETE')).statusCode).toBe(204);
  });

  it('lists each token with its access, expiry and last use', async () => {
    const { browser } = await signedIn(ctx.app, ctx.db);
    const reader = await createToken(browser, 'Reader', { scope: 'read', expiresOn: '2099-12-31' });
    await createToken(browser, 'Writer');
    await api('/api/v1/me', reader.secret);
    const list = await browser.get('/account/tokens');
    const rows = list.body.split('<tr>').slice(2);
    const cells = (row: string | undefined) =>
      [...(row ?? '').matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
    const [writerCells, readerCells] = rows.map(cells);
    expect(writerCells?.slice(0, 1)).toEqual(['Writer']);
    expect(writerCells?.[2]).toBe('Read and change');
    expect(writerCells?.[4]).toBe('Never');
    expect(writerCells?.[5]).toBe('Never');
    expect(readerCells?.[2]).toBe('Read only');
    expect(readerCells?.[4]).toBe('Dec 31, 2099');
    expect(readerCells?.[5]).toMatch(/UTC$/);
  });

  it('refuses an expired token with 401 problem+json that says so, and lists it as expired', async () => {
    const { browser } = await signedIn(ctx.app, ctx.db);
    const { secret, row } = await createToken(browser, 'Yearly report', { expiresOn: day(1) });
    expect((await api('/api/v1/me', secret)).statusCode).toBe(200);
    const lastDay = new Date(Date.now() - 86_400_000);
    lastDay.setUTCHours(23, 59, 59, 999);
    await ctx.db.kysely
      .updateTable('api_tokens')
      .set({ expires_at: lastDay.toISOString() })
      .where('id', '=', row.id)
      .execute();
    const refused = await api('/api/v1/me', secret);
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      status: 401,
      code: 'TokenExpired',
      detail: 'This API token has expired. Create a new one on your account page.',
    });
    // An expired token no longer counts as active on the account page.
    expect((await browser.get('/account')).body).toContain('0 active tokens');
    const list = await browser.get('/account/tokens');
    expect(list.body).toContain(
      `Expired on ${new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(lastDay)}`,
    );
  });

  it('writes the last use at most once a minute', async () => {
    const { browser } = await signedIn(ctx.app, ctx.db);
    const { secret, row } = await createToken(browser);
    const lastUsed = async () =>
      (
        await ctx.db.kysely
          .selectFrom('api_tokens')
          .select('last_used_at')
          .where('id', '=', row.id)
          .executeTakeFirstOrThrow()
      ).last_used_at;
    await api('/api/v1/me', secret);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api('/api/v1/me', secret);
    expect(await lastUsed()).toBe(first);
    const longAgo = new Date(Date.now() - 61_000).toISOString();
    await ctx.db.kysely
      .updateTable('api_tokens')
      .set({ last_used_at: longAgo })
      .where('id', '=', row.id)
      .execute();
    await api('/api/v1/me', secret);
    expect(Date.parse((await lastUsed())!)).toBeGreaterThan(Date.parse(first!));
  });

  it('describes the account endpoints in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(doc.paths['/api/v1/me']?.get?.responses['200']).toBeDefined();
    expect(doc.paths['/api/v1/me/tokens']?.get?.responses['200']).toBeDefined();
    expect(doc.paths['/api/v1/me/tokens/{id}']?.delete).toBeDefined();
  });
});
