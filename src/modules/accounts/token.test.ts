import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import type { Browser as BrowserType } from '../../../test/support/http.ts';
import { Browser, testApp } from '../../../test/support/http.ts';
import { sha256 } from '../../auth/secrets.ts';
import { auditActions, countRows, fieldError, postWithoutCsrf, signedIn } from './account.test-helpers.ts';

describe.each(DIALECTS)('API tokens on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
  });
  afterAll(() => ctx.close());

  /** Creates a token through the form and returns its id and the secret shown once. */
  async function createToken(browser: BrowserType, name = 'Monitoring dashboard') {
    const response = await browser.form('/account/tokens', { name }, '/account/tokens/new');
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

  const api = (url: string, secret?: string, method: 'GET' | 'DELETE' = 'GET') =>
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
    const empty = await browser.form('/account/tokens', { name: ' ' }, '/account/tokens/new');
    expect(empty.statusCode).toBe(400);
    expect(fieldError(empty.body, 'name')).toBe('Enter a name for the token');
    const long = await browser.form('/account/tokens', { name: 'n'.repeat(101) }, '/account/tokens/new');
    expect(long.statusCode).toBe(400);
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
    expect((await api('/api/v1/me/tokens/BAD!', first.secret, 'DELETE')).statusCode).toBe(400);
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

  it('describes the account endpoints in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    expect(doc.paths['/api/v1/me']?.get?.responses['200']).toBeDefined();
    expect(doc.paths['/api/v1/me/tokens']?.get?.responses['200']).toBeDefined();
    expect(doc.paths['/api/v1/me/tokens/{id}']?.delete).toBeDefined();
  });
});
