import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDisposition, fileSlug, sendTable, type TableDownload } from './send.ts';

const sheets = [
  { name: 'One', header: ['a'], rows: [['=1']] },
  { name: 'Two', header: ['b'], rows: [['two']] },
];

describe('sending a table', () => {
  const app = Fastify();
  let next: TableDownload;
  app.get('/download', (_request, reply) => sendTable(reply, next));
  afterAll(() => app.close());

  it('sends CSV with its type, a download name and no-store, the first sheet by default', async () => {
    next = { filename: 'plan', format: 'csv', sheets };
    const response = await app.inject('/download');
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers['content-disposition']).toBe('attachment; filename="plan.csv"');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toBe("\uFEFFa\r\n'=1\r\n");
  });

  it('sends the sheet asked for as CSV, and the cache header asked for, or none', async () => {
    next = { filename: 'plan', format: 'csv', sheets, csvSheet: 1, cacheControl: 'public, max-age=300' };
    const response = await app.inject('/download');
    expect(response.body).toBe('\uFEFFb\r\ntwo\r\n');
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    next = { ...next, cacheControl: null };
    expect((await app.inject('/download')).headers['cache-control']).toBeUndefined();
  });

  it('sends every sheet as a workbook', async () => {
    next = { filename: 'plan', format: 'xlsx', sheets };
    const response = await app.inject('/download');
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toBe('attachment; filename="plan.xlsx"');
    expect(response.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('download names', () => {
  it('go as they are when plain ASCII', () => {
    expect(contentDisposition('USA-MEX-cost.csv')).toBe('attachment; filename="USA-MEX-cost.csv"');
    expect(contentDisposition('map-SM.POP.TOTL-2020.csv')).toBe(
      'attachment; filename="map-SM.POP.TOTL-2020.csv"',
    );
  });

  it('carry any other name exactly in filename*, with an ASCII stand-in, and never break the header', () => {
    expect(contentDisposition('خطة.csv')).toBe(
      `attachment; filename="download.csv"; filename*=UTF-8''%D8%AE%D8%B7%D8%A9.csv`,
    );
    expect(contentDisposition('Plan de réponse.csv')).toBe(
      `attachment; filename="Plan-de-reponse.csv"; filename*=UTF-8''Plan%20de%20r%C3%A9ponse.csv`,
    );
    const hostile = contentDisposition('a";\r\nSet-Cookie: x=1.csv');
    expect(hostile).not.toMatch(/[\r\n]/);
    expect(hostile.split('"')).toHaveLength(3);
  });

  it('made from titles are short lower-case ASCII slugs', () => {
    expect(fileSlug('Plan national — Côte d’Ivoire-actions')).toBe('plan-national-cote-divoire-actions');
    expect(fileSlug('خطة')).toBe('corridor');
    expect(fileSlug('x'.repeat(100))).toHaveLength(60);
  });
});
