import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { SESSION_COOKIE } from '../../app.ts';
import { sha256 } from '../../auth/secrets.ts';
import { createSession } from '../../auth/session.repository.ts';
import { newId, now } from '../../db/ids.ts';

const DATA = join(process.cwd(), '../shared/data');
const RPW = readFileSync(join(DATA, 'rpw/rpw_corridors_databank_2011Q1-2020.csv'));
const INFLOWS = readFileSync(join(DATA, 'knomad/remittance-inflows.xlsx'));
const UNHCR = readFileSync(join(DATA, 'unhcr/unhcr_2020.csv'));

/** A multipart/form-data body as a browser sends it, with an optional file field named `file`. */
function multipart(fields: Record<string, string>, file?: { name: string; content: Buffer }) {
  const boundary = `----corridor${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe.each(DIALECTS)('data imports (pages and API) on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let admin: Browser;
  let member: Browser;
  let adminId: string;
  let adminToken: string;
  let memberToken: string;

  async function signIn(browser: Browser, userId: string) {
    browser.cookies.set(SESSION_COOKIE, await createSession(ctx.db.kysely, userId, { days: 1 }));
  }

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

  async function releaseCount() {
    const row = await ctx.db.kysely
      .selectFrom('releases')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Waits for a background import to end, through the API as a client would. */
  async function finished(id: string) {
    for (let i = 0; i < 300; i++) {
      const response = await ctx.app.inject({
        url: `/api/v1/imports/${id}`,
        headers: { authorization: `Bearer ${adminToken}` },
      });
      const body = response.json() as { status: string };
      if (body.status !== 'running') return body as Record<string, unknown>;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`import ${id} did not finish`);
  }

  /** Posts the upload form as a browser would: CSRF token from the form page, multipart body. */
  async function upload(
    browser: Browser,
    fields: Record<string, string>,
    file?: { name: string; content: Buffer },
  ) {
    const token = fields._csrf ?? (await browser.csrfToken('/data/imports/new'));
    const body = multipart({ _csrf: token, ...fields }, file);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/data/imports',
      headers: {
        cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': body.contentType,
      },
      payload: body.payload,
    });
    for (const cookie of response.cookies as { name: string; value: string }[]) {
      if (cookie.value) browser.cookies.set(cookie.name, cookie.value);
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
    await signIn(admin, adminUser.id);
    await signIn(member, memberUser.id);
    adminToken = await apiToken(adminUser.id);
    memberToken = await apiToken(memberUser.id);
  });
  afterAll(() => ctx.close());

  it('sends signed-out visitors to sign in, and refuses their uploads and API calls', async () => {
    const list = await ctx.app.inject('/data/imports');
    expect(list.statusCode).toBe(303);
    expect(list.headers.location).toBe('/sign-in?next=%2Fdata%2Fimports');
    const body = multipart({ kind: 'rpw' }, { name: 'rpw.csv', content: RPW });
    const post = await ctx.app.inject({
      method: 'POST',
      url: '/data/imports',
      headers: { 'content-type': body.contentType },
      payload: body.payload,
    });
    expect([401, 403]).toContain(post.statusCode);
    const api = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=rpw',
      headers: { 'content-type': 'application/octet-stream' },
      payload: RPW,
    });
    expect(api.statusCode).toBe(401);
    expect(api.headers['content-type']).toContain('application/problem+json');
    expect(await releaseCount()).toBe(0);
  });

  it('hides the pages and the API from users who are not admins (404)', async () => {
    expect((await member.get('/data/imports')).statusCode).toBe(404);
    expect((await member.get('/data/imports/new')).statusCode).toBe(404);
    const api = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=rpw',
      headers: { authorization: `Bearer ${memberToken}`, 'content-type': 'application/octet-stream' },
      payload: RPW,
    });
    expect(api.statusCode).toBe(404);
    const list = await ctx.app.inject({
      url: '/api/v1/imports',
      headers: { authorization: `Bearer ${memberToken}` },
    });
    expect(list.statusCode).toBe(404);
    expect(await releaseCount()).toBe(0);
  });

  it('shows admins an empty list and the upload form, in Arabic too', async () => {
    const list = await admin.get('/data/imports');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('No data has been imported yet');
    const form = await admin.get('/data/imports/new');
    expect(form.body).toContain('enctype="multipart/form-data"');
    expect(form.body).toContain(
      '<option value="matrix">Bilateral matrix, country by country (.xlsx)</option>',
    );
    expect(form.body).toContain('Personal remittances, received (current US$) (BX.TRF.PWKR.CD.DT)');
    const arabic = await admin.get('/data/imports/new', { 'accept-language': 'ar' });
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.body).toContain('استيراد ملف بيانات');
  });

  it('imports an uploaded file in the background, shows its progress page, then its report', async () => {
    const response = await upload(
      admin,
      { kind: 'rpw', release: '' },
      { name: 'rpw_corridors.csv', content: RPW },
    );
    expect(response.statusCode).toBe(303);
    const id = /^\/data\/imports\/([a-z0-9]{16})$/.exec(String(response.headers.location))?.[1];
    expect(id).toBeDefined();
    const done = await finished(id!);
    expect(done).toMatchObject({
      status: 'complete',
      isCurrent: true,
      valuesStored: 10_417,
      label: '2020-12-07',
    });
    const page = await admin.get(`/data/imports/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Release 2020-12-07');
    expect(page.body).toContain('rpw_corridors.csv:5334');
    expect(page.body).toContain('Note, not data: “Last Updated: 12/07/2020”.');
    expect(page.body).not.toContain('http-equiv="refresh"');
    const list = await admin.get('/data/imports');
    expect(list.body).toContain('Remittance Prices Worldwide (Corridors)');
    expect(list.body).toContain('Ada Admin');
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity_id', '=', id!)
      .orderBy('at')
      .execute();
    expect(audit).toEqual([
      { action: 'data.import.start', actor_id: adminId },
      { action: 'data.import.complete', actor_id: adminId },
    ]);
    // The same file again: nothing new, back to the release that holds it.
    const again = await upload(admin, { kind: 'rpw' }, { name: 'copy.csv', content: RPW });
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe(`/data/imports/${id}`);
    const flashed = await admin.get(String(again.headers.location));
    expect(flashed.body).toContain('This file was already imported (release 2020-12-07). Nothing changed.');
  });

  it('refreshes the progress page of a running import until asked to stop', async () => {
    const dataset = await ctx.db.kysely.selectFrom('datasets').select('id').executeTakeFirstOrThrow();
    const id = newId();
    await ctx.db.kysely
      .insertInto('releases')
      .values({
        id,
        dataset_id: dataset.id,
        label: 'in progress',
        file_name: 'big.csv',
        file_sha256: 'f'.repeat(64),
        status: 'running',
        is_current: 0,
        rows_read: 1200,
        values_stored: 3000,
        rows_skipped: 0,
        report_json: '[]',
        imported_by: adminId,
        started_at: now(),
        finished_at: null,
        progress: 0.42,
      })
      .execute();
    const page = await admin.get(`/data/imports/${id}`);
    expect(page.body).toContain('<meta http-equiv="refresh" content="3"/>');
    expect(page.body).toContain(
      '<progress id="dataimport-progress" class="dataimport-progress" max="100" value="42">',
    );
    expect(page.body).toContain('Importing: 42% of the file read');
    const still = await admin.get(`/data/imports/${id}?refresh=off`);
    expect(still.body).not.toContain('http-equiv="refresh"');
    expect(still.body).toContain('Check progress');
    await ctx.db.kysely.deleteFrom('releases').where('id', '=', id).execute();
  });

  it('re-renders the form with messages that say how to fix each field, keeping the input', async () => {
    const before = await releaseCount();
    const empty = await upload(admin, { kind: '', release: 'My label' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Choose what kind of file this is');
    expect(empty.body).toContain('Choose a file to import');
    expect(empty.body).toContain('value="My label"');
    const bad = await upload(
      admin,
      {
        kind: 'matrix',
        period: '20x7',
        dataset: 'Mine',
        columns: 'colour=Couleur',
        release: 'x'.repeat(101),
      },
      { name: 'rpw.csv', content: RPW },
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Enter the year as four digits, like 2017');
    expect(bad.body).toContain('Enter a dataset code that starts with generic:');
    expect(bad.body).toContain('Release label must be 100 characters or fewer');
    const mapping = await upload(
      admin,
      { kind: 'generic', columns: 'colour=Couleur' },
      { name: 'x.csv', content: RPW },
    );
    expect(mapping.statusCode).toBe(422);
    expect(mapping.body).toContain('Write each column mapping as field=Column name');
    const unknownKind = await upload(admin, { kind: 'pdf' }, { name: 'x.csv', content: RPW });
    expect(unknownKind.statusCode).toBe(422);
    expect(await releaseCount()).toBe(before);
  });

  it('says why a file cannot be read at all, on the form, and stores nothing', async () => {
    const before = await releaseCount();
    const wrong = await upload(admin, { kind: 'wdi' }, { name: 'unhcr_2020.csv', content: UNHCR });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.body).toContain('The table’s header was not found.');
    expect(await releaseCount()).toBe(before);
  });

  it('checks a file without storing it when asked (dry run)', async () => {
    const before = await releaseCount();
    const dry = await upload(
      admin,
      { kind: 'knomad', dryRun: 'on' },
      { name: 'remittance-inflows.xlsx', content: INFLOWS },
    );
    expect(dry.statusCode).toBe(200);
    expect(dry.body).toContain('File checked');
    expect(dry.body).toContain('Note or footnote');
    expect(await releaseCount()).toBe(before);
  });

  it('refuses a form post without its CSRF token', async () => {
    const before = await releaseCount();
    const response = await upload(
      admin,
      { _csrf: 'forged', kind: 'knomad' },
      { name: 'in.xlsx', content: INFLOWS },
    );
    expect(response.statusCode).toBe(403);
    expect(await releaseCount()).toBe(before);
  });

  it('answers unknown and malformed release ids with 404', async () => {
    expect((await admin.get('/data/imports/aaaaaaaaaaaaaaaa')).statusCode).toBe(404);
    expect((await admin.get('/data/imports/not-an-id')).statusCode).toBe(404);
    const api = await ctx.app.inject({
      url: '/api/v1/imports/aaaaaaaaaaaaaaaa',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(api.statusCode).toBe(404);
    const malformed = await ctx.app.inject({
      url: '/api/v1/imports/x',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(malformed.statusCode).toBe(422);
  });

  it('imports through the API: 202 with the release, then status and report; the same file is unchanged', async () => {
    const post = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/imports?kind=knomad&fileName=remittance-inflows.xlsx',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/octet-stream' },
        payload: INFLOWS,
      });
    const response = await post();
    expect(response.statusCode).toBe(202);
    const { id, status } = response.json() as { id: string; status: string };
    expect(status).toBe('running');
    expect(response.headers.location).toBe(`/api/v1/imports/${id}`);
    const report = await finished(id);
    expect(report).toMatchObject({
      status: 'complete',
      dataset: { code: 'knomad-inflows' },
      label: 'June 2023',
      valuesStored: 4474,
      reasons: { note: 8 },
      failure: null,
    });
    expect((report.entries as { message: string }[])[0]?.message).toBe(
      'Note, not data: “Note: All numbers are in current (nominal) US $.”.',
    );
    const again = await post();
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ id, status: 'unchanged' });
    const list = await ctx.app.inject({
      url: '/api/v1/imports',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect((list.json() as { data: { id: string }[] }).data.map((r) => r.id)).toContain(id);
  });

  it('answers API requests it cannot take with problem+json, and stores nothing', async () => {
    const before = await releaseCount();
    const unreadable = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=wdi',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'text/csv' },
      payload: UNHCR,
    });
    expect(unreadable.statusCode).toBe(422);
    expect(unreadable.json()).toMatchObject({ code: 'ImportFailed', failure: { code: 'header-not-found' } });
    const badKind = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=pdf',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/octet-stream' },
      payload: RPW,
    });
    expect(badKind.statusCode).toBe(422);
    expect(badKind.json()).toMatchObject({ code: 'ValidationFailed' });
    const json = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=rpw',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(json.statusCode).toBe(415);
    const empty = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=rpw',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/octet-stream' },
      payload: '',
    });
    expect(empty.statusCode).toBe(422);
    const sessionOnly = await admin.app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=rpw',
      headers: {
        cookie: `${SESSION_COOKIE}=${admin.cookies.get(SESSION_COOKIE)}`,
        'content-type': 'application/octet-stream',
      },
      payload: RPW,
    });
    expect(sessionOnly.statusCode).toBe(401);
    expect(await releaseCount()).toBe(before);
  });
});
