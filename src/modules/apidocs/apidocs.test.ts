import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import { SESSION_COOKIE } from '../../auth/cookies.ts';
import { createSession } from '../../auth/session.repository.ts';
import { modules } from '../index.ts';

describe.each(DIALECTS)('GET /api on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { PUBLIC_URL: 'https://corridor.example.org' });
  });
  afterAll(() => ctx.close());

  it('is public: a signed-out visitor gets the reference as HTML', async () => {
    const response = await ctx.app.inject({ url: '/api' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('<h1>API reference</h1>');
    expect(response.body).toContain('href="/api/openapi.json"');
    expect(response.body).toContain('Authorization: Bearer');
    expect(response.body).toContain('application/problem+json');
    expect(response.body).toContain('https://corridor.example.org/api/v1/countries');
  });

  it('lists /api/v1/countries with its region parameter', async () => {
    const body = (await ctx.app.inject({ url: '/api' })).body;
    const section = body.slice(body.indexOf('id="get-api-v1-countries"'));
    expect(section).toContain('<code dir="ltr">/api/v1/countries</code>');
    const regionRow = /<tr>\s*<th scope="row"><code dir="ltr">region<\/code><\/th>(.*?)<\/tr>/s.exec(section);
    expect(regionRow?.[1]).toContain('query string');
    expect(regionRow?.[1]).toContain('UN M49 region code');
    expect(regionRow?.[1]).toContain('^\\d{3}$');
  });

  it('shows every path and operation of the OpenAPI document', async () => {
    const doc = (await ctx.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const body = (await ctx.app.inject({ url: '/api' })).body;
    const paths = Object.keys(doc.paths);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(body, path).toContain(`<code dir="ltr">${path}</code>`);
      for (const method of Object.keys(doc.paths[path] ?? {})) {
        expect(body, `${method} ${path}`).toContain(`<code dir="ltr">${method.toUpperCase()} ${path}</code>`);
      }
    }
  });

  it('is the same for a signed-in user, and follows the language', async () => {
    const user = await buildUser(ctx.db);
    const session = await createSession(ctx.db.kysely, user.id, { days: 1 });
    const signedIn = await ctx.app.inject({ url: '/api', cookies: { [SESSION_COOKIE]: session } });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.body).toContain(`>${user.name}</a>`);
    const french = await ctx.app.inject({ url: '/api', headers: { 'accept-language': 'fr' } });
    expect(french.body).toContain('<h1>Référence de l&#39;API</h1>');
    const arabic = await ctx.app.inject({ url: '/api', headers: { 'accept-language': 'ar' } });
    expect(arabic.body).toContain('dir="rtl"');
    expect(arabic.body).toContain('<code dir="ltr">/api/v1/countries</code>');
  });

  it('needs no inline style or script, and adds no navigation entry', async () => {
    const body = (await ctx.app.inject({ url: '/api' })).body;
    expect(body).not.toMatch(/ style=/);
    expect(body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(modules.flatMap((m) => m.navigation ?? []).map((n) => n.href)).not.toContain('/api');
  });
});
