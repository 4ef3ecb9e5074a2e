import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { type Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { signedIn } from './admin.test-helpers.ts';

describe.each(DIALECTS)('the audit log viewer on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let admin: Awaited<ReturnType<typeof buildUser>>;
  let pending: Awaited<ReturnType<typeof buildUser>>;
  let browser: Browser;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    admin = await buildUser(ctx.db, { role: 'admin', name: 'Audrey Admin', email: 'audrey@example.org' });
    pending = await buildUser(ctx.db, { status: 'pending', name: 'Pending Pia' });
    browser = await signedIn(ctx.app, ctx.db, admin);
    await browser.form(`/admin/users/${pending.id}/approve`, { version: '1' }, `/admin/users/${pending.id}`);
    await browser.form(
      '/admin/invitations',
      { email: 'guest@example.org', role: 'user' },
      '/admin/invitations',
    );
  });
  afterAll(() => ctx.close());

  it('shows who did what to which record, newest first, with a readable before/after', async () => {
    const response = await browser.get('/admin/audit');
    expect(response.statusCode).toBe(200);
    const body = response.body;
    // Newest first: the invitation, then the approval, then the creations by the system.
    expect(body.indexOf('Invitation created')).toBeLessThan(body.indexOf('Account approved'));
    expect(body.indexOf('Account approved')).toBeLessThan(body.indexOf('Account created'));
    expect(body).toContain(`<a href="/admin/users/${admin.id}">Audrey Admin</a>`);
    expect(body).toContain('<td>System</td>');
    expect(body).toContain(`<a href="/admin/users/${pending.id}"><code>${pending.id}</code></a>`);
    expect(body).toMatch(
      /<details class="audit-diff"><summary>3 fields changed<\/summary><ul><li><span class="audit-diff__field">Status<\/span>: <del><bdi>Waiting for approval<\/bdi><\/del> <span class="audit-diff__arrow">→<\/span> <ins><bdi>Active<\/bdi><\/ins><\/li>/,
    );
    expect(body).toContain(`<ins><bdi>${admin.id}</bdi></ins>`);
  });

  it('filters by entity type, by actor email, by the system, and by one record', async () => {
    const invitations = await browser.get('/admin/audit?type=invitation');
    expect(invitations.body).toContain('Invitation created');
    expect(invitations.body).not.toContain('Account approved');
    expect(invitations.body).toContain('<option value="invitation" selected="">Invitation</option>');
    const byAdmin = await browser.get('/admin/audit?actor=AUDREY%40example.org');
    expect(byAdmin.body).toContain('Account approved');
    expect(byAdmin.body).not.toContain('Account created');
    const bySystem = await browser.get('/admin/audit?actor=system');
    expect(bySystem.body).toContain('Account created');
    expect(bySystem.body).not.toContain('Account approved');
    const one = await browser.get(`/admin/audit?type=user&entity=${pending.id}`);
    expect(one.body).toContain('Showing the history of one record: Account');
    expect(one.body).toContain('Account approved');
    expect(one.body).not.toContain(`<code>${admin.id}</code></a></td>`);
    const nobody = await browser.get('/admin/audit?actor=nobody%40example.org');
    expect(nobody.statusCode).toBe(200);
    expect(nobody.body).toContain('No account uses that email address');
  });

  it('links a user page to that user’s history', async () => {
    const page = await browser.get(`/admin/users/${pending.id}`);
    expect(page.body).toContain(`href="/admin/audit?type=user&amp;entity=${pending.id}"`);
  });

  it('pages by cursor, 50 at a time, without repeating or skipping rows', async () => {
    const at = Date.parse('2024-06-01T00:00:00.000Z');
    const rows = Array.from({ length: 120 }, (_, i) => ({
      id: `bulk-audit-${String(i).padStart(3, '0')}`,
      // Two rows share each timestamp, so the id must break ties.
      at: new Date(at + Math.floor(i / 2) * 1000).toISOString(),
      actor_id: null,
      action: 'organisation.update',
      entity_type: 'organisation',
      entity_id: `org-${i}`,
      before_json: JSON.stringify({ name: `Old ${i}` }),
      after_json: JSON.stringify({ name: `New ${i}` }),
    }));
    await ctx.db.kysely.insertInto('audit_log').values(rows).execute();
    let url: string | undefined = '/admin/audit?type=organisation';
    const seen: string[] = [];
    let pages = 0;
    while (url) {
      const response = await browser.get(url);
      expect(response.statusCode).toBe(200);
      seen.push(...[...response.body.matchAll(/<code>(org-\d+)<\/code>/g)].map((m) => m[1]!));
      url = /<a href="([^"]+)" rel="next"/.exec(response.body)?.[1]?.replaceAll('&amp;', '&');
      if (url) expect(url).toContain('type=organisation');
      if (pages > 0) expect(response.body).toContain('Newest changes');
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(rows.map((r) => r.entity_id).reverse());
  });

  it('names other modules’ actions in words, and shows an unnamed action’s code once', async () => {
    await ctx.db.kysely
      .insertInto('audit_log')
      .values(
        ['organisation.create', 'some-module.thing-done'].map((action, i) => ({
          id: `named-audit-${i}`,
          at: `2030-01-01T00:00:0${i}.000Z`,
          actor_id: null,
          action,
          entity_type: 'organisation',
          entity_id: `named-org-${i}`,
          before_json: null,
          after_json: JSON.stringify({ name: 'x' }),
        })),
      )
      .execute();
    const body = (await browser.get('/admin/audit?type=organisation')).body;
    expect(body).toContain('Organisation added<br/><code class="small">organisation.create</code>');
    expect(body.match(/some-module\.thing-done/g)).toHaveLength(1);
  });

  it('refuses malformed filters with 400 and says what to fix', async () => {
    const response = await browser.get('/admin/audit?type=%3Cscript%3E');
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('There is a problem');
    expect(response.body).not.toContain('<script>');
    const long = await browser.get(`/admin/audit?actor=${'a'.repeat(300)}`);
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Changed by must be 254 characters or fewer');
  });
});
