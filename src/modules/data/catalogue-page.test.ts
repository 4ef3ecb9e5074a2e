import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, buildRelease, loadDataFixtures } from '../../../test/support/data-fixtures.ts';
import { DIALECTS } from '../../../test/support/databases.ts';
import { testApp } from '../../../test/support/http.ts';
import { BILATERAL_CODES, SERIES_CODES } from './series-codes.ts';

describe.each(DIALECTS)('data catalogue page and maps on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
  });
  afterAll(() => ctx.close());

  const get = (url: string, lang = 'en') => ctx.app.inject({ url, headers: { 'accept-language': lang } });

  it('says what to expect before anything is imported', async () => {
    const response = await get('/data');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('No dataset has been imported yet.');
    // The indicator catalogue is loaded on start, so the map offers its indicators, with no values.
    const map = await get('/data/map');
    expect(map.statusCode).toBe(200);
    expect(map.body).toMatch(/No values are loaded for [^<]+\./);
  });

  it('lists each dataset with source, licence, current release and last import, publicly', async () => {
    await loadDataFixtures(ctx.db);
    const failed = await buildDataset(ctx.db, { title: 'A country survey', publisher: 'Statistics Tunisia' });
    await buildRelease(ctx.db, failed.id, { label: 'draft', current: false, status: 'failed' });
    const html = (await get('/data')).body;
    expect(html).toMatch(/<a href="\/data" aria-current="page">Data<\/a>/);
    expect(html).toMatch(
      /<th scope="row"><a href="https:\/\/www.un.org[^"]*">International Migrant Stock 2020<\/a><\/th><td>UN DESA Population Division<\/td><td>CC BY 3.0 IGO<\/td><td>2020<br\/><span class="muted small">\d+ values<\/span><\/td><td>/,
    );
    expect(html).toContain('Remittance Prices Worldwide (Corridors)');
    expect(html).toMatch(
      /A country survey<\/th><td>Statistics Tunisia<\/td><td>CC BY 4.0<\/td><td><span class="muted">No complete release yet<\/span><\/td><td>[^<]+ <strong class="tag tag--error">failed<\/strong>/,
    );
    expect(html).toContain('<code>ims.stock.destination</code>');
    expect(html).toContain('href="/data/map?indicator=ims.stock.destination"');
    expect(html).toContain('SDG 10.c.1');
  });

  it('names datasets and indicators in the reader language', async () => {
    const html = (await get('/data', 'es')).body;
    expect(html).toContain('Conjuntos de datos');
    expect(html).toContain('Población de migrantes internacionales');
  });

  it('draws a world map of a country indicator, marking missing countries as no data', async () => {
    const response = await get('/data/map?indicator=ims.stock.destination&period=2020');
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('International migrant stock, 2020');
    expect(html).toMatch(
      /<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart__svg map"[^>]* role="img"/,
    );
    expect(html).toContain('<title>Brazil: no data</title>');
    expect(html).toContain('<title>Bangladesh: 2,115,408</title>');
    expect(html).toContain('chart__swatch');
    expect(html).toMatch(/<li><svg class="chart__swatch"[^>]*>.*?<path[^>]*><\/path><\/svg>no data<\/li>/);
    expect(html).not.toContain('style=');
    expect(html).toContain('href="/data/map.csv?indicator=ims.stock.destination&amp;period=2020"');
    const csv = await get('/data/map.csv?indicator=ims.stock.destination&period=2020');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('ims.stock.destination,USA,,_T,2020,50632836,persons');
    expect(csv.body).not.toContain('AGG:WLD');
  });

  it('falls back to the latest year and the first indicator on unknown choices', async () => {
    const html = (await get('/data/map?indicator=nope&period=1800')).body;
    expect(html).toContain('<option value="ims.stock.destination" selected="">');
    expect(html).toContain('International migrant stock, 2020');
    expect((await get('/data/map.csv?indicator=nope')).statusCode).toBe(404);
    expect((await get('/data/map.csv')).statusCode).toBe(404);
  });

  it('reads only codes the importers catalogue declares, with the same shape', async () => {
    const rows = await ctx.db.kysely.selectFrom('indicators').select(['code', 'shape']).execute();
    const shapes = new Map(rows.map((r) => [r.code, r.shape]));
    for (const code of SERIES_CODES) {
      expect(shapes.get(code), code).toBe(BILATERAL_CODES.includes(code) ? 'bilateral' : 'country');
    }
  });
});
