import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { testApp } from '../../../test/support/http.ts';
import {
  buildWorld,
  type Ctx,
  fieldError,
  post,
  snapshot,
  type Who,
  type World,
} from './monitoring.test-helpers.ts';

/** The indicator form as a browser sends it. */
function indicatorFields(values: Record<string, string> = {}): Record<string, string> {
  return {
    name: 'Share of returnees with a job within a year',
    definition: 'Returnees employed 12 months after return, as a share of all returnees surveyed',
    unit: 'percent',
    direction: 'increase',
    disaggregation: 'sex',
    baselineValue: '30',
    baselineYear: '2013',
    'targets.0.year': '2015',
    'targets.0.value': '40',
    'targets.1.year': '2020',
    'targets.1.value': '80',
    'targets.2.year': '',
    'targets.2.value': '',
    dataCode: '',
    ...values,
  };
}

function valueFields(values: Record<string, string> = {}): Record<string, string> {
  return {
    period: '2016',
    sex: '_T',
    age: '_T',
    value: '55',
    source: 'Returnee survey',
    'reportedOn.day': '15',
    'reportedOn.month': '1',
    'reportedOn.year': '2017',
    ...values,
  };
}

describe.each(DIALECTS)('indicator pages on %s', (dialect) => {
  let ctx: Ctx;
  let world: World;
  let indicatorId: string;
  const base = () => `/processes/${world.closed.id}/indicators`;
  const values = () =>
    ctx.db.kysely
      .selectFrom('indicator_values')
      .selectAll()
      .where('indicator_id', '=', indicatorId)
      .orderBy('period')
      .execute();

  beforeAll(async () => {
    ctx = await testApp(dialect);
    world = await buildWorld(ctx);
  });
  afterAll(() => ctx.close());

  it('hides a private process’s indicators from signed-out visitors and outsiders, shows them to observers', async () => {
    expect((await world.browsers.anonymous.get(base())).statusCode).toBe(404);
    expect((await world.browsers.outsider.get(base())).statusCode).toBe(404);
    const observer = await world.browsers.observer.get(base());
    expect(observer.statusCode).toBe(200);
    expect(observer.body).not.toContain(`${base()}/new`);
    expect((await world.browsers.anonymous.get(`/processes/${world.open.id}/indicators`)).statusCode).toBe(
      200,
    );
  });

  it('refuses the form to signed-out visitors, outsiders and observers', async () => {
    expect((await world.browsers.anonymous.get(`${base()}/new`)).statusCode).toBe(303);
    for (const who of ['outsider', 'observer'] as Who[])
      expect((await world.browsers[who].get(`${base()}/new`)).statusCode, who).toBe(404);
    const before = await snapshot(ctx.db);
    expect((await post(world.browsers.observer, base(), indicatorFields(), base())).statusCode).toBe(404);
    expect((await post(world.browsers.anonymous, base(), indicatorFields(), '/sign-in')).statusCode).toBe(
      401,
    );
    expect(await snapshot(ctx.db)).toBe(before);
  });

  it('refuses an unknown unit, targets the wrong way or outside the period, and oversize text', async () => {
    const before = await snapshot(ctx.db);
    const response = await post(
      world.browsers.member,
      base(),
      indicatorFields({
        name: 'n'.repeat(201),
        unit: 'furlongs',
        'targets.0.year': '2030',
        dataCode: 'not a code!',
      }),
      `${base()}/new`,
    );
    expect(response.statusCode).toBe(422);
    expect(fieldError(response.body, 'name')).toContain('200 characters or fewer');
    expect(fieldError(response.body, 'unit')).toContain('Choose one of the units');
    expect(fieldError(response.body, 'dataCode')).toContain('SI.RMT.COST.IB.ZS');
    const wrongWay = await post(
      world.browsers.member,
      base(),
      indicatorFields({ 'targets.0.value': '20', 'targets.1.year': '2030' }),
      `${base()}/new`,
    );
    expect(wrongWay.statusCode).toBe(422);
    expect(fieldError(wrongWay.body, 'targets.0.value')).toContain('cannot be below the baseline');
    expect(fieldError(wrongWay.body, 'targets.1.year')).toContain('outside the process period');
    const percent = await post(
      world.browsers.member,
      base(),
      indicatorFields({ baselineValue: '150' }),
      `${base()}/new`,
    );
    expect(fieldError(percent.body, 'baselineValue')).toContain('from 0 to 100');
    expect(await snapshot(ctx.db)).toBe(before);
  });

  it('saves a member’s indicator with its baseline and targets', async () => {
    const response = await post(world.browsers.member, base(), indicatorFields(), `${base()}/new`);
    expect(response.statusCode).toBe(303);
    const row = await ctx.db.kysely
      .selectFrom('process_indicators')
      .selectAll()
      .where('process_id', '=', world.closed.id)
      .executeTakeFirstOrThrow();
    indicatorId = row.id;
    expect(row).toMatchObject({ unit: 'percent', direction: 'increase', disaggregation: 'sex' });
    expect(Number(row.baseline_value)).toBe(30);
    const targets = await ctx.db.kysely
      .selectFrom('indicator_targets')
      .selectAll()
      .where('indicator_id', '=', row.id)
      .orderBy('year')
      .execute();
    expect(targets.map((t) => [Number(t.year), Number(t.value)])).toEqual([
      [2015, 40],
      [2020, 80],
    ]);
  });

  it('flags the missing report of a year with a target that has ended', async () => {
    const page = await world.browsers.observer.get(`${base()}/${indicatorId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Missing report');
    expect(page.body).toContain('No value reported for 2015 and 2020');
  });

  it('reports a value, validated against the unit, the period and the groups the indicator takes', async () => {
    const url = `${base()}/${indicatorId}/values`;
    const form = `${url}/new`;
    expect((await world.browsers.observer.get(form)).statusCode).toBe(404);
    const before = await snapshot(ctx.db);
    const percent = await post(world.browsers.member, url, valueFields({ value: '150' }), form);
    expect(percent.statusCode).toBe(422);
    expect(fieldError(percent.body, 'value')).toContain('from 0 to 100');
    const outside = await post(world.browsers.member, url, valueFields({ period: '2021' }), form);
    expect(fieldError(outside.body, 'period')).toContain('outside the process period');
    const age = await post(world.browsers.member, url, valueFields({ age: 'Y15T24' }), form);
    // The form offers no age group for this indicator: a hand-made post is refused in the summary.
    expect(age.statusCode).toBe(422);
    expect(age.body).toContain('not reported by age group');
    const future = await post(world.browsers.member, url, valueFields({ 'reportedOn.year': '2999' }), form);
    expect(fieldError(future.body, 'reportedOn')).toContain('cannot be in the future');
    const words = await post(world.browsers.member, url, valueFields({ value: 'about half' }), form);
    expect(fieldError(words.body, 'value')).toContain('as a number');
    expect(await snapshot(ctx.db)).toBe(before);

    expect((await post(world.browsers.member, url, valueFields(), form)).statusCode).toBe(303);
    expect(
      (await post(world.browsers.member, url, valueFields({ sex: 'F', value: '62,5' }), form)).statusCode,
    ).toBe(303);
    const again = await post(world.browsers.member, url, valueFields({ value: '56' }), form);
    expect(again.statusCode).toBe(422);
    expect(fieldError(again.body, 'period')).toContain('already reported');
    const stored = await values();
    expect(stored.map((v) => [v.period, v.sex, Number(v.value), v.reported_by])).toEqual([
      ['2016', 'F', 62.5, world.users.member.id],
      ['2016', '_T', 55, world.users.member.id],
    ]);
  });

  it('shows progress against the target in words, a chart without style attributes, and its CSV', async () => {
    const page = await world.browsers.observer.get(`${base()}/${indicatorId}`);
    // (55 - 30) / (80 - 30) = 50%
    expect(page.body).toContain('50% of the way from the baseline to the 2020 target');
    expect(page.body).toContain('<svg');
    expect(page.body).toContain('role="img"');
    expect(page.body).not.toMatch(/<style|\sstyle="/);
    // Only the image itself is labelled: aria-label on a <g> without a role breaks WCAG (axe).
    const start = page.body.lastIndexOf('<svg', page.body.indexOf('class="chart__svg"'));
    const svg = page.body.slice(start, page.body.indexOf('</svg>', start));
    expect(svg.match(/aria-label=/g)).toHaveLength(1);
    // The chart scrolls sideways on a phone: the keyboard can reach it to scroll it.
    expect(page.body).toMatch(/<section class="chart__frame" aria-label="[^"]+" tabindex="0">/);
    expect(page.body).toContain('The chart as a table');
    const csv = await world.browsers.observer.get(`${base()}/${indicatorId}/chart.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('period,baseline,reported,target');
    expect(csv.body).toContain('2016,no,55,');
    expect((await world.browsers.outsider.get(`${base()}/${indicatorId}/chart.csv`)).statusCode).toBe(404);
  });

  it('changes a value with its version, and answers a stale one with 409', async () => {
    const [female] = await values();
    const url = `${base()}/${indicatorId}/values/${female!.id}/edit`;
    expect((await world.browsers.observer.get(url)).statusCode).toBe(404);
    const saved = await post(world.browsers.member, url, valueFields({ value: '63', version: '1' }), url);
    expect(saved.statusCode).toBe(303);
    const before = await snapshot(ctx.db);
    const stale = await post(world.browsers.owner, url, valueFields({ value: '99', version: '1' }), url);
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('value="99"');
    expect(await snapshot(ctx.db)).toBe(before);
  });

  it('lets only the owner lock a year; a locked year refuses new and changed values with a clear message', async () => {
    const locks = `${base()}/locks`;
    const before = await snapshot(ctx.db);
    for (const who of ['observer', 'member', 'outsider'] as Who[])
      expect(
        (
          await post(
            world.browsers[who],
            locks,
            { year: '2016' },
            world.browsers[who] === world.browsers.outsider ? '/' : base(),
          )
        ).statusCode,
        who,
      ).toBe(404);
    expect((await post(world.browsers.anonymous, locks, { year: '2016' }, '/sign-in')).statusCode).toBe(401);
    expect(await snapshot(ctx.db)).toBe(before);
    const badYear = await post(world.browsers.owner, locks, { year: 'last year' }, base());
    expect(badYear.statusCode).toBe(422);
    expect(badYear.body).toContain('four digits');
    expect((await post(world.browsers.owner, locks, { year: '2016' }, base())).statusCode).toBe(303);
    const list = await world.browsers.member.get(base());
    expect(list.body).toContain('2016: locked on');

    const afterLock = await snapshot(ctx.db);
    const url = `${base()}/${indicatorId}/values`;
    const refused = await post(
      world.browsers.member,
      url,
      valueFields({ sex: 'M', value: '40' }),
      `${url}/new`,
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('Reporting for 2016 is locked');
    const [female] = await values();
    const edit = `${base()}/${indicatorId}/values/${female!.id}/edit`;
    const changed = await post(world.browsers.member, edit, valueFields({ value: '70', version: '2' }), edit);
    expect(changed.statusCode).toBe(409);
    expect(changed.body).toContain('Reporting for 2016 is locked');
    expect(await snapshot(ctx.db)).toBe(afterLock);

    expect((await post(world.browsers.member, `${locks}/2016/unlock`, {}, base())).statusCode).toBe(404);
    expect((await post(world.browsers.owner, `${locks}/2016/unlock`, {}, base())).statusCode).toBe(303);
    expect(
      (await post(world.browsers.member, url, valueFields({ sex: 'M', value: '40' }), `${url}/new`))
        .statusCode,
    ).toBe(303);
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', world.closed.id)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['monitoring.lock', 'monitoring.unlock']);
  });

  it('lets admins do what owners do', async () => {
    expect((await post(world.browsers.admin, `${base()}/locks`, { year: '2013' }, base())).statusCode).toBe(
      303,
    );
    expect((await world.browsers.admin.get(`${base()}/${indicatorId}/edit`)).statusCode).toBe(200);
  });

  it('keeps the unit once values are reported, and answers a stale definition with 409', async () => {
    const url = `${base()}/${indicatorId}/edit`;
    const unit = await post(
      world.browsers.member,
      url,
      indicatorFields({ unit: 'number', version: '1' }),
      url,
    );
    expect(unit.statusCode).toBe(422);
    expect(fieldError(unit.body, 'unit')).toContain('cannot change once values are reported');
    expect(
      (await post(world.browsers.member, url, indicatorFields({ name: 'Renamed', version: '1' }), url))
        .statusCode,
    ).toBe(303);
    const stale = await post(world.browsers.owner, url, indicatorFields({ name: 'Mine', version: '1' }), url);
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('value="Mine"');
  });

  it('exports indicators and values as CSV and XLSX', async () => {
    const csv = await world.browsers.observer.get(`${base()}/export.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('indicator_id,indicator,unit,period,sex,age_group,value');
    expect(csv.body).toContain('Renamed');
    const xlsx = await world.browsers.observer.get(`${base()}/export.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await world.browsers.outsider.get(`${base()}/export.xlsx`)).statusCode).toBe(404);
  });

  it('does not find an indicator through another process', async () => {
    expect(
      (await world.browsers.admin.get(`/processes/${world.open.id}/indicators/${indicatorId}`)).statusCode,
    ).toBe(404);
  });

  it('puts the plan’s figures on the workspace overview', async () => {
    const overview = await world.browsers.observer.get(`/processes/${world.closed.id}`);
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('Action plan and monitoring');
    expect(overview.body).toContain('1 indicator</a>');
    expect(overview.body).toContain('2 missing reports');
  });

  it('adds the plan and its indicators to the process report, on the page and in the PDF', async () => {
    const page = await world.browsers.observer.get(`/processes/${world.closed.id}/report`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<h3 id="report-40">Actions in the plan</h3>');
    expect(page.body).toContain('<h3 id="report-50">Indicators</h3>');
    expect(page.body).toContain('Renamed');
    const pdf = await world.browsers.observer.get(`/processes/${world.closed.id}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect((await world.browsers.outsider.get(`/processes/${world.closed.id}/report`)).statusCode).toBe(404);
  });
});
