import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataFixtures } from '../../../test/support/data-fixtures.ts';
import { DIALECTS } from '../../../test/support/databases.ts';
import { testApp } from '../../../test/support/http.ts';

function figure(html: string, id: string): string {
  const start = html.indexOf(`id="figure-${id}"`);
  if (start < 0) throw new Error(`no figure ${id}`);
  const end = html.indexOf('id="figure-', start + 10);
  return html.slice(start, end < 0 ? undefined : end);
}

describe.each(DIALECTS)('corridors on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    await loadDataFixtures(ctx.db);
  });
  afterAll(() => ctx.close());

  const get = (url: string, lang = 'en') => ctx.app.inject({ url, headers: { 'accept-language': lang } });

  it('shows the explorer form to anonymous visitors, with every country to choose', async () => {
    const response = await get('/corridors');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<form method="get" action="/corridors"');
    expect(response.body).toContain('<select class="input" id="origin" name="origin"');
    expect(response.body).toContain('<option value="BGD">Bangladesh</option>');
    expect(response.body).toContain('href="/corridors/ranking"');
  });

  it('shows a corridor both ways: stock, refugees, remittances and cost against the targets', async () => {
    const response = await get('/corridors?origin=mex&destination=USA');
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('<h1>Mexico to United States</h1>');
    expect(html).toContain('<option value="MEX" selected="">Mexico</option>');
    const stock = figure(html, 'stock');
    expect(stock).toContain('<th scope="col" class="num">Born in Mexico, living in United States</th>');
    expect(stock).toContain('<th scope="col" class="num">Born in United States, living in Mexico</th>');
    expect(stock).toMatch(/<tspan[^>]*>Born in Mexico, living<\/tspan><tspan[^>]*>in United States<\/tspan>/);
    expect(stock).toContain('Source: UN DESA Population Division, International Migrant Stock 2020');
    expect(stock).toContain('10,853,105');
    const refugees = figure(html, 'refugees');
    expect(refugees).toContain('Refugees from Mexico in United States');
    expect(refugees).toContain('Asylum seekers from Mexico in United States');
    const remittances = figure(html, 'remittances');
    expect(remittances).toContain('US$ 30,015 million');
    expect(remittances).toContain('Years: 2017');
    const cost = figure(html, 'cost');
    expect(cost).toContain('>SDG target 3%</text>');
    expect(cost).toContain('>5% ceiling</text>');
    expect(cost).toContain('Years: 2019-Q3–2020-Q3');
    expect(cost).toContain('href="/corridors/csv/cost?origin=MEX&amp;destination=USA" download');
    expect(html).not.toContain('style=');
  });

  it('serves each corridor figure as CSV', async () => {
    const response = await get('/corridors/csv/cost?origin=USA&destination=MEX');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="USA-MEX-cost.csv"');
    expect(response.body).toContain('rpw.corridor.cost,USA,MEX,_T,2020-Q3,4.5,percent');
    expect((await get('/corridors/csv/cost?origin=USA')).statusCode).toBe(404);
    expect((await get('/corridors/csv/other?origin=USA&destination=MEX')).statusCode).toBe(404);
  });

  it('says so when nothing is loaded for a corridor, rather than drawing zeros', async () => {
    const response = await get('/corridors?origin=ISL&destination=NOR');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('No data is loaded yet for the corridor between Iceland and Norway.');
    expect(response.body).not.toContain('<svg role');
  });

  it('refuses bad choices with a message that says how to fix them', async () => {
    const same = await get('/corridors?origin=MEX&destination=MEX');
    expect(same.statusCode).toBe(400);
    expect(same.body).toContain('There is a problem');
    expect(same.body).toContain('Select a destination country different from the origin country');
    const unknown = await get('/corridors?origin=QQQ&destination=MEX');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Select origin country from the list');
    const missing = await get('/corridors?origin=MEX');
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('href="#destination"');
    const garbage = await get(`/corridors?origin=${'x'.repeat(500)}&destination=MEX`);
    expect(garbage.statusCode).toBe(400);
  });

  it('ranks corridors by latest cost, flagging those above 5%', async () => {
    const response = await get('/corridors/ranking');
    expect(response.statusCode).toBe(200);
    const html = response.body;
    expect(html).toContain('3 of 8 corridors cost more than 5%.');
    const rows = [
      ...html.matchAll(
        /<tr><td class="num">(\d+)<\/td><th scope="row"><a href="[^"]+">([^<]+)<\/a><\/th><td>([^<]+)<\/td><td class="num">([^<]+)<\/td><td><strong class="tag tag--(\w+)">([^<]+)</g,
      ),
    ];
    expect(rows.map((r) => [r[1], r[2], r[4], r[6]])).toEqual([
      ['1', 'France to Tunisia', '9.2%', 'above 5%'],
      ['2', 'United States to Jamaica', '7.6%', 'above 5%'],
      ['3', 'Italy to Moldova', '5.7%', 'above 5%'],
      ['4', 'United States to Mexico', '4.5%', 'within 5%'],
      ['5', 'United Kingdom to Bangladesh', '4.3%', 'within 5%'],
      ['6', 'United Arab Emirates to Bangladesh', '3.7%', 'within 5%'],
      ['7', 'Saudi Arabia to Bangladesh', '3.2%', 'within 5%'],
      ['8', 'Russia to Moldova', '1.9%', 'within 5%'],
    ]);
    expect(rows[0]![5]).toBe('warning');
    expect(html).toContain('Source: World Bank, Remittance Prices Worldwide (Corridors)');
  });

  it('filters the ranking by country, ignores nonsense filters, and offers it as CSV', async () => {
    const moldova = (await get('/corridors/ranking?country=mda')).body;
    expect(moldova).toContain('1 of 2 corridors cost more than 5%.');
    expect((await get('/corridors/ranking?country=<b>&page=-3')).statusCode).toBe(200);
    const csv = await get('/corridors/ranking.csv?country=MDA');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.replace('\uFEFF', '').trim().split('\r\n')).toEqual([
      'rank,origin,destination,period,cost_percent,above_5_percent,source,release',
      '1,ITA,MDA,2020-Q3,5.7,yes,"World Bank, Remittance Prices Worldwide (Corridors)",2020-12-07',
      '2,RUS,MDA,2020-Q3,1.9,no,"World Bank, Remittance Prices Worldwide (Corridors)",2020-12-07',
    ]);
  });

  it('reads right to left in Arabic', async () => {
    const html = (await get('/corridors/ranking', 'ar')).body;
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('أعلى من 5%');
  });
});
