import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { unhcrCuts } from '../../../test/support/unhcr-cuts.ts';
import { SESSION_COOKIE } from '../../app.ts';
import { contentVersion } from '../../audit/audit.repository.ts';
import { sha256 } from '../../auth/secrets.ts';
import { createSession } from '../../auth/session.repository.ts';
import { newId, now } from '../../db/ids.ts';

/** A multipart/form-data body as a browser sends it, with a file field named `file`. */
function multipart(fields: Record<string, string>, file: { name: string; content: Buffer }) {
  const boundary = `----corridor${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A World Bank bilateral migration matrix: its title names neither UN DESA nor an indicator code. */
async function migrationMatrix(withMexico = true): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book
    .addWorksheet('Bilateral_Migration_2017')
    .addRows([
      ['Bilateral Migration Matrix 2017'],
      ['destination (across) / origin (down)', 'Mexico', 'Guatemala', 'Honduras', 'El Salvador', 'Canada'],
      ['United States', 1_000, 500, 400, 300, 800_000],
      ...(withMexico ? [['Mexico', 0, 50_000, 10_000, 8_000, 80_000]] : []),
    ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

type Json = Record<string, unknown> & { held?: { code: string; message: string; confirmWith: string }[] };

describe.each(DIALECTS)('held releases and "make current" (pages and API) on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let admin: Browser;
  let member: Browser;
  let adminId: string;
  let adminToken: string;
  let memberToken: string;
  const cuts = unhcrCuts();
  let goodId: string;
  let cutId: string;

  async function apiToken(userId: string) {
    const token = `cor_${randomBytes(16).toString('hex')}`;
    await ctx.db.kysely
      .insertInto('api_tokens')
      .values({
        id: newId(),
        user_id: userId,
        name: 'test',
        token_hash: sha256(token),
        prefix: token.slice(0, 8),
        created_at: now(),
      })
      .execute();
    return token;
  }

  const api = (method: 'GET' | 'POST', url: string, token = adminToken, payload?: Buffer) =>
    ctx.app.inject({
      method,
      url,
      headers: {
        authorization: `Bearer ${token}`,
        ...(payload ? { 'content-type': 'application/octet-stream' } : {}),
      },
      ...(payload ? { payload } : {}),
    });

  /** Waits for a background import to end, through the API. */
  async function finished(id: string): Promise<Json> {
    for (let i = 0; i < 600; i++) {
      const body = (await api('GET', `/api/v1/imports/${id}`)).json() as Json;
      if (body.status !== 'running') return body;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`import ${id} did not finish`);
  }

  async function importThroughApi(query: string, content: Buffer): Promise<Json> {
    const response = await api('POST', `/api/v1/imports?${query}`, adminToken, content);
    expect(response.statusCode, response.body).toBe(202);
    return finished((response.json() as { id: string }).id);
  }

  async function isCurrent(id: string) {
    const row = await ctx.db.kysely
      .selectFrom('releases')
      .select('is_current')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(row.is_current) === 1;
  }

  async function upload(fields: Record<string, string>, file: { name: string; content: Buffer }) {
    const token = await admin.csrfToken('/data/imports/new');
    const body = multipart({ _csrf: token, ...fields }, file);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/data/imports',
      headers: {
        cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': body.contentType,
      },
      payload: body.payload,
    });
    // The flash message after the redirect travels in a cookie, as in a browser.
    for (const cookie of response.cookies as { name: string; value: string }[]) {
      if (cookie.value) admin.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  beforeAll(async () => {
    ctx = await testApp(dialect);
    const adminUser = await buildUser(ctx.db, { role: 'admin', name: 'Ada Admin' });
    const memberUser = await buildUser(ctx.db, { role: 'user' });
    adminId = adminUser.id;
    admin = new Browser(ctx.app);
    member = new Browser(ctx.app);
    admin.cookies.set(SESSION_COOKIE, await createSession(ctx.db.kysely, adminUser.id, { days: 1 }));
    member.cookies.set(SESSION_COOKIE, await createSession(ctx.db.kysely, memberUser.id, { days: 1 }));
    adminToken = await apiToken(adminUser.id);
    memberToken = await apiToken(memberUser.id);
    const good = await importThroughApi('kind=unhcr&fileName=unhcr_good.csv', cuts.good);
    expect(good).toMatchObject({ status: 'complete', isCurrent: true });
    goodId = String(good.id);
  }, 120_000);
  afterAll(() => ctx.close());

  it('reports a cut file as held, with the reason and what confirms it, and keeps the current release', async () => {
    const cut = await importThroughApi('kind=unhcr&fileName=cut.csv', cuts.cutInField);
    cutId = String(cut.id);
    expect(cut).toMatchObject({ status: 'held', isCurrent: false });
    expect(cut.held?.[0]).toMatchObject({ code: 'ends-mid-row', confirmWith: 'replace' });
    expect(cut.held?.[0]?.message).toMatch(/^The file does not end with a line break/);
    expect(await isCurrent(goodId)).toBe(true);
    const page = await admin.get(`/data/imports/${cutId}`);
    expect(page.body).toContain('Not made current: this release needs your confirmation');
    expect(page.body).toContain('The file does not end with a line break');
    expect(page.body).toContain(`href="/data/imports/${cutId}/make-current"`);
    const list = await admin.get('/data/imports');
    expect(list.body).toContain('Needs confirmation');
    const arabic = await admin.get(`/data/imports/${cutId}`, { 'accept-language': 'ar' });
    expect(arabic.body).toContain('لم يُعتمد: هذا الإصدار بحاجة إلى تأكيدك');
  });

  it('hides "make current" from everyone but admins (404), and refuses a post without its token', async () => {
    expect((await member.get(`/data/imports/${cutId}/make-current`)).statusCode).toBe(404);
    const memberApi = await api('POST', `/api/v1/imports/${cutId}/make-current`, memberToken);
    expect(memberApi.statusCode).toBe(404);
    const anonymous = await ctx.app.inject({ method: 'POST', url: `/api/v1/imports/${cutId}/make-current` });
    expect(anonymous.statusCode).toBe(401);
    const forged = await admin.form(`/data/imports/${cutId}/make-current`, { _csrf: 'forged' });
    expect(forged.statusCode).toBe(403);
    expect(await isCurrent(goodId)).toBe(true);
    expect((await admin.get('/data/imports/aaaaaaaaaaaaaaaa/make-current')).statusCode).toBe(404);
  });

  it('asks on a separate page, then makes the release current with an audit row', async () => {
    const confirm = await admin.get(`/data/imports/${cutId}/make-current`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Make release cut current?');
    expect(confirm.body).toContain('It will replace release unhcr_good on every page, PDF and in the API.');
    expect(confirm.body).toContain('The file does not end with a line break');
    const version = await contentVersion(ctx.db.kysely);
    const made = await admin.form(
      `/data/imports/${cutId}/make-current`,
      {},
      `/data/imports/${cutId}/make-current`,
    );
    expect(made.statusCode).toBe(303);
    expect(made.headers.location).toBe(`/data/imports/${cutId}`);
    expect((await admin.get(`/data/imports/${cutId}`)).body).toContain('Release cut is now the current one.');
    expect(await isCurrent(cutId)).toBe(true);
    expect(await isCurrent(goodId)).toBe(false);
    // The kept pages for anonymous visitors see it: every audited write raises the content version.
    expect(Number(await contentVersion(ctx.db.kysely))).toBeGreaterThan(Number(version));
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .select(['actor_id', 'before_json', 'after_json'])
      .where('action', '=', 'data.release.make-current')
      .where('entity_id', '=', cutId)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(adminId);
    expect(JSON.parse(audit.before_json!)).toEqual({ current: goodId, label: 'unhcr_good' });
    expect(JSON.parse(audit.after_json!)).toEqual({
      current: cutId,
      label: 'cut',
      confirmed: ['ends-mid-row'],
    });
  });

  it('rolls back through the API, and says when a release cannot be made current', async () => {
    const back = await api('POST', `/api/v1/imports/${goodId}/make-current`);
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({
      id: goodId,
      isCurrent: true,
      changed: true,
      previous: { id: cutId, label: 'cut' },
      confirmed: [],
    });
    expect((await api('POST', `/api/v1/imports/${goodId}/make-current`)).json()).toMatchObject({
      changed: false,
    });
    expect((await api('POST', '/api/v1/imports/aaaaaaaaaaaaaaaa/make-current')).statusCode).toBe(404);
    const dataset = await ctx.db.kysely.selectFrom('datasets').select('id').executeTakeFirstOrThrow();
    const running = newId();
    await ctx.db.kysely
      .insertInto('releases')
      .values({
        id: running,
        dataset_id: dataset.id,
        label: 'in progress',
        file_name: 'big.csv',
        file_sha256: 'e'.repeat(64),
        status: 'running',
        is_current: 0,
        rows_read: 0,
        values_stored: 0,
        rows_skipped: 0,
        report_json: '[]',
        imported_by: adminId,
        started_at: now(),
        finished_at: null,
        heartbeat_at: now(),
      })
      .execute();
    const refused = await api('POST', `/api/v1/imports/${running}/make-current`);
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ code: 'ReleaseNotFinished' });
    await ctx.db.kysely.deleteFrom('releases').where('id', '=', running).execute();
  });

  it('offers make-current when the same file is uploaded again, and makes it current with the checkbox', async () => {
    const again = await upload({ kind: 'unhcr' }, { name: 'cut.csv', content: cuts.cutInField });
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe(`/data/imports/${cutId}`);
    const page = await admin.get(String(again.headers.location));
    expect(page.body).toContain('This file is already stored as release cut, which is not the current one.');
    expect(await isCurrent(goodId)).toBe(true);
    const replaced = await upload(
      { kind: 'unhcr', replace: 'on' },
      { name: 'cut.csv', content: cuts.cutInField },
    );
    expect(replaced.statusCode).toBe(303);
    expect(await isCurrent(cutId)).toBe(true);
    // Through the API: the good file again, with no confirmation needed, is current again.
    const restored = await api('POST', '/api/v1/imports?kind=unhcr&fileName=good.csv', adminToken, cuts.good);
    expect(restored.statusCode).toBe(200);
    expect(restored.json()).toMatchObject({ id: goodId, status: 'restored' });
  });

  it('makes a two-row file current from the upload form only with "replace" ticked', async () => {
    const form = await admin.get('/data/imports/new');
    expect(form.body).toContain('name="replace"');
    expect(form.body).toContain('name="acceptErrors"');
    const response = await upload(
      { kind: 'unhcr', replace: 'on' },
      { name: 'two.csv', content: cuts.twoRows },
    );
    expect(response.statusCode).toBe(303);
    const id = /\/data\/imports\/([a-z0-9]{16})$/.exec(String(response.headers.location))?.[1] ?? '';
    const report = await finished(id);
    expect(report).toMatchObject({ status: 'complete', isCurrent: true });
    expect((report.confirmed as { code: string }[]).map((r) => r.code)).toContain('fewer-values');
    expect((await api('POST', `/api/v1/imports/${goodId}/make-current`)).statusCode).toBe(200);
  }, 60_000);

  it('holds text in a number cell through the API unless acceptErrors=true', async () => {
    const held = await importThroughApi('kind=unhcr&fileName=text.csv', cuts.textInNumber);
    expect(held).toMatchObject({ status: 'held' });
    expect(held.held).toEqual([
      expect.objectContaining({ code: 'row-errors', confirmWith: 'acceptErrors', values: { count: 1 } }),
    ]);
    const accepted = await api(
      'POST',
      '/api/v1/imports?kind=unhcr&fileName=text.csv&acceptErrors=true',
      adminToken,
      cuts.textInNumber,
    );
    expect(accepted.json()).toMatchObject({ id: held.id, status: 'restored' });
  }, 60_000);

  it('credits the matrix’s own publisher, not the indicator’s catalogue source', async () => {
    const report = await importThroughApi(
      'kind=matrix&fileName=WB_Bilateral_Migration_2017.xlsx',
      await migrationMatrix(),
    );
    expect(report).toMatchObject({
      status: 'complete',
      dataset: { code: 'matrix:ims.stock.bilateral:2017' },
      publisher: 'World Bank',
    });
    const values = await ctx.app.inject(
      '/api/v1/bilateral?origin=USA&destination=CAN&indicator=ims.stock.bilateral',
    );
    expect(values.statusCode).toBe(200);
    expect((values.json() as { data: { publisher: string; value: number }[] }).data[0]).toMatchObject({
      publisher: 'World Bank',
      value: 800_000,
    });
    // A smaller file credited to someone else is held: the citation does not change until it is current.
    const held = await importThroughApi(
      'kind=matrix&fileName=smaller.xlsx&publisher=Someone%20else',
      await migrationMatrix(false),
    );
    expect(held).toMatchObject({ status: 'held', publisher: 'Someone else' });
    const still = await ctx.app.inject(
      '/api/v1/bilateral?origin=USA&destination=CAN&indicator=ims.stock.bilateral',
    );
    expect((still.json() as { data: { publisher: string }[] }).data[0]?.publisher).toBe('World Bank');
  });

  it('says in a dry run that the release would wait for confirmation', async () => {
    const token = await admin.csrfToken('/data/imports/new');
    const body = multipart(
      { _csrf: token, kind: 'unhcr', dryRun: 'on' },
      { name: 'two-rows.csv', content: Buffer.concat([cuts.twoRows, Buffer.from('\n\n')]) },
    );
    const dry = await ctx.app.inject({
      method: 'POST',
      url: '/data/imports',
      headers: {
        cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': body.contentType,
      },
      payload: body.payload,
    });
    expect(dry.statusCode).toBe(200);
    expect(dry.body).toContain('This release would not become current without your confirmation, because:');
    expect(dry.body).toContain('of the current release are missing');
  });
});
