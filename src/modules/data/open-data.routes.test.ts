import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRelease, insertObservations, loadDataFixtures } from '../../../test/support/data-fixtures.ts';
import { DIALECTS } from '../../../test/support/databases.ts';
import { testApp } from '../../../test/support/http.ts';
import { bilateralOut, indicatorOut, page, seriesOut } from './open-data.schema.ts';
import * as codes from './series-codes.ts';

describe.each(DIALECTS)('open data API on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let fixtures: Awaited<ReturnType<typeof loadDataFixtures>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    fixtures = await loadDataFixtures(ctx.db);
  });
  afterAll(() => ctx.close());

  const get = (url: string, headers: Record<string, string> = {}) => ctx.app.inject({ url, headers });

  describe('GET /api/v1/indicators', () => {
    it('lists the catalogue to anonymous callers, named in the request language', async () => {
      const response = await get('/api/v1/indicators', { 'accept-language': 'fr' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('application/json');
      const body = page(indicatorOut).parse(response.json());
      expect(body.next).toBeNull();
      expect(body.data.map((i) => i.code)).toEqual([...body.data.map((i) => i.code)].sort());
      const stock = body.data.find((i) => i.code === codes.IMS_STOCK_DESTINATION);
      expect(stock).toMatchObject({
        name: 'Nombre de migrants internationaux',
        unit: 'persons',
        shape: 'country',
      });
      expect(body.data.find((i) => i.code === codes.RPW_CORRIDOR_COST)).toMatchObject({
        shape: 'bilateral',
        sdg: '10.c.1',
      });
    });

    it('pages by cursor without gaps or repeats, and filters by shape', async () => {
      const all = (await get('/api/v1/indicators')).json().data.map((i: { code: string }) => i.code);
      const seen: string[] = [];
      let url = '/api/v1/indicators?limit=4';
      for (let guard = 0; guard < 10 && url; guard++) {
        const body = (await get(url)).json() as { data: { code: string }[]; next: string | null };
        expect(body.data.length).toBeLessThanOrEqual(4);
        seen.push(...body.data.map((i) => i.code));
        url = body.next ? `/api/v1/indicators?limit=4&cursor=${body.next}` : '';
      }
      expect(seen).toEqual(all);
      const bilateral = (await get('/api/v1/indicators?shape=bilateral')).json() as {
        data: { shape: string }[];
      };
      expect(bilateral.data.length).toBe(5);
      expect(bilateral.data.every((i) => i.shape === 'bilateral')).toBe(true);
    });

    it('answers CSV when asked, and refuses SDMX-CSV for the catalogue', async () => {
      const csv = await get('/api/v1/indicators?format=csv');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body.split('\r\n')[0]).toBe(
        '\uFEFFcode,name_en,name_fr,name_es,name_ar,unit,shape,source,licence,sdg,owner_country',
      );
      const sdmx = await get('/api/v1/indicators?format=sdmx-csv');
      expect(sdmx.statusCode).toBe(400);
      expect(sdmx.json()).toMatchObject({ code: 'UnsupportedFormat' });
    });
  });

  describe('GET /api/v1/series', () => {
    it('gives all loaded indicators of a country from current releases, with provenance', async () => {
      const response = await get('/api/v1/series?country=bgd');
      expect(response.statusCode).toBe(200);
      const body = page(seriesOut).parse(response.json());
      expect(body.next).toBeNull();
      const indicators = new Set(body.data.map((r) => r.indicator));
      expect(indicators).toEqual(
        new Set([
          codes.IMS_STOCK_DESTINATION,
          codes.IMS_STOCK_ORIGIN,
          codes.REMITTANCES_RECEIVED_USD,
          codes.REMITTANCES_RECEIVED_GDP,
          codes.REMITTANCES_PAID_USD,
          codes.COST_INBOUND,
        ]),
      );
      const stock2020 = body.data.find(
        (r) => r.indicator === codes.IMS_STOCK_DESTINATION && r.period === '2020' && r.sex === '_T',
      );
      expect(stock2020).toMatchObject({
        country: 'BGD',
        value: 2_115_408,
        unit: 'persons',
        dataset: 'International Migrant Stock 2020',
        release: '2020',
      });
      expect(typeof stock2020?.sourceRow).toBe('number');
      expect(body.data.some((r) => r.value === 999)).toBe(false);
    });

    it('filters by indicator, period range and sex', async () => {
      const body = (
        await get(
          `/api/v1/series?country=BGD&indicator=${codes.IMS_STOCK_DESTINATION}&from=2010&to=2015&sex=F`,
        )
      ).json() as { data: { period: string; sex: string }[] };
      expect(body.data.map((r) => `${r.period}/${r.sex}`)).toEqual(['2010/F', '2015/F']);
      const world = (
        await get(`/api/v1/series?country=AGG:WLD&indicator=${codes.IMS_STOCK_DESTINATION}&sex=_T`)
      ).json();
      expect(world.data.at(-1)).toMatchObject({ country: 'AGG:WLD', period: '2020', value: 280_598_105 });
    });

    it('pages in a stable order, each page continuing where the last stopped', async () => {
      const all = (await get('/api/v1/series?country=BGD')).json().data as unknown[];
      const seen: unknown[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const response = await get(`/api/v1/series?country=BGD&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        const body = response.json() as { data: unknown[]; next: string | null };
        seen.push(...body.data);
        cursor = body.next;
        pages++;
      } while (cursor && pages < 50);
      expect(pages).toBe(Math.ceil(all.length / 7));
      expect(seen).toEqual(all);
    });

    it('answers CSV for Accept: text/csv and format=csv, with a Link to the next page', async () => {
      const byAccept = await get(`/api/v1/series?country=BGD&indicator=${codes.COST_INBOUND}`, {
        accept: 'text/csv',
      });
      expect(byAccept.statusCode).toBe(200);
      expect(byAccept.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(byAccept.headers['content-disposition']).toBe(
        `attachment; filename="series-BGD-${codes.COST_INBOUND}.csv"`,
      );
      const lines = byAccept.body.replace('\uFEFF', '').trim().split('\r\n');
      expect(lines[0]).toBe('country,indicator,sex,age,period,value,unit,dataset,release,source_row');
      expect(lines).toHaveLength(6);
      expect(lines[5]).toMatch(
        /^BGD,SI\.RMT\.COST\.IB\.ZS,_T,_T,2020,4\.3,percent,World Development Indicators,2023-05-10,\d+$/,
      );
      const paged = await get('/api/v1/series?country=BGD&format=csv&limit=2');
      expect(paged.headers.link).toMatch(
        /^<\/api\/v1\/series\?country=BGD&format=csv&limit=2&cursor=[\w-]+>; rel="next"$/,
      );
    });

    it('answers SDMX-CSV 1.0 with SDMX codes', async () => {
      const response = await get(
        `/api/v1/series?country=BGD&indicator=${codes.IMS_STOCK_DESTINATION}&format=sdmx-csv&from=2020`,
      );
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe(
        'application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8',
      );
      const lines = response.body.trim().split('\r\n');
      expect(lines[0]).toBe(
        'DATAFLOW,REF_AREA,INDICATOR,SEX,AGE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT',
      );
      expect(lines).toContain('CORRIDOR:DF_MIGRATION(1.0),BGD,IMS_STOCK_DESTINATION,_T,_T,2020,2115408,PS,0');
      expect(lines).toHaveLength(4);
      const accepted = await get(`/api/v1/series?country=BGD&indicator=${codes.COST_INBOUND}`, {
        accept: 'application/vnd.sdmx.data+csv',
      });
      expect(accepted.headers['content-type']).toContain('application/vnd.sdmx.data+csv');
    });

    it('sends an ETag and public caching, and 304 with no body when it matches', async () => {
      const url = `/api/v1/series?country=JAM&indicator=${codes.REMITTANCES_RECEIVED_GDP}`;
      const first = await get(url);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[\w-]{32}"$/);
      expect(first.headers['cache-control']).toBe('public, max-age=300');
      expect(first.headers.vary).toContain('Accept');
      const again = await get(url, { 'if-none-match': etag });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      const listed = await get(url, { 'if-none-match': `"other", W/${etag}` });
      expect(listed.statusCode).toBe(304);
      const changed = await get(url, { 'if-none-match': '"something-else"' });
      expect(changed.statusCode).toBe(200);
      const csv = await get(`${url}&format=csv`);
      expect(csv.headers.etag).not.toBe(etag);
      expect(
        (await get(`${url}&format=csv`, { 'if-none-match': csv.headers.etag as string })).statusCode,
      ).toBe(304);
    });

    it('gives an empty page, not zeros, for a country with no data', async () => {
      const response = await get('/api/v1/series?country=ISL');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ data: [], next: null });
    });

    it('refuses bad input with problem+json and says what is wrong', async () => {
      const cases: [string, number, string][] = [
        ['/api/v1/series', 422, 'ValidationFailed'],
        ['/api/v1/series?country=', 422, 'ValidationFailed'],
        ['/api/v1/series?country=BANGLADESH', 422, 'ValidationFailed'],
        ['/api/v1/series?country=BGD&from=20', 422, 'ValidationFailed'],
        ['/api/v1/series?country=BGD&limit=0', 422, 'ValidationFailed'],
        ['/api/v1/series?country=BGD&limit=abc', 422, 'ValidationFailed'],
        ['/api/v1/series?country=BGD&limit=10001', 422, 'ValidationFailed'],
        ['/api/v1/series?country=BGD&format=xml', 422, 'ValidationFailed'],
        [`/api/v1/series?country=BGD&cursor=${'x'.repeat(1001)}`, 422, 'ValidationFailed'],
        ['/api/v1/series?country=BGD&cursor=not-a-cursor', 400, 'InvalidCursor'],
        ['/api/v1/series?country=BGD&from=2020&to=2010', 400, 'InvalidPeriodRange'],
        [`/api/v1/series?country=BGD&indicator=${codes.UNHCR_REFUGEES}`, 400, 'IndicatorIsBilateral'],
        ['/api/v1/series?country=BGD&indicator=no.such.thing', 404, 'NotFound'],
        ['/api/v1/series?country=XYZ', 404, 'NotFound'],
      ];
      for (const [url, status, code] of cases) {
        const response = await get(url);
        expect(response.statusCode, url).toBe(status);
        expect(response.headers['content-type'], url).toContain('application/problem+json');
        expect(response.json(), url).toMatchObject({ status, code });
      }
    });
  });

  describe('GET /api/v1/bilateral', () => {
    it('gives one direction of a corridor with provenance', async () => {
      const response = await get('/api/v1/bilateral?origin=MEX&destination=USA');
      expect(response.statusCode).toBe(200);
      const body = page(bilateralOut).parse(response.json());
      const stock = body.data.filter((r) => r.indicator === codes.IMS_STOCK_BILATERAL && r.period === '2020');
      expect(stock.map((r) => [r.sex, r.value])).toEqual([
        ['F', 5_200_000],
        ['M', 5_653_105],
        ['_T', 10_853_105],
      ]);
      expect(body.data.every((r) => r.origin === 'MEX' && r.destination === 'USA')).toBe(true);
      expect(new Set(body.data.map((r) => r.indicator))).toEqual(
        new Set([
          codes.IMS_STOCK_BILATERAL,
          codes.KNOMAD_BILATERAL,
          codes.UNHCR_REFUGEES,
          codes.UNHCR_ASYLUM,
        ]),
      );
      const reverse = (
        await get(`/api/v1/bilateral?origin=USA&destination=MEX&indicator=${codes.RPW_CORRIDOR_COST}`)
      ).json();
      expect(reverse.data.map((r: { period: string }) => r.period)).toEqual([
        '2019-Q3',
        '2020-Q1',
        '2020-Q2',
        '2020-Q3',
      ]);
      expect(reverse.data.at(-1)).toMatchObject({ value: 4.5, unit: 'percent', release: '2020-12-07' });
    });

    it('filters quarters by year bounds, inclusive', async () => {
      const body = (
        await get(
          `/api/v1/bilateral?origin=USA&destination=MEX&indicator=${codes.RPW_CORRIDOR_COST}&from=2020&to=2020`,
        )
      ).json() as { data: { period: string }[] };
      expect(body.data.map((r) => r.period)).toEqual(['2020-Q1', '2020-Q2', '2020-Q3']);
    });

    it('pages, and answers CSV and SDMX-CSV with both areas', async () => {
      const first = (await get('/api/v1/bilateral?origin=MEX&destination=USA&limit=3')).json();
      expect(first.data).toHaveLength(3);
      const second = (
        await get(`/api/v1/bilateral?origin=MEX&destination=USA&limit=3&cursor=${first.next}`)
      ).json();
      const all = (await get('/api/v1/bilateral?origin=MEX&destination=USA')).json();
      expect([...first.data, ...second.data]).toEqual(all.data.slice(0, 6));
      const csv = await get('/api/v1/bilateral?origin=MEX&destination=USA&format=csv');
      expect(csv.headers['content-disposition']).toBe('attachment; filename="bilateral-MEX-USA.csv"');
      expect(csv.body.split('\r\n')[0]).toBe(
        '\uFEFForigin,destination,indicator,sex,age,period,value,unit,dataset,release,source_row',
      );
      const sdmx = await get(
        `/api/v1/bilateral?origin=USA&destination=MEX&indicator=${codes.KNOMAD_BILATERAL}&format=sdmx-csv`,
      );
      expect(sdmx.body.trim().split('\r\n')).toEqual([
        'DATAFLOW,REF_AREA,COUNTERPART_AREA,INDICATOR,SEX,AGE,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT',
        'CORRIDOR:DF_MIGRATION_BILATERAL(1.0),USA,MEX,KNOMAD_BILATERAL,_T,_T,2017,30015,USD,6',
      ]);
    });

    it('refuses a missing side, a country indicator and unknown countries', async () => {
      expect((await get('/api/v1/bilateral?origin=MEX')).statusCode).toBe(422);
      const wrong = await get(`/api/v1/bilateral?origin=MEX&destination=USA&indicator=${codes.COST_INBOUND}`);
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json()).toMatchObject({ code: 'IndicatorIsNotBilateral' });
      expect((await get('/api/v1/bilateral?origin=MEX&destination=QQQ')).statusCode).toBe(404);
      const badCursor = await get(
        `/api/v1/bilateral?origin=MEX&destination=USA&cursor=${Buffer.from('["a"]').toString('base64url')}`,
      );
      expect(badCursor.json()).toMatchObject({ code: 'InvalidCursor' });
    });
  });

  it('compresses for clients that accept gzip, keeping the ETag', async () => {
    const url = '/api/v1/series?country=MEX';
    const plain = await get(url);
    const zipped = await get(url, { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.etag).toBe(plain.headers.etag);
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    const notModified = await get(url, {
      'accept-encoding': 'gzip',
      'if-none-match': plain.headers.etag as string,
    });
    expect(notModified.statusCode).toBe(304);
  });

  it('serves new values as soon as an import makes a release current', async () => {
    const url = `/api/v1/series?country=TUN&indicator=${codes.RECRUITMENT_COST}`;
    const before = await get(url);
    expect(before.json()).toEqual({ data: [], next: null });
    const release = await buildRelease(ctx.db, fixtures.datasets.wdi.id, { label: 'country data' });
    await insertObservations(ctx.db, release.id, [[codes.RECRUITMENT_COST, 'TUN', '', '2024', 2.5]]);
    const after = await get(url, { 'if-none-match': before.headers.etag as string });
    expect(after.statusCode).toBe(200);
    expect(after.json().data).toMatchObject([
      { country: 'TUN', period: '2024', value: 2.5, release: 'country data' },
    ]);
  });

  it('documents the three endpoints in the OpenAPI document', async () => {
    const doc = (await get('/api/openapi.json')).json() as {
      paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/indicators', '/api/v1/series', '/api/v1/bilateral']),
    );
    const params = doc.paths['/api/v1/series']?.get?.parameters?.map((p) => p.name) ?? [];
    expect(params).toEqual(
      expect.arrayContaining(['country', 'indicator', 'from', 'to', 'format', 'cursor', 'limit']),
    );
  });
});
