import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_COOKIE } from '../../src/auth/cookies.ts';
import { organisationInput } from '../../src/modules/organisations/organisation.schema.ts';
import { createOrganisation } from '../../src/modules/organisations/organisation.service.ts';
import { AnonymousPageCache } from '../../src/web/page-cache.ts';
import { DIALECTS } from '../support/databases.ts';
import { Browser, buildUser, testApp } from '../support/http.ts';
import { signedIn } from '../support/seed-organisations.ts';

describe('the anonymous page cache in memory', () => {
  it('serves a copy only while its stamp holds', () => {
    const cache = new AnonymousPageCache(1024 * 1024);
    cache.put('en|/', 'v1', '<p>hello</p>');
    expect(gunzipSync(cache.get('en|/', 'v1')!).toString()).toBe('<p>hello</p>');
    expect(cache.get('en|/', 'v2')).toBeUndefined();
    // An outdated copy is dropped, not kept beside the new one.
    expect(cache.size).toBe(0);
  });

  it('drops the least recently used pages past its size', () => {
    // Random text hardly compresses: each page is about 2.6 KB gzipped, the cache holds 8 KB (three).
    const page = (n: number) =>
      `${n}:${Array.from({ length: 4000 }, () => Math.random().toString(36)[2]).join('')}`;
    const cache = new AnonymousPageCache(8 * 1024, 8 * 1024);
    cache.put('a', 's', page(1));
    cache.put('b', 's', page(2));
    expect(cache.get('a', 's')).toBeDefined(); // `a` is now the most recent
    cache.put('c', 's', page(3));
    cache.put('d', 's', page(4));
    expect(cache.get('b', 's')).toBeUndefined();
    expect(cache.get('a', 's')).toBeDefined();
    expect(cache.get('d', 's')).toBeDefined();
  });
});

describe.each(DIALECTS)('pages kept for anonymous visitors on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { PAGE_CACHE: 'true' });
  });
  afterAll(() => ctx.close());

  const anonymous = () => new Browser(ctx.app);

  it('sends the same page again from memory, compressed or not', async () => {
    const first = await anonymous().get('/organisations');
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-page-cache']).toBeUndefined();
    // A page without a form sets no cookie: nothing in it is the visitor's own.
    expect(first.headers['set-cookie']).toBeUndefined();
    const again = await anonymous().get('/organisations');
    expect(again.headers['x-page-cache']).toBe('hit');
    expect(again.body).toBe(first.body);
    const zipped = await ctx.app.inject({
      url: '/organisations',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(first.body);
    expect(zipped.headers['content-security-policy']).toBeDefined();
  });

  it('shows a change as soon as it is saved (any audited write)', async () => {
    await anonymous().get('/organisations');
    const input = organisationInput.parse({
      name: 'Cache Watchers Association',
      type: 'civil-society',
      country: 'TUN',
    });
    const created = await createOrganisation(ctx.db, null, input);
    expect(created.ok).toBe(true);
    const after = await anonymous().get('/organisations');
    expect(after.headers['x-page-cache']).toBeUndefined();
    expect(after.body).toContain('Cache Watchers Association');
  });

  it('follows a write made by another app process on the same database', async () => {
    await anonymous().get('/about');
    expect((await anonymous().get('/about')).headers['x-page-cache']).toBe('hit');
    await ctx.db.kysely
      .updateTable('content_version')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .execute();
    expect((await anonymous().get('/about')).headers['x-page-cache']).toBeUndefined();
  });

  it('keeps each language apart', async () => {
    const french = anonymous();
    french.cookies.set(LOCALE_COOKIE, 'fr');
    await french.get('/about');
    const again = await french.get('/about');
    expect(again.headers['x-page-cache']).toBe('hit');
    expect(again.body).toContain('lang="fr"');
    expect((await anonymous().get('/about')).body).toContain('lang="en"');
  });

  it('never serves a kept page to someone signed in, nor keeps theirs', async () => {
    await anonymous().get('/organisations');
    const user = await buildUser(ctx.db, { name: 'Amina Diallo' });
    const browser = await signedIn(ctx.app, ctx.db, user.id);
    const page = await browser.get('/organisations');
    expect(page.headers['x-page-cache']).toBeUndefined();
    expect(page.body).toContain('Amina Diallo');
    const next = await anonymous().get('/organisations');
    expect(next.body).not.toContain('Amina Diallo');
  });

  it('never keeps a page with a form: each visitor gets their own token', async () => {
    const first = await anonymous().get('/sign-in');
    const second = await anonymous().get('/sign-in');
    expect(second.headers['x-page-cache']).toBeUndefined();
    const token = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
    expect(token(first.body)).toBeDefined();
    expect(token(second.body)).not.toBe(token(first.body));
  });

  it('never keeps a refusal or a page that is not found', async () => {
    await anonymous().get('/organisations/nosuchorganisation');
    const again = await anonymous().get('/organisations/nosuchorganisation');
    expect(again.statusCode).toBe(404);
    expect(again.headers['x-page-cache']).toBeUndefined();
  });
});
