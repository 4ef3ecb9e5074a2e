import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation } from '../../../test/support/factories.ts';
import { testApp } from '../../../test/support/http.ts';
import { type Ctx, organisationWithRoles, signedIn } from './organisation.test-helpers.ts';

/** The `/organisations/<id>` links of a directory page, in order. */
function linkedIds(body: string): string[] {
  return [...body.matchAll(/<th scope="row"><a href="\/organisations\/([^"/]+)">/g)].map((m) => m[1]!);
}

describe.each(DIALECTS)('the organisations directory on %s', (dialect) => {
  let ctx: Ctx;
  // 120 organisations: 40 in Bangladesh, 30 UN agencies, some names shared so id breaks the tie.
  const created: { id: string; name: string }[] = [];
  beforeAll(async () => {
    ctx = await testApp(dialect);
    for (let i = 0; i < 120; i += 1) {
      const row = await buildOrganisation(ctx.db, {
        name: i % 10 === 0 ? 'Same Name Association' : `Organisation ${String(i).padStart(3, '0')}`,
        acronym: i === 7 ? 'XYZ' : null,
        type: i % 4 === 0 ? 'un-agency' : 'civil-society',
        country_alpha3: i % 3 === 0 ? 'BGD' : i % 3 === 1 ? 'JAM' : null,
      });
      created.push({ id: row.id, name: row.name });
    }
  });
  afterAll(() => ctx.close());

  const expectedOrder = () =>
    [...created]
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1))
      .map((o) => o.id);

  it('shows the first 50 organisations by name then id to anonymous visitors, with a total', async () => {
    const response = await ctx.app.inject('/organisations');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('120 organisations');
    expect(response.body).toContain('Showing 1–50 of 120');
    expect(linkedIds(response.body)).toEqual(expectedOrder().slice(0, 50));
    expect(response.body).not.toContain('href="/organisations/new"');
    expect(response.body).toContain('aria-current="page">Organisations</a>');
  });

  it('pages through all 120 with no organisation twice or missing, and clamps pages past the end', async () => {
    const pages = await Promise.all([1, 2, 3].map((p) => ctx.app.inject(`/organisations?page=${p}`)));
    const ids = pages.flatMap((p) => linkedIds(p.body));
    expect(ids).toEqual(expectedOrder());
    expect(pages[2]!.body).toContain('Showing 101–120 of 120');
    expect(pages[2]!.body).not.toContain('rel="next"');
    expect(pages[1]!.body).toContain('href="/organisations?page=3" rel="next"');
    const past = await ctx.app.inject('/organisations?page=99');
    expect(linkedIds(past.body)).toEqual(expectedOrder().slice(100));
    const nonsense = await ctx.app.inject('/organisations?page=-4x');
    expect(linkedIds(nonsense.body)).toEqual(expectedOrder().slice(0, 50));
  });

  it('filters by type, country and text, keeping the filters in page links and the CSV link', async () => {
    const response = await ctx.app.inject('/organisations?type=un-agency&country=bgd');
    // i % 4 === 0 and i % 3 === 0: multiples of 12 below 120.
    expect(response.body).toContain('10 organisations');
    expect(response.body).toContain('href="/organisations.csv?type=un-agency&amp;country=BGD"');
    expect(response.body).toMatch(/<option value="un-agency" selected="">UN agency<\/option>/);
    expect(response.body).toMatch(/<option value="BGD" selected="">Bangladesh<\/option>/);
    const byAcronym = await ctx.app.inject('/organisations?q=xyz');
    expect(linkedIds(byAcronym.body)).toEqual([created[7]!.id]);
    const byName = await ctx.app.inject('/organisations?q=ORGANISATION%2011');
    // 111–119: 110 is one of the shared names.
    expect(linkedIds(byName.body)).toHaveLength(9);
    const paged = await ctx.app.inject('/organisations?country=JAM');
    expect(paged.body).toContain('40 organisations');
  });

  it('treats LIKE wildcards in the search as plain text', async () => {
    const percent = await ctx.app.inject('/organisations?q=%25');
    expect(percent.body).toContain('No organisation matches these filters');
    const underscore = await ctx.app.inject('/organisations?q=_');
    expect(linkedIds(underscore.body)).toEqual([]);
  });

  it('ignores unknown filter values instead of failing', async () => {
    const response = await ctx.app.inject('/organisations?type=club&country=12&q=');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('120 organisations');
  });

  it('labels types and names countries in the reader language', async () => {
    const french = await ctx.app.inject({
      url: '/organisations?country=JAM',
      headers: { 'accept-language': 'fr' },
    });
    expect(french.body).toContain('Jamaïque');
    expect(french.body).toContain('Organisation de la société civile');
    const arabic = await ctx.app.inject({ url: '/organisations', headers: { 'accept-language': 'ar' } });
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.body).toContain('وكالة تابعة للأمم المتحدة');
    expect(arabic.body).toContain('بنغلاديش');
  });

  it('offers signed-in users the "Add an organisation" button', async () => {
    const { outsider } = await organisationWithRoles(ctx, { name: 'Zeta Ministry' });
    const browser = await signedIn(ctx, outsider);
    const response = await browser.get('/organisations');
    expect(response.body).toContain('href="/organisations/new"');
  });

  it('downloads the filtered list as CSV, in the same order', async () => {
    const response = await ctx.app.inject('/organisations.csv?country=BGD');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('attachment; filename="organisations.csv"');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('id,name,acronym,type,type_label,country,country_name,website,url');
    expect(lines).toHaveLength(41);
    const bgd = new Set(created.filter((_, i) => i % 3 === 0).map((o) => o.id));
    const ids = lines.slice(1).map((l) => l.split(',')[0]!);
    expect(ids).toEqual(expectedOrder().filter((id) => bgd.has(id)));
    expect(lines[1]).toContain(',BGD,Bangladesh,,http://localhost:3000/organisations/');
  });
});

describe.each(DIALECTS)('an organisation page on %s', (dialect) => {
  let ctx: Ctx;
  let roles: Awaited<ReturnType<typeof organisationWithRoles>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    roles = await organisationWithRoles(ctx, {
      acronym: 'MoP',
      type: 'national-government',
      country_alpha3: 'MDA',
      website: 'https://planning.example.md',
      description: 'Coordinates the national development strategy.\n\nChairs the migration working group.',
    });
  });
  afterAll(() => ctx.close());

  it('shows anonymous visitors the details and a member count, but not who the members are', async () => {
    const response = await ctx.app.inject(`/organisations/${roles.organisation.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<h1>Ministry of Planning</h1>');
    expect(response.body).toContain('National government body');
    expect(response.body).toContain('<a href="/countries/MDA">Moldova</a>');
    expect(response.body).toContain('href="https://planning.example.md" rel="nofollow noopener noreferrer"');
    expect(response.body).toContain('<p dir="auto">Coordinates the national development strategy.</p>');
    expect(response.body).toContain('3 members.');
    expect(response.body).not.toContain('Olga Owner');
    expect(response.body).not.toContain('/edit"');
    expect(response.body).not.toContain('/members"');
  });

  it('shows signed-in users the members and their roles, and no edit link to a non-member', async () => {
    const browser = await signedIn(ctx, roles.outsider);
    const response = await browser.get(`/organisations/${roles.organisation.id}`);
    expect(response.body).toContain('Olga Owner');
    expect(response.body).toMatch(/Ed Editor<\/bdi><\/th><td>Editor/);
    expect(response.body).not.toContain(roles.owner.email);
    expect(response.body).not.toContain(`/organisations/${roles.organisation.id}/edit`);
  });

  it.each([
    ['member', false, false],
    ['editor', true, false],
    ['owner', true, true],
    ['admin', true, true],
  ] as const)(
    'shows a %s the links they may use (edit: %s, manage members: %s)',
    async (who, edit, manage) => {
      const browser = await signedIn(ctx, roles[who]);
      const body = (await browser.get(`/organisations/${roles.organisation.id}`)).body;
      expect(body.includes(`href="/organisations/${roles.organisation.id}/edit"`)).toBe(edit);
      expect(body.includes(`href="/organisations/${roles.organisation.id}/members"`)).toBe(manage);
    },
  );

  it('never renders a non-http website as a link, whatever is stored', async () => {
    const stored = await buildOrganisation(ctx.db, { website: 'javascript:alert(document.cookie)' });
    const response = await ctx.app.inject(`/organisations/${stored.id}`);
    expect(response.body).not.toContain('href="javascript:');
    expect(response.body).toContain('<span class="ltr">javascript:alert(document.cookie)</span>');
  });

  it('escapes names and descriptions', async () => {
    const stored = await buildOrganisation(ctx.db, {
      name: '<script>alert(1)</script>',
      description: '<img src=x onerror=alert(1)>',
    });
    const response = await ctx.app.inject(`/organisations/${stored.id}`);
    expect(response.body).not.toContain('<script>alert(1)');
    expect(response.body).not.toContain('<img src=x');
    expect(response.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('answers an unknown id with a 404 page', async () => {
    const response = await ctx.app.inject('/organisations/no-such-id');
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain('Page not found');
  });

  it('lists the organisations based in a country on its page, linked to the filtered directory', async () => {
    const page = await ctx.app.inject('/countries/MDA');
    expect(page.body).toContain('Organisations based here');
    expect(page.body).toContain(`href="/organisations/${roles.organisation.id}"`);
    expect(page.body).toContain('href="/organisations?country=MDA"');
    expect(page.body).toContain('See all 1 organisation based in Moldova');
    const none = await ctx.app.inject('/countries/ISL');
    expect(none.body).not.toContain('Organisations based here');
  });

  it('shows at most ten organisations in the country panel', async () => {
    for (let i = 0; i < 12; i += 1)
      await buildOrganisation(ctx.db, { name: `Tunis ${i}`, country_alpha3: 'TUN' });
    const page = await ctx.app.inject('/countries/TUN');
    expect(page.body.match(/href="\/organisations\/[^"?]+"/g)).toHaveLength(10);
    expect(page.body).toContain('See all 12 organisations based in Tunisia');
  });

  it('counts organisations among the home figures', async () => {
    const home = await ctx.app.inject('/');
    const total = Number(
      (
        await ctx.db.kysely
          .selectFrom('organisations')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(home.body).toMatch(
      new RegExp(`Organisations</p><p class="summary-card__value"><span class="figure">${total}<`),
    );
  });
});
