import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { testApp } from '../../../test/support/http.ts';

describe.each(DIALECTS)('countries on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
  });
  afterAll(() => ctx.close());

  it('lists every ISO 3166 country with a numeric code for anonymous visitors', async () => {
    const response = await ctx.app.inject('/api/v1/countries');
    expect(response.statusCode).toBe(200);
    const { data, next } = response.json() as {
      data: { alpha3: string; region: { code: string } | null }[];
      next: null;
    };
    expect(data.length).toBe(249);
    expect(next).toBeNull();
    expect(data.map((c) => c.alpha3)).toEqual(expect.arrayContaining(['BGD', 'JAM', 'MDA', 'TUN']));
  });

  it('filters by M49 region and names countries in the request language', async () => {
    const response = await ctx.app.inject({
      url: '/api/v1/countries?region=019',
      headers: { 'accept-language': 'fr' },
    });
    const { data } = response.json() as { data: { alpha3: string; name: string }[] };
    expect(data.find((c) => c.alpha3 === 'JAM')?.name).toBe('Jamaïque');
    expect(data.some((c) => c.alpha3 === 'BGD')).toBe(false);
  });

  it('maps countries to M49 sub-regions, including those the package names differently', async () => {
    const mexico = (await ctx.app.inject('/api/v1/countries/mex')).json() as { subregion: { code: string } };
    const moldova = (await ctx.app.inject('/api/v1/countries/MDA')).json() as { subregion: { code: string } };
    const poland = (await ctx.app.inject('/api/v1/countries/POL')).json() as { subregion: { code: string } };
    expect(mexico.subregion.code).toBe('013');
    expect(moldova.subregion.code).toBe('151');
    expect(poland.subregion.code).toBe('151');
  });

  it('answers an unknown country with problem+json 404 and a malformed code with 422', async () => {
    const unknown = await ctx.app.inject('/api/v1/countries/XXX');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    expect(unknown.json()).toMatchObject({ status: 404, code: 'NotFound' });
    const malformed = await ctx.app.inject('/api/v1/countries/12345');
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json()).toMatchObject({
      code: 'ValidationFailed',
      errors: [{ location: 'params', pointer: '/alpha3' }],
    });
  });

  it('renders the country list and a country page in Arabic, right to left', async () => {
    const list = await ctx.app.inject({ url: '/countries?region=142', headers: { 'accept-language': 'ar' } });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('<html lang="ar" dir="rtl">');
    expect(list.body).toContain('بنغلاديش');
    const page = await ctx.app.inject({ url: '/countries/tun', headers: { 'accept-language': 'es' } });
    expect(page.body).toContain('<h1>Túnez</h1>');
    expect(page.body).toContain('África septentrional');
  });

  it('ignores an unknown region filter instead of failing', async () => {
    const list = await ctx.app.inject('/countries?region=abc');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Bangladesh');
  });

  it('answers an unknown country page with a 404 page', async () => {
    const page = await ctx.app.inject('/countries/QQQ');
    expect(page.statusCode).toBe(404);
    expect(page.body).toContain('Page not found');
  });
});
