import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import {
  newlineCsv,
  sparseXlsx,
  untouchedBody,
  validRowsCsv,
  zipBombXlsx,
} from '../../../test/support/hostile-files.ts';
import { testApp } from '../../../test/support/http.ts';
import { XLSX_TYPE } from '../../tables/index.ts';
import {
  buildWorld,
  type Ctx,
  countRows,
  fieldError,
  post,
  snapshot,
  upload,
  type Who,
  type World,
} from './monitoring.test-helpers.ts';

/**
 * Issue 7: one small upload must never take the server down. Each hostile file is built here; each
 * answers a clear 4xx in words, writes nothing, and the server goes on answering meanwhile.
 */
const HEADER = 'indicator,period,sex,age_group,value,source,date_reported';

describe.each(DIALECTS)('hostile bulk uploads on %s', (dialect) => {
  let ctx: Ctx;
  let world: World;
  let api: string;
  let form: string;

  beforeAll(async () => {
    ctx = await testApp(dialect);
    world = await buildWorld(ctx);
    api = `/api/v1/processes/${world.closed.id}/indicators/values:bulk?dryRun=true`;
    form = `/processes/${world.closed.id}/indicators/import`;
    const base = `/processes/${world.closed.id}/indicators`;
    await post(
      world.browsers.member,
      base,
      { name: 'Remittance cost', unit: 'percent', direction: 'decrease', disaggregation: 'none' },
      `${base}/new`,
    );
  });
  afterAll(() => ctx.close());

  const send = (who: Who, url: string, payload: Buffer | Readable, type: string) =>
    ctx.app.inject({
      method: 'POST',
      url,
      headers: { ...world.bearer[who], 'content-type': type },
      payload,
    });
  const written = async () => ({
    uploads: await countRows(ctx.db, 'bulk_uploads'),
    tables: await snapshot(ctx.db),
  });
  const detailOf = (response: { json(): unknown }) =>
    (response.json() as { errors: { detail: string }[] }).errors[0]?.detail;

  it('answers 404 before reading a byte of the file, for a process the caller may not change', async () => {
    const cases: [Who, string][] = [
      ['member', '/api/v1/processes/no-such-process/indicators/values:bulk?dryRun=true'],
      ['outsider', api],
      ['observer', api],
      ['member', '/api/v1/processes/no-such-process/actions:bulk'],
    ];
    for (const [who, url] of cases) {
      const body = untouchedBody();
      const started = Date.now();
      const response = await send(who, url, body.stream, 'text/csv');
      expect(response.statusCode, `${who} ${url}`).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(body.touched(), `${who} ${url}: the body was read`).toBe(false);
      expect(Date.now() - started).toBeLessThan(2000);
    }
    // The upload form, multipart: the same, before the form (and its CSRF token) is read.
    for (const [who, url] of [
      ['member', '/processes/no-such-process/indicators/import'],
      ['outsider', form],
      ['observer', form],
    ] as [Who, string][]) {
      const body = untouchedBody();
      const response = await ctx.app.inject({
        method: 'POST',
        url,
        headers: {
          cookie: [...world.browsers[who].cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          'content-type': 'multipart/form-data; boundary=----x',
        },
        payload: body.stream,
      });
      expect(response.statusCode, `${who} ${url}`).toBe(404);
      expect(body.touched(), `${who} ${url}: the body was read`).toBe(false);
    }
    // A form cut short (its closing boundary never comes) is the sender's mistake: 400, not 500.
    const cut = await world.browsers.member.app.inject({
      method: 'POST',
      url: form,
      headers: {
        cookie: [...world.browsers.member.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': 'multipart/form-data; boundary=----x',
      },
      payload: '------x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nindicator',
    });
    expect(cut.statusCode).toBe(400);
    // Signed out: 401, unread too.
    const body = untouchedBody();
    const response = await send('anonymous', api, body.stream, 'text/csv');
    expect(response.statusCode).toBe(401);
    expect(body.touched()).toBe(false);
  });

  it('refuses a 1.6 KB workbook whose only cell is at row 1,048,576, by the API and the form', async () => {
    const before = await written();
    const file = sparseXlsx();
    expect(file.length).toBeLessThan(2048);
    const response = await send('member', api, file, XLSX_TYPE);
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(detailOf(response)).toBe(
      'The sheet has data at row 1,048,576; a bulk file holds at most 5,000 rows: delete the rows below your data, or copy the data into a new sheet',
    );
    const page = await upload(world.browsers.member, form, { name: 'values.xlsx', content: file });
    expect(page.statusCode).toBe(422);
    expect(fieldError(page.body, 'file')).toContain('The sheet has data at row 1,048,576');
    expect(await written()).toEqual(before);
    expect((await ctx.app.inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
  });

  it('refuses a workbook that unpacks to 64 MB, counted as it unpacks', async () => {
    const before = await written();
    const file = zipBombXlsx(64);
    expect(file.length).toBeLessThan(1024 * 1024);
    const response = await send('member', api, file, XLSX_TYPE);
    expect(response.statusCode).toBe(422);
    expect(detailOf(response)).toContain('The workbook unpacks to more than 50 MB');
    expect(await written()).toEqual(before);
  });

  it('refuses 5 MB of newlines and 5 MB of valid rows at once, by their limits', async () => {
    const before = await written();
    const blank = await send('member', api, newlineCsv(), 'text/csv');
    expect(blank.statusCode).toBe(422);
    expect(detailOf(blank)).toBe(
      'The file has more than 10,000 lines, blank ones included; a bulk file holds at most 5,000 rows: delete the empty lines or split the file',
    );
    const many = await send(
      'member',
      api,
      validRowsCsv(HEADER, 'Remittance cost,2015,,,7.5,RPW,'),
      'text/csv',
    );
    expect(many.statusCode).toBe(422);
    expect(detailOf(many)).toBe('The file has more than 5000 rows: split it into smaller files');
    const page = await upload(world.browsers.member, form, { name: 'blank.csv', content: newlineCsv() });
    expect(page.statusCode).toBe(422);
    expect(fieldError(page.body, 'file')).toContain('more than 10,000 lines');
    expect(await written()).toEqual(before);
  });

  it('keeps answering other requests while hostile files are read', async () => {
    await ctx.app.inject({ method: 'GET', url: '/' });
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    let uploading = true;
    const hostile = Promise.all([
      send('member', api, sparseXlsx(), XLSX_TYPE),
      send('member', api, newlineCsv(), 'text/csv'),
      send('member', api, validRowsCsv(HEADER, 'Remittance cost,2015,,,7.5,RPW,'), 'text/csv'),
      send('member', api, zipBombXlsx(64), XLSX_TYPE),
    ]).finally(() => {
      uploading = false;
    });
    const latencies: number[] = [];
    while (uploading) {
      const started = performance.now();
      const home = await ctx.app.inject({ method: 'GET', url: '/' });
      expect(home.statusCode).toBe(200);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    delay.disable();
    const answers = await hostile;
    expect(answers.map((a) => a.statusCode)).toEqual([422, 422, 422, 422]);
    expect(latencies.length).toBeGreaterThan(0);
    // Before the fix the event loop froze for 5.7 s (valid rows) and 95 s (newlines), or the
    // process died. Generous bounds for a loaded two-core machine.
    expect(Math.max(...latencies)).toBeLessThan(2500);
    expect(delay.max / 1e6).toBeLessThan(2500);
  });
});
