import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/auth/session.repository.ts';
import { apiToken } from '../../src/modules/admin/admin.test-helpers.ts';
import { lastPage, pageNumber, pastLastPage } from '../../src/web/paging.ts';
import { DIALECTS } from '../support/databases.ts';
import { buildProcess } from '../support/factories.ts';
import { buildUser, testApp } from '../support/http.ts';

/** Every paged list reads its page number and limit within bounds: never a 500. */
const HUGE = '9223372036854775807';

describe('page numbers', () => {
  it('read anything that is not a whole number from 1 as page 1, and cap the rest', () => {
    expect(pageNumber.parse(undefined)).toBe(1);
    for (const value of ['', 'x', '0', '-3', '1.5', ['2', '3'], 'NaN'])
      expect(pageNumber.parse(value)).toBe(1);
    expect(pageNumber.parse('7')).toBe(7);
    for (const value of [HUGE, '1e400', 'Infinity']) expect(pageNumber.parse(value)).toBe(100_000);
  });

  it('send a page past the end to the last one, keeping the other parameters', () => {
    expect(lastPage(0, 20)).toBe(1);
    expect(lastPage(41, 20)).toBe(3);
    expect(pastLastPage('/processes?country=MDA&page=9', 9, 41, 20)).toBe('/processes?country=MDA&page=3');
    expect(pastLastPage('/processes?page=9&country=MDA', 9, 5, 20)).toBe('/processes?country=MDA');
    expect(pastLastPage('/processes?page=3', 3, 41, 20)).toBeNull();
  });
});

describe.each(DIALECTS)('paged lists on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let adminCookie: string;
  let adminToken: string;
  let processId: string;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    const admin = await buildUser(ctx.db, { role: 'admin' });
    adminCookie = `corridor_session=${await createSession(ctx.db.kysely, admin.id, { days: 1 })}`;
    adminToken = await apiToken(ctx.db, admin);
    processId = (await buildProcess(ctx.db)).id;
  });
  afterAll(() => ctx.close());

  it('answers a huge page number with the last page, never 500', async () => {
    const lists = [
      '/data/imports',
      '/processes',
      '/events',
      '/programmes',
      '/lessons',
      '/lessons?theme=theme%3Adata',
      `/processes/${processId}/lessons`,
      '/corridors/ranking',
      '/organisations',
    ];
    for (const list of lists) {
      for (const page of [HUGE, '9007199254740991', '1e400', '-1', 'x']) {
        const url = `${list}${list.includes('?') ? '&' : '?'}page=${page}`;
        const response = await ctx.app.inject({ url, headers: { cookie: adminCookie } });
        // A number past the end goes to the last page (the directory shows it in place); a page
        // number that is no number at all is page 1.
        const past = !['-1', 'x'].includes(page) && list !== '/organisations';
        expect(response.statusCode, url).toBe(past ? 303 : 200);
        if (response.statusCode === 303) {
          expect(response.headers.location, url).toBe(list);
          const last = await ctx.app.inject({ url: list, headers: { cookie: adminCookie } });
          expect(last.statusCode, list).toBe(200);
        }
      }
    }
  });

  it('refuses a huge limit or cursor in the API with a clear 4xx', async () => {
    for (const url of [
      `/api/v1/organisations?limit=${HUGE}`,
      `/api/v1/processes?limit=${HUGE}`,
      `/api/v1/events?limit=${HUGE}`,
      `/api/v1/programmes?limit=${HUGE}`,
      `/api/v1/lessons?limit=${HUGE}`,
      `/api/v1/users?limit=${HUGE}`,
      `/api/v1/imports?cursor=${HUGE}`,
      `/api/v1/indicators?limit=${HUGE}`,
      `/api/v1/series?country=BGD&limit=${HUGE}`,
    ]) {
      const response = await ctx.app.inject({ url, headers: { authorization: `Bearer ${adminToken}` } });
      // A limit or cursor out of the schema's range is a value that breaks a rule (decision 88).
      expect(response.statusCode, url).toBe(422);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
    }
  });
});
