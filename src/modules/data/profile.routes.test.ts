import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRelease, insertObservations, loadDataFixtures } from '../../../test/support/data-fixtures.ts';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import { readPdf } from '../../../test/support/pdf.ts';
import { SESSION_COOKIE } from '../../app.ts';
import { createSession } from '../../auth/session.repository.ts';
import * as codes from './series-codes.ts';

/** The section of a page between an element with this id and the next section. */
function section(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) throw new Error(`no #${id}`);
  const end = html.indexOf('<section', start + 1);
  return html.slice(start, end < 0 ? undefined : end);
}

describe.each(DIALECTS)('country migration profile on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let fixtures: Awaited<ReturnType<typeof loadDataFixtures>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    fixtures = await loadDataFixtures(ctx.db);
  });
  afterAll(() => ctx.close());

  const get = (url: string, lang = 'en') => ctx.app.inject({ url, headers: { 'accept-language': lang } });

  it('shows key figures with their source and year to anonymous visitors', async () => {
    const response = await get('/countries/bgd/profile');
    expect(response.statusCode).toBe(200);
    const key = section(response.body, 'key-title');
    expect(key).toContain('International migrants');
    expect(key).toContain('2.1M');
    expect(key).toContain('UN DESA Population Division, International Migrant Stock 2020, 2020');
    expect(key).toContain('$21.8B');
    expect(key).toContain('World Bank, World Development Indicators, 2020');
    expect(key).toContain('4.3%');
  });

  it('gives the whole profile as a PDF: key figures, each figure as a table, gaps; in Arabic too', async () => {
    const page = await get('/countries/BGD/profile');
    expect(page.body).toContain('href="/countries/BGD/profile.pdf" download');
    const response = await get('/countries/BGD/profile.pdf');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('BGD-migration-profile-en.pdf');
    const pdf = readPdf(response.rawPayload);
    expect(pdf.title).toBe('Extended Migration Profile: Bangladesh');
    const text = pdf.pages.join('\n');
    expect(text).toContain('Key figures');
    expect(text).toContain('International migrants living in Bangladesh');
    // The chart's data table, row by row: 2020, total, then by sex.
    expect(text).toContain('2,115,408');
    expect(text).toContain('Source: UN DESA Population Division, International Migrant Stock 2020');
    expect(text).toContain('Data gaps');
    expect(text).toContain(`Page 1 of ${pdf.pageCount}`);
    const arabic = readPdf((await get('/countries/BGD/profile.pdf', 'ar')).rawPayload);
    // Arabic is drawn shaped (presentation forms) in visual order: undo both to read it.
    const logical = arabic.pages
      .join('\n')
      .split('\n')
      .map((line) => [...line.normalize('NFKC')].reverse().join(''));
    expect(logical).toContain('فجوات البيانات');
    expect((await get('/countries/XXX/profile.pdf')).statusCode).toBe(404);
  });

  it('draws each chart with its title, unit, source and years, a table and a CSV link', async () => {
    const html = (await get('/countries/BGD/profile')).body;
    const immigrants = section(html, 'figure-immigrants');
    expect(immigrants).toContain('International migrants living in Bangladesh');
    expect(immigrants).toMatch(/<svg [^>]*role="img"/);
    expect(immigrants).toMatch(
      /<svg [^>]*aria-label="International migrants living in Bangladesh\. Total: 987,853 in 2000, 2,115,408 in 2020\./,
    );
    expect(immigrants).toContain('Unit: persons');
    expect(immigrants).toContain('Source: UN DESA Population Division, International Migrant Stock 2020');
    expect(immigrants).toContain('Years: 2000–2020');
    expect(immigrants).toContain('<summary>Show the data as a table</summary>');
    expect(immigrants).toMatch(
      /<th scope="row">2020<\/th><td class="num">2,115,408<\/td><td class="num">1,015,396<\/td>/,
    );
    expect(immigrants).toContain('href="/countries/BGD/profile/csv/immigrants" download');
    const origins = section(html, 'figure-origins');
    expect(origins).toContain('Where migrants in Bangladesh come from');
    expect(origins).toContain('>India</text>');
    expect(origins).toContain('Years: 2020');
    const cost = section(html, 'figure-cost');
    expect(cost).toContain('>SDG target 3%</text>');
    expect(cost).toContain('>5% ceiling</text>');
    const hosted = section(html, 'figure-refugees-hosted');
    expect(hosted).toContain('Source: UNHCR, Refugee Data Finder');
    expect(section(html, 'figure-diaspora-map')).toContain('class="chart__svg map"');
  });

  it('passes the CSP: no style attribute and no <style> anywhere on the page, and stays light', async () => {
    const response = await get('/countries/BGD/profile');
    expect(response.body).not.toContain('style=');
    expect(response.body).not.toContain('<style');
    expect(response.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(gzipSync(response.body).length).toBeLessThan(40_000);
  });

  it('lists its costliest and cheapest corridors, flagging those above 5%', async () => {
    const html = (await get('/countries/TUN/profile')).body;
    const corridors = section(html, 'corridors');
    expect(corridors).toContain('France to Tunisia');
    expect(corridors).toContain('9.2%');
    expect(corridors).toContain('above 5%');
    const bangladesh = section((await get('/countries/BGD/profile')).body, 'corridors');
    expect(bangladesh).toContain('Saudi Arabia to Bangladesh');
    expect(bangladesh).not.toContain('above 5%');
  });

  it('shows the data gaps: indicators with no value, or no recent one', async () => {
    const gaps = section((await get('/countries/BGD/profile')).body, 'gaps');
    expect(gaps).toContain('Recruitment cost borne by the employee');
    expect(gaps).toMatch(
      /Recruitment cost borne by the employee<\/th><td>No value<\/td><td><strong class="tag tag--error">no data/,
    );
    expect(gaps).toContain('Bilateral remittance estimate</th><td>2017</td>');
  });

  it('says when a figure has no data instead of drawing zeros', async () => {
    const html = (await get('/countries/MDA/profile')).body;
    const abroad = section(html, 'figure-refugees-abroad');
    expect(abroad).toContain('No data on refugees abroad is loaded for Moldova.');
    expect(abroad).not.toContain('<svg');
  });

  it('shows a helpful empty state for a country with no data, not zeros', async () => {
    const response = await get('/countries/ISL/profile');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('No migration data has been loaded for Iceland yet');
    expect(response.body).toContain('href="/data"');
    expect(response.body).not.toContain('<svg role');
    expect(response.body).not.toContain('class="summary-card__value"');
    expect(section(response.body, 'gaps')).toContain('no data');
  });

  it('follows the language and direction: Arabic, right to left, mirrored time axis', async () => {
    const html = (await get('/countries/BGD/profile', 'ar')).body;
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('ملف الهجرة الموسّع');
    expect(html).toContain('المصدر: UN DESA Population Division');
    expect(html).toContain('>المجموع</text>');
    expect(html).toContain('direction="ltr"');
    const french = (await get('/countries/BGD/profile', 'fr')).body;
    expect(french).toContain('Bangladesh : migrants internationaux présents dans le pays');
    expect(french).toContain('2,1');
  });

  it('serves each chart as CSV with the values and their provenance', async () => {
    const response = await get('/countries/BGD/profile/csv/immigrants');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toBe('attachment; filename="BGD-immigrants.csv"');
    const lines = response.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('indicator,area,counterpart,sex,period,value,unit,source,release');
    expect(lines).toContain(
      'ims.stock.destination,BGD,,_T,2020,2115408,persons,"UN DESA Population Division, International Migrant Stock 2020",2020',
    );
    expect((await get('/countries/BGD/profile/csv/origins')).body).toContain(
      'ims.stock.bilateral,IND,BGD,_T,2020,1000000',
    );
    expect((await get('/countries/BGD/profile/csv/nothing')).statusCode).toBe(404);
    expect((await get('/countries/BGD/profile/csv/..%2Fetc')).statusCode).toBe(404);
  });

  it('serves anonymous visitors the same compressed page, and signed-in users their own', async () => {
    const first = await ctx.app.inject({
      url: '/countries/JAM/profile',
      headers: { 'accept-encoding': 'gzip' },
    });
    const second = await ctx.app.inject({
      url: '/countries/JAM/profile',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(second.headers['content-encoding']).toBe('gzip');
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers['content-security-policy']).toContain("style-src 'self'");
    expect(gunzipSync(second.rawPayload).toString()).toBe(gunzipSync(first.rawPayload).toString());
    expect((await get('/countries/JAM/profile')).body).toBe(gunzipSync(second.rawPayload).toString());
    const user = await buildUser(ctx.db, { name: 'Nadia Editor' });
    const cookie = `${SESSION_COOKIE}=${await createSession(ctx.db.kysely, user.id, { days: 1 })}`;
    const signedIn = await ctx.app.inject({ url: '/countries/JAM/profile', headers: { cookie } });
    expect(signedIn.body).toContain('Nadia Editor');
    expect((await get('/countries/JAM/profile')).body).not.toContain('Nadia Editor');
  });

  it('answers unknown and malformed countries with 404', async () => {
    expect((await get('/countries/QQQ/profile')).statusCode).toBe(404);
    expect((await get('/countries/B1D/profile')).statusCode).toBe(404);
    expect((await get('/countries/QQQ/profile/csv/immigrants')).statusCode).toBe(404);
  });

  it('adds a panel with key figures and a link to the country page', async () => {
    const html = (await get('/countries/JAM')).body;
    expect(html).toContain('Migration data');
    expect(html).toContain('UN DESA Population Division, International Migrant Stock 2020, 2020');
    expect(html).toContain('href="/countries/JAM/profile"');
    const empty = (await get('/countries/ISL')).body;
    expect(empty).toContain('No migration data is loaded for Iceland yet.');
  });

  it('shows new figures as soon as an import makes a new release current', async () => {
    const before = (await get('/countries/TUN/profile')).body;
    expect(before).not.toContain('Recruitment cost borne by the employee</th><td>2024');
    const release = await buildRelease(ctx.db, fixtures.datasets.wdi.id, { label: 'country data' });
    await insertObservations(ctx.db, release.id, [[codes.RECRUITMENT_COST, 'TUN', '', '2024', 2.5]]);
    const after = (await get('/countries/TUN/profile')).body;
    expect(section(after, 'gaps')).not.toContain('Recruitment cost');
  });
});
