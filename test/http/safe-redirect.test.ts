import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeRedirect } from '../../src/web/safe-redirect.ts';
import { DIALECTS } from '../support/databases.ts';
import { Browser, buildUser, TEST_PASSWORD, testApp } from '../support/http.ts';

/**
 * Every `next` Corridor takes (the language switch, sign-in) goes through one check: addresses
 * that browsers would read as another site, and line breaks that cannot go in a header, lead home.
 */
const OFF_SITE = [
  '/%5Cevil.example', // `/\evil.example`: browsers read it as `//evil.example`
  '/%5C%5Cevil.example',
  '/%09/evil.example', // a tab is dropped by browsers: `//evil.example`
  '/%0a/evil.example',
  '//evil.example',
  'https://evil.example/',
  '/%0d%0aSet-Cookie:%20planted=1', // a line break: once a 500
  '/%00/evil.example',
  '/%C2%85/evil.example', // a C1 control (NEL)
  '/a/..//evil.example', // dot segments collapse into `//evil.example`
  '/.//evil.example',
  '/%2e%2e//evil.example',
];

describe('safeRedirect', () => {
  it('keeps a path on this site, with its query and fragment', () => {
    expect(safeRedirect('/countries?region=142#list')).toBe('/countries?region=142#list');
    expect(safeRedirect('/processes/abc/lessons')).toBe('/processes/abc/lessons');
    expect(safeRedirect('/ar/محتوى')).toBe('/ar/%D9%85%D8%AD%D8%AA%D9%88%D9%89');
  });

  it('sends anything else home', () => {
    for (const value of OFF_SITE.map(decodeURIComponent))
      expect(safeRedirect(value), JSON.stringify(value)).toBe('/');
    for (const value of [undefined, null, 42, ['/about'], '', 'about', `/${'a'.repeat(2001)}`])
      expect(safeRedirect(value), JSON.stringify(value)).toBe('/');
  });

  it('avoids the paths it is told to', () => {
    expect(safeRedirect('/sign-in?next=/x', { avoid: ['/sign-in'] })).toBe('/');
  });
});

describe.each(DIALECTS)('return addresses on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
  });
  afterAll(() => ctx.close());

  it('switches language and stays on this site whatever `next` says', async () => {
    for (const next of OFF_SITE) {
      const response = await ctx.app.inject(`/language/fr?next=${next}`);
      expect(response.statusCode, next).toBe(303);
      expect(response.headers.location, next).toBe('/');
      expect(response.headers['set-cookie'], next).toContain('corridor_lang=fr');
    }
    const kept = await ctx.app.inject(`/language/ar?next=${encodeURIComponent('/countries?region=142')}`);
    expect(kept.headers.location).toBe('/countries?region=142');
  });

  it('signs in and stays on this site whatever `next` says, in the query or the form', async () => {
    const user = await buildUser(ctx.db);
    for (const next of OFF_SITE) {
      const browser = new Browser(ctx.app);
      const page = await browser.get(`/sign-in?next=${next}`);
      expect(page.statusCode, next).toBe(200);
      expect(page.body, next).toContain('name="next" value="/"');
      const token = await browser.csrfToken('/sign-in');
      const response = await browser.app.inject({
        method: 'POST',
        url: `/sign-in?next=${next}`,
        headers: {
          cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: `_csrf=${encodeURIComponent(token)}&email=${encodeURIComponent(user.email)}&password=${encodeURIComponent(TEST_PASSWORD)}&next=${next}`,
      });
      expect(response.statusCode, next).toBe(303);
      expect(response.headers.location, next).toBe('/');
      // Signed in now: the sign-in page sends them on, home again.
      const again = await ctx.app.inject({
        url: `/sign-in?next=${next}`,
        headers: {
          cookie: `corridor_session=${response.cookies.find((c) => c.name === 'corridor_session')?.value}`,
        },
      });
      expect(again.statusCode, next).toBe(303);
      expect(again.headers.location, next).toBe('/');
    }
  });
});
