import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertObservations, loadDataFixtures } from '../../../test/support/data-fixtures.ts';
import { DIALECTS } from '../../../test/support/databases.ts';
import { testApp } from '../../../test/support/http.ts';
import { OTHER_AREAS } from '../countries/index.ts';
import { AGGREGATES } from './catalogue.ts';
import * as codes from './series-codes.ts';

/**
 * Areas outside ISO 3166 that publishers report (Kosovo, the Channel Islands): kept as `AGG:`
 * areas in the store, with a profile page and a place in the corridor explorer (decision 39).
 */
describe.each(DIALECTS)('areas outside ISO 3166 on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    const fixtures = await loadDataFixtures(ctx.db);
    await insertObservations(ctx.db, fixtures.releases.undesa.id, [
      [codes.IMS_STOCK_DESTINATION, 'AGG:XKX', '', '2020', 120_341],
      [codes.IMS_STOCK_BILATERAL, 'AGG:XKX', 'USA', '2020', 31_207],
    ]);
    await insertObservations(ctx.db, fixtures.releases.rpw.id, [
      [codes.RPW_CORRIDOR_COST, 'USA', 'AGG:XKX', '2020-Q3', 6.25],
    ]);
  });
  afterAll(() => ctx.close());

  const get = (url: string, lang = 'en') => ctx.app.inject({ url, headers: { 'accept-language': lang } });

  it('every area with a page is an area of the catalogue', () => {
    const areas = new Set(AGGREGATES.filter((a) => a.kind === 'area').map((a) => a.code));
    for (const area of OTHER_AREAS) expect(areas.has(`AGG:${area.code}`), area.code).toBe(true);
  });

  it('Kosovo has a profile page with its figures, said to be outside ISO 3166', async () => {
    const response = await get('/countries/xkx/profile');
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('Kosovo');
    expect(html).toContain('Kosovo is not a country in ISO 3166, but data publishers report it');
    expect(html).toContain('120,341');
    expect(html).toContain('href="/countries/XKX/profile/csv/');
    expect(html).toContain('href="/countries/XKX/profile.pdf"');
    // There is no country page to go back to.
    expect(html).not.toContain('href="/countries/XKX"');
    // Narratives are written by a country's team: an area has none, and no place for one.
    expect(html).not.toContain('id="narrative"');
    const csv = await get('/countries/XKX/profile/csv/immigrants');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('120341');
    expect((await get('/countries/XKX/profile.pdf')).statusCode).toBe(200);
  });

  it('the Channel Islands have a page too, named in the reader’s language; Kosovo is not a country', async () => {
    const french = await get('/countries/CHI/profile', 'fr');
    expect(french.statusCode).toBe(200);
    expect(french.body).toContain('Îles Anglo-Normandes');
    expect((await get('/countries/XKX')).statusCode).toBe(404);
    expect((await get('/countries/UNK/profile')).statusCode).toBe(404);
    expect((await get('/countries/AGG:XKX/profile')).statusCode).toBe(404);
    const api = (await get('/api/v1/countries')).json() as { data: { alpha3: string }[] };
    expect(api.data.map((c) => c.alpha3)).not.toContain('XKX');
  });

  it('the countries list names them apart, with links to their profiles', async () => {
    const response = await get('/countries');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Other areas in the published data');
    expect(response.body).toContain('<a href="/countries/XKX/profile">Migration profile of Kosovo</a>');
    expect((await get('/countries?region=150')).body).not.toContain('/countries/XKX/profile');
  });

  it('the corridor explorer takes Kosovo, shown in the list as an area outside ISO 3166', async () => {
    const form = await get('/corridors');
    expect(form.body).toContain('<option value="XKX">Kosovo (area outside ISO 3166)</option>');
    const response = await get('/corridors?origin=XKX&destination=USA');
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('<h1>Kosovo to United States</h1>');
    expect(html).toContain('31,207');
    expect(html).toContain('href="/countries/XKX/profile"');
    expect(html).toContain('href="/corridors/csv/stock?origin=XKX&amp;destination=USA"');
    const csv = await get('/corridors/csv/stock?origin=XKX&destination=USA');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('31207');
    expect((await get('/corridors?origin=QQQ&destination=USA')).statusCode).toBe(400);
  });

  it('the corridor ranking filters on Kosovo and links its corridors', async () => {
    const response = await get('/corridors/ranking?country=XKX');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('href="/corridors?origin=USA&amp;destination=XKX"');
    expect(response.body).toContain('United States to Kosovo');
  });
});
