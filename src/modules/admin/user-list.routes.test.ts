import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { type Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { insertManyUsers, signedIn } from './admin.test-helpers.ts';

/** The user ids of a list page, in order, and its previous / next links. */
function readPage(body: string) {
  const ids = [...body.matchAll(/<th scope="row"><a href="\/admin\/users\/([a-z0-9]+)">/g)].map((m) => m[1]!);
  const next = /<a href="([^"]+)" rel="next"/.exec(body)?.[1]?.replaceAll('&amp;', '&');
  const prev = /<a href="([^"]+)" rel="prev"/.exec(body)?.[1]?.replaceAll('&amp;', '&');
  return { ids, next, prev };
}

describe.each(DIALECTS)('the users list on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let browser: Browser;
  let bulk: Awaited<ReturnType<typeof insertManyUsers>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    const admin = await buildUser(ctx.db, { role: 'admin', name: 'Zed Admin', email: 'zed@example.org' });
    browser = await signedIn(ctx.app, ctx.db, admin);
    // 1,000 users: every 10th waiting for approval, every 25th deactivated, every 100th a moderator.
    bulk = await insertManyUsers(ctx.db, 1000, (i) => ({
      status: i % 10 === 0 ? 'pending' : i % 25 === 0 ? 'deactivated' : 'active',
      role: i % 100 === 7 ? 'moderator' : 'user',
    }));
  });
  afterAll(() => ctx.close());

  it('puts pending approvals first on the overview, with links, then counts by status', async () => {
    const response = await browser.get('/admin');
    expect(response.statusCode).toBe(200);
    const body = response.body;
    expect(body.indexOf('Waiting for approval')).toBeLessThan(body.indexOf('Accounts'));
    // The ten who waited longest, oldest first.
    const pendingOldest = bulk.filter((u) => u.status === 'pending').slice(0, 10);
    const links = [...body.matchAll(/<a href="\/admin\/users\/([a-z0-9]+)">/g)].map((m) => m[1]);
    expect(links).toEqual(pendingOldest.map((u) => u.id));
    expect(body).toContain('See all 100 accounts waiting for approval');
    expect(body).toMatch(
      /href="\/admin\/users\?status=active">Active<\/a><\/p><p class="summary-card__value"><span class="figure">881</,
    );
    expect(body).toMatch(/Deactivated<\/a><\/p><p class="summary-card__value"><span class="figure">20</);
    // Other modules' admin pages are listed here rather than in the main menu.
    expect(body).toContain('<a href="/data/imports">Data imports</a>');
    const menu = body.slice(body.indexOf('class="main-nav"'), body.indexOf('id="main"'));
    expect(menu).toContain('href="/admin"');
    expect(menu).not.toContain('/data/imports');
  });

  it('pages through all 1,001 users, 50 at a time, newest first, and back again', async () => {
    let url: string | undefined = '/admin/users';
    const seen: string[] = [];
    const pages: string[] = [];
    while (url) {
      const response = await browser.get(url);
      expect(response.statusCode).toBe(200);
      const page = readPage(response.body);
      expect(page.ids.length).toBeLessThanOrEqual(50);
      seen.push(...page.ids);
      pages.push(url);
      url = page.next;
    }
    expect(pages).toHaveLength(21);
    expect(new Set(seen).size).toBe(1001);
    // The admin was created last, then the bulk users newest to oldest.
    expect(seen.slice(1)).toEqual([...bulk].reverse().map((u) => u.id));
    // Previous from the last page gives exactly the page before it.
    const last = readPage((await browser.get(pages.at(-1)!)).body);
    const before = readPage((await browser.get(last.prev!)).body);
    expect(before.ids).toEqual(seen.slice(950, 1000));
    expect(before.next).toBeDefined();
    // And previous from the second page is the first page, with no previous link.
    const second = readPage((await browser.get(pages[1]!)).body);
    const first = readPage((await browser.get(second.prev!)).body);
    expect(first.ids).toEqual(seen.slice(0, 50));
    expect(first.prev).toBeUndefined();
  });

  it('filters by status and role, and says how many match', async () => {
    const pending = await browser.get('/admin/users?status=pending');
    expect(pending.body).toContain('100 users');
    const ids = readPage(pending.body).ids;
    expect(ids).toHaveLength(50);
    const pendingIds = new Set(bulk.filter((u) => u.status === 'pending').map((u) => u.id));
    expect(ids.every((id) => pendingIds.has(id))).toBe(true);
    const moderators = await browser.get('/admin/users?role=moderator&status=');
    expect(moderators.body).toContain('10 users');
    expect(readPage(moderators.body).ids).toHaveLength(10);
    expect(readPage(moderators.body).next).toBeUndefined();
    const both = await browser.get('/admin/users?role=moderator&status=deactivated');
    // i % 100 === 7 is never a multiple of 25 or 10.
    expect(both.body).toContain('0 users');
    expect(both.body).toContain('No user matches these filters');
  });

  it('searches names and emails in any case, keeping the filters in the paging links', async () => {
    const byEmail = await browser.get('/admin/users?q=BULK099');
    expect(readPage(byEmail.body).ids).toEqual(
      bulk
        .filter((u) => u.email.startsWith('bulk099'))
        .reverse()
        .map((u) => u.id),
    );
    const byName = await browser.get('/admin/users?q=zed+admin');
    expect(readPage(byName.body).ids).toHaveLength(1);
    expect(byName.body).toContain('value="zed admin"');
    // Wildcards are searched as text, not as patterns.
    expect(readPage((await browser.get('/admin/users?q=%25')).body).ids).toEqual([]);
    // Counting a text search stops after 1,000 matches.
    const everyone = await browser.get('/admin/users?q=example.org');
    expect(everyone.body).toContain('More than 1,000 users');
    expect((await browser.get('/admin/users?q=bulk')).body).toContain('1,000 users');
    const active = readPage((await browser.get('/admin/users?q=bulk0&status=active')).body);
    expect(active.next).toContain('q=bulk0');
    expect(active.next).toContain('status=active');
  });

  it('sorts by name or creation date through plain links, both directions', async () => {
    const list = await browser.get('/admin/users');
    expect(list.body).toContain('href="/admin/users?sort=name"');
    expect(list.body).toContain('aria-sort="descending"');
    const byName = readPage((await browser.get('/admin/users?sort=name')).body);
    expect(byName.ids.slice(0, 3)).toEqual(bulk.slice(0, 3).map((u) => u.id));
    const secondPage = readPage((await browser.get(byName.next!)).body);
    expect(secondPage.ids[0]).toBe(bulk[50]!.id);
    const byNameDesc = await browser.get('/admin/users?sort=name&dir=desc');
    expect(readPage(byNameDesc.body).ids[0]).not.toBe(bulk[0]!.id);
    expect(byNameDesc.body).toContain('href="/admin/users?sort=name"');
    const oldest = readPage((await browser.get('/admin/users?sort=created&dir=asc')).body);
    expect(oldest.ids[0]).toBe(bulk[0]!.id);
  });

  it('refuses a search longer than 100 characters with a message, and bad filter values', async () => {
    const long = 'x'.repeat(101);
    const response = await browser.get(`/admin/users?q=${long}`);
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('There is a problem');
    expect(response.body).toContain('Name or email address must be 100 characters or fewer');
    expect(response.body).toContain(`value="${long}"`);
    const status = await browser.get('/admin/users?status=sleeping');
    expect(status.statusCode).toBe(400);
    expect(status.body).toContain('Select status');
    const sort = await browser.get('/admin/users?sort=password');
    expect(sort.statusCode).toBe(400);
    // A damaged cursor is a damaged link: the first page, not an error.
    expect((await browser.get('/admin/users?cursor=bm90LWpzb24')).statusCode).toBe(200);
  });

  it('renders in Arabic, right to left, with translated statuses', async () => {
    const response = await browser.get('/admin/users?status=pending', { 'accept-language': 'ar' });
    expect(response.body).toContain('<html lang="ar" dir="rtl">');
    expect(response.body).toContain('بانتظار الموافقة');
    expect(response.body).toContain('100 مستخدم');
  });
});
