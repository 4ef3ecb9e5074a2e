import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.ts';
import { testApp } from '../support/http.ts';

describe.each(DIALECTS)('the web kernel on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
  });
  afterAll(() => ctx.close());

  it('serves the home page with security headers and a strict CSP', async () => {
    const response = await ctx.app.inject('/');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS only when the request came over TLS through a trusted proxy', async () => {
    const proxied = await testApp(dialect, { TRUST_PROXY: 'true' });
    const response = await proxied.app.inject({ url: '/', headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    await proxied.close();
  });

  it('picks the language from Accept-Language, then keeps the one chosen with the switcher', async () => {
    const french = await ctx.app.inject({
      url: '/',
      headers: { 'accept-language': 'de-DE, fr;q=0.8, en;q=0.5' },
    });
    expect(french.body).toContain('<html lang="fr" dir="ltr">');
    const switched = await ctx.app.inject('/language/ar?next=/countries');
    expect(switched.statusCode).toBe(303);
    expect(switched.headers.location).toBe('/countries');
    const cookie = switched.cookies.find((c) => c.name === 'corridor_lang');
    expect(cookie?.value).toBe('ar');
    const arabic = await ctx.app.inject({
      url: '/',
      headers: { cookie: 'corridor_lang=ar', 'accept-language': 'fr' },
    });
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
  });

  it('never redirects the language switcher off the site', async () => {
    const response = await ctx.app.inject('/language/fr?next=//evil.example/');
    expect(response.headers.location).toBe('/');
  });

  it('serves content-hashed assets with an immutable cache', async () => {
    const home = await ctx.app.inject('/');
    const css = /href="(\/assets\/app\.[0-9a-f]+\.css)"/.exec(home.body)?.[1];
    expect(css).toBeDefined();
    const response = await ctx.app.inject({ url: css!, headers: { 'accept-encoding': 'gzip' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
    expect(response.headers['content-encoding']).toBe('gzip');
  });

  it('refuses a form post without a CSRF token with 403 and changes nothing', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/sign-out',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'x=1',
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).toContain('This form has expired');
  });

  it('answers unknown pages with a 404 page and unknown API paths with problem+json', async () => {
    const page = await ctx.app.inject('/no/such/page');
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    const api = await ctx.app.inject('/api/v1/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });

  it('compresses the 404 page for an unknown address, as it does every route', async () => {
    const plain = await ctx.app.inject('/no/such/page');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toContain('accept-encoding');
    for (const [accept, encoding, inflate] of [
      ['gzip, deflate', 'gzip', gunzipSync],
      ['gzip, deflate, br, zstd', 'br', brotliDecompressSync],
    ] as const) {
      const page = await ctx.app.inject({ url: '/no/such/page', headers: { 'accept-encoding': accept } });
      expect(page.statusCode).toBe(404);
      expect(page.headers['content-encoding']).toBe(encoding);
      const html = inflate(page.rawPayload).toString('utf8');
      expect(html).toContain(plain.body.slice(0, 200));
      expect(page.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    }
    // Refused with q=0: sent as it is.
    const refused = await ctx.app.inject({
      url: '/nothing',
      headers: { 'accept-encoding': 'br;q=0, gzip;q=0' },
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
    // A 404 from a route (a missing record) was already compressed by the route's own hook, once.
    const record = await ctx.app.inject({ url: '/countries/XXX', headers: { 'accept-encoding': 'gzip' } });
    expect(record.statusCode).toBe(404);
    expect(record.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(record.rawPayload).toString('utf8')).toContain('<!doctype html>');
  });

  it('publishes an OpenAPI 3.1 document that lists only API routes', async () => {
    const response = await ctx.app.inject('/api/openapi.json');
    const doc = response.json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/countries');
    expect(Object.keys(doc.paths).every((p) => p.startsWith('/api/v1/'))).toBe(true);
  });

  it('declares a policy on every route', () => {
    const routes = ctx.app.printRoutes({ commonPrefix: false });
    expect(routes).toContain('countries');
  });
});
