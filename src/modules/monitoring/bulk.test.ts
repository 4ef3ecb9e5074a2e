import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { testApp } from '../../../test/support/http.ts';
import { now } from '../../db/ids.ts';
import {
  buildWorld,
  type Ctx,
  countRows,
  post,
  snapshot,
  upload,
  type Who,
  type World,
} from './monitoring.test-helpers.ts';

const GOOD_AND_BAD = [
  'indicator,period,sex,age_group,value,source,date_reported',
  'Remittance cost,2015,,,7.5,RPW,2016-01-10',
  'Remittance cost,2016,,,abc,RPW,',
  'Remittance cost,2014,,,6,,',
  'Remittance cost,2030,,,5,,',
  'Remittance cost,2017,,,150,,',
  'Unknown indicator,2015,,,1,,',
  'Returnees employed,2016,female,,1200,Survey,',
  'Returnees employed,2016,F,,1300,,',
].join('\n');

async function xlsxOf(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Values');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(DIALECTS)('bulk uploads on %s', (dialect) => {
  let ctx: Ctx;
  let world: World;
  let base: string;
  const valueCount = () => countRows(ctx.db, 'indicator_values');

  beforeAll(async () => {
    ctx = await testApp(dialect);
    world = await buildWorld(ctx);
    base = `/processes/${world.closed.id}/indicators`;
    await post(
      world.browsers.member,
      base,
      { name: 'Remittance cost', unit: 'percent', direction: 'decrease', disaggregation: 'none' },
      `${base}/new`,
    );
    await post(
      world.browsers.member,
      base,
      { name: 'Returnees employed', unit: 'persons', direction: 'increase', disaggregation: 'sex' },
      `${base}/new`,
    );
    await ctx.db.kysely
      .insertInto('reporting_locks')
      .values({ process_id: world.closed.id, year: 2014, locked_by: world.users.owner.id, locked_at: now() })
      .execute();
  });
  afterAll(() => ctx.close());

  it('offers the upload page and templates to members only', async () => {
    const url = `${base}/import`;
    expect((await world.browsers.anonymous.get(url)).statusCode).toBe(303);
    for (const who of ['outsider', 'observer'] as Who[])
      expect((await world.browsers[who].get(url)).statusCode, who).toBe(404);
    const page = await world.browsers.member.get(url);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('enctype="multipart/form-data"');
    const csv = await world.browsers.member.get(`${url}/template.csv`);
    expect(csv.body.replace('\uFEFF', '').split('\r\n')[0]).toBe(
      'indicator,period,sex,age_group,value,source,date_reported',
    );
    const xlsx = await world.browsers.member.get(`${url}/template.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([
      undefined,
      'indicator',
      'period',
      'sex',
      'age_group',
      'value',
      'source',
      'date_reported',
    ]);
    expect(workbook.worksheets[1]!.getCell('A2').value).toBe('Remittance cost');
    expect((await world.browsers.observer.get(`${url}/template.csv`)).statusCode).toBe(404);
  });

  it('refuses an upload without a CSRF token, from an observer, or signed out', async () => {
    const url = `${base}/import`;
    const file = { name: 'values.csv', content: Buffer.from(GOOD_AND_BAD) };
    const before = await snapshot(ctx.db);
    expect((await upload(world.browsers.member, url, file, {}, false)).statusCode).toBe(403);
    expect(
      (
        await upload(world.browsers.observer, url, file, {
          _csrf: await world.browsers.observer.csrfToken(base),
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await upload(
          world.browsers.anonymous,
          url,
          file,
          { _csrf: await world.browsers.anonymous.csrfToken('/sign-in') },
          false,
        )
      ).statusCode,
    ).toBe(401);
    expect(await countRows(ctx.db, 'bulk_uploads')).toBe(0);
    expect(await snapshot(ctx.db)).toBe(before);
  });

  it('previews good and bad rows, naming each bad row’s line and column, and saves nothing until confirmed', async () => {
    const response = await upload(world.browsers.member, `${base}/import`, {
      name: 'values.csv',
      content: Buffer.from(GOOD_AND_BAD),
    });
    expect(response.statusCode).toBe(303);
    const preview = response.headers.location as string;
    expect(await valueCount()).toBe(0);
    const page = await world.browsers.member.get(preview);
    expect(page.statusCode).toBe(200);
    const text = page.body.replace(/&quot;/g, '"');
    expect(text).toContain('8 rows: 2 ready, 6 with problems.');
    expect(text).toContain('Row 3, column “value”: Enter the value as a number');
    expect(text).toContain('Row 4, column “period”: Reporting for 2014 is locked');
    expect(text).toContain('Row 5, column “period”: 2030 is outside the process period');
    expect(text).toContain('Row 6, column “value”: Enter a percentage from 0 to 100');
    expect(text).toContain(
      'Row 7, column “indicator”: This process has no indicator called “Unknown indicator”',
    );
    expect(text).toContain(
      'Row 9, column “period”: The same indicator, period and group are already on row 8',
    );
    expect(text).toContain('Remittance cost, 2015, Total: will report 7.5%');
    expect(text).toContain('Save 2 rows');
    expect(await valueCount()).toBe(0);
    // Someone else cannot see or confirm another person’s upload.
    expect((await world.browsers.owner.get(preview)).statusCode).toBe(404);
    expect((await post(world.browsers.owner, preview, {}, base)).statusCode).toBe(404);
    expect(await valueCount()).toBe(0);

    const confirmed = await post(world.browsers.member, preview, {}, preview);
    expect(confirmed.statusCode).toBe(303);
    const saved = await ctx.db.kysely.selectFrom('indicator_values').selectAll().orderBy('period').execute();
    expect(saved.map((v) => [v.period, v.sex, Number(v.value), v.source, v.reported_on])).toEqual([
      ['2015', '_T', 7.5, 'RPW', '2016-01-10'],
      ['2016', 'F', 1200, 'Survey', saved[1]!.reported_on],
    ]);
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'bulk.indicator-values')
      .execute();
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ saved: 2, skipped: 6, mode: 'valid-only' });
    // A second confirmation saves nothing more.
    const again = await post(world.browsers.member, preview, {}, base);
    expect(again.statusCode).toBe(303);
    expect(await valueCount()).toBe(2);
  });

  it('shows what a row replaces, and saves nothing at all in “all or nothing” mode when a row is bad', async () => {
    const content = Buffer.from(
      [
        'indicator,period,value',
        'Remittance cost,2015,8',
        'Remittance cost,2016,',
        'Remittance cost,2017,6.1',
      ].join('\r\n'),
    );
    const response = await upload(
      world.browsers.member,
      `${base}/import`,
      { name: 'values.csv', content },
      { mode: 'all-or-nothing' },
    );
    const preview = response.headers.location as string;
    const page = await world.browsers.member.get(preview);
    expect(page.body).toContain('will replace 7.5% with 8%');
    expect(page.body).toContain('Row 3, column “value”: Enter a number');
    expect(page.body).toContain('save nothing until every row is right');
    expect(page.body).not.toContain('Save 2 rows');
    const before = await snapshot(ctx.db);
    const refused = await post(world.browsers.member, preview, {}, base);
    expect(refused.statusCode).toBe(422);
    expect(await snapshot(ctx.db)).toBe(before);
  });

  it('reads XLSX uploads with their row numbers, and semicolon CSV from European spreadsheets', async () => {
    const content = await xlsxOf([
      ['indicator', 'period', 'value'],
      ['Remittance cost', 2018, 6.2],
      [],
      ['Remittance cost', 2019, 'n/a'],
    ]);
    const response = await upload(world.browsers.member, `${base}/import`, { name: 'values.xlsx', content });
    expect(response.statusCode).toBe(303);
    const page = await world.browsers.member.get(response.headers.location as string);
    expect(page.body).toContain('Remittance cost, 2018, Total: will report 6.2%');
    expect(page.body).toContain('Row 4, column “value”: Enter the value as a number');
    const semicolons = await upload(world.browsers.member, `${base}/import`, {
      name: 'values.csv',
      content: Buffer.from('indicator;period;value\nRemittance cost;2019;5,9\n'),
    });
    const second = await world.browsers.member.get(semicolons.headers.location as string);
    expect(second.body).toContain('will report 5.9%');
  });

  it('explains a wrong file type, a truncated workbook, a Latin-1 CSV, a missing column and a file too large', async () => {
    const url = `${base}/import`;
    const before = await countRows(ctx.db, 'bulk_uploads');
    const pdf = await upload(world.browsers.member, url, {
      name: 'report.pdf',
      content: Buffer.from('%PDF-1.4 …'),
    });
    expect(pdf.statusCode).toBe(422);
    expect(pdf.body).toContain('Upload a CSV or Excel XLSX file');
    const whole = await xlsxOf([
      ['indicator', 'period', 'value'],
      ['Remittance cost', 2018, 6.2],
    ]);
    const truncated = await upload(world.browsers.member, url, {
      name: 'values.xlsx',
      content: whole.subarray(0, Math.floor(whole.length / 2)),
    });
    expect(truncated.statusCode).toBe(422);
    expect(truncated.body).toContain('could not be opened: it may be damaged or incomplete');
    const latin1 = await upload(world.browsers.member, url, {
      name: 'values.csv',
      content: Buffer.from(
        'indicator,period,value,source\nRemittance cost,2018,6,Banque centrale São Tomé\n',
        'latin1',
      ),
    });
    expect(latin1.statusCode).toBe(422);
    expect(latin1.body).toContain('not saved as UTF-8');
    expect(latin1.body).toContain('first on row 2');
    const noValue = await upload(world.browsers.member, url, {
      name: 'values.csv',
      content: Buffer.from('indicator,period\nX,2018\n'),
    });
    expect(noValue.body).toContain('no column named value');
    const xls = await upload(world.browsers.member, url, {
      name: 'old.xls',
      content: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]),
    });
    expect(xls.body).toContain('Old Excel files (.xls)');
    const big = await upload(world.browsers.member, url, {
      name: 'big.csv',
      content: Buffer.alloc(5 * 1024 * 1024 + 10, 'a'),
    });
    expect(big.statusCode).toBe(422);
    expect(big.body).toContain('larger than 5 MB');
    const huge = await upload(world.browsers.member, url, {
      name: 'huge.csv',
      content: Buffer.alloc(7 * 1024 * 1024, 'a'),
    });
    expect(huge.statusCode).toBe(422);
    expect(huge.body).toContain('larger than 5 MB');
    const none = await upload(world.browsers.member, url, undefined);
    expect(none.body).toContain('Choose a CSV or XLSX file to upload');
    expect(await countRows(ctx.db, 'bulk_uploads')).toBe(before);
  });

  it('updates the status and progress of actions from a file, after a preview', async () => {
    const actions = `/processes/${world.closed.id}/actions`;
    await post(
      world.browsers.member,
      actions,
      { title: 'Open a migrant resource centre', status: 'planned', progress: '0' },
      `${actions}/new`,
    );
    await post(
      world.browsers.member,
      actions,
      { title: 'Train labour attachés', status: 'planned', progress: '0' },
      `${actions}/new`,
    );
    const template = await world.browsers.member.get(`${actions}/import/template.csv`);
    expect(template.body).toContain('action,action_title,status,progress');
    const ids = await ctx.db.kysely
      .selectFrom('actions')
      .select(['id', 'title'])
      .where('process_id', '=', world.closed.id)
      .execute();
    const centre = ids.find((a) => a.title.startsWith('Open'))!;
    const content = Buffer.from(
      [
        'action,status,progress',
        `${centre.id},en cours,45%`,
        'Train labour attachés,done,',
        'Build a spaceport,planned,10',
        `${centre.id},delayed,`,
        'Train labour attachés,finished,120',
      ].join('\n'),
    );
    const response = await upload(world.browsers.member, `${actions}/import`, {
      name: 'actions.csv',
      content,
    });
    expect(response.statusCode).toBe(303);
    const preview = response.headers.location as string;
    const page = await world.browsers.member.get(preview);
    expect(page.body).toContain('Open a migrant resource centre: Planned → In progress, 0% → 45%');
    expect(page.body).toContain('Train labour attachés: Planned → Done, 0% → 100%');
    expect(page.body).toContain('Row 4, column “action”: The plan has no action called “Build a spaceport”');
    expect(page.body).toContain('Row 5, column “action”: The same action is already on row 2');
    expect(page.body).toContain('Row 6, column “status”: “finished” is not a status');
    const untouched = await ctx.db.kysely
      .selectFrom('actions')
      .select('status')
      .where('id', '=', centre.id)
      .executeTakeFirstOrThrow();
    expect(untouched.status).toBe('planned');
    expect((await post(world.browsers.member, preview, {}, preview)).statusCode).toBe(303);
    const after = await ctx.db.kysely
      .selectFrom('actions')
      .select(['title', 'status', 'progress', 'version'])
      .where('process_id', '=', world.closed.id)
      .orderBy('title')
      .execute();
    expect(after.map((a) => [a.title, a.status, Number(a.progress), Number(a.version)])).toEqual([
      ['Open a migrant resource centre', 'in-progress', 45, 2],
      ['Train labour attachés', 'done', 100, 2],
    ]);
  });
});
