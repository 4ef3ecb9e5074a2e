import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { testApp } from '../../../test/support/http.ts';
import { SESSION_COOKIE } from '../../auth/cookies.ts';
import { now } from '../../db/ids.ts';
import {
  buildWorld,
  type Ctx,
  countRows,
  snapshot,
  type Who,
  type World,
} from './monitoring.test-helpers.ts';

interface Problem {
  status: number;
  code: string;
  errors?: { pointer: string; detail: string }[];
}

describe.each(DIALECTS)('the monitoring API on %s', (dialect) => {
  let ctx: Ctx;
  let world: World;
  const call = (
    who: Who,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    ctx.app.inject({
      method,
      url,
      headers: { ...world.bearer[who], ...headers },
      ...(payload === undefined
        ? {}
        : typeof payload === 'string' || Buffer.isBuffer(payload)
          ? { payload }
          : { payload: payload as object }),
    });
  const actions = (id: string) => `/api/v1/processes/${id}/actions`;
  const indicators = (id: string) => `/api/v1/processes/${id}/indicators`;

  beforeAll(async () => {
    ctx = await testApp(dialect);
    world = await buildWorld(ctx);
  });
  afterAll(() => ctx.close());

  describe('actions', () => {
    let actionId: string;

    it('lists a public plan to anyone and hides a private one from signed-out callers and outsiders', async () => {
      const open = await call('anonymous', 'GET', actions(world.open.id));
      expect(open.statusCode).toBe(200);
      expect(open.json()).toEqual({ data: [], next: null });
      expect((await call('anonymous', 'GET', actions(world.closed.id))).statusCode).toBe(404);
      expect((await call('outsider', 'GET', actions(world.closed.id))).statusCode).toBe(404);
      expect((await call('observer', 'GET', actions(world.closed.id))).statusCode).toBe(200);
    });

    it('refuses to create for signed-out callers (401), outsiders and observers (404)', async () => {
      const before = await snapshot(ctx.db);
      const body = { title: 'Train consular staff' };
      expect((await call('anonymous', 'POST', actions(world.closed.id), body)).statusCode).toBe(401);
      expect((await call('outsider', 'POST', actions(world.closed.id), body)).statusCode).toBe(404);
      expect((await call('observer', 'POST', actions(world.closed.id), body)).statusCode).toBe(404);
      // A browser session is not enough to write through the API.
      const session = [...world.browsers.member.cookies].find(([k]) => k === SESSION_COOKIE)![1];
      const viaCookie = await ctx.app.inject({
        method: 'POST',
        url: actions(world.closed.id),
        headers: { cookie: `${SESSION_COOKIE}=${session}` },
        payload: body,
      });
      expect(viaCookie.statusCode).toBe(401);
      expect(await snapshot(ctx.db)).toBe(before);
    });

    it('creates an action for a member, with organisations by id', async () => {
      const response = await call('member', 'POST', actions(world.closed.id), {
        title: 'Train consular staff',
        responsibleOrganisationId: world.organisations.iom,
        partnerIds: [world.organisations.undp],
        startDate: '2014-01-01',
        endDate: '2099-12-31',
        budget: { amountMinor: 1_500_000, currency: 'eur' },
        status: 'in-progress',
        progress: 20,
        stage: 'implementation',
        sharedWithPair: true,
      });
      expect(response.statusCode).toBe(201);
      const action = response.json();
      actionId = action.id;
      expect(action).toMatchObject({
        title: 'Train consular staff',
        responsibleOrganisation: { id: world.organisations.iom, acronym: 'IOM' },
        partners: [{ id: world.organisations.undp }],
        budget: { amountMinor: 1_500_000, currency: 'EUR' },
        overdue: false,
        sharedWithPair: true,
        version: 1,
      });
      expect(response.headers.location).toBe(`${actions(world.closed.id)}/${actionId}`);
      expect((await call('observer', 'GET', `${actions(world.closed.id)}/${actionId}`)).json().title).toBe(
        'Train consular staff',
      );
    });

    it('refuses end before start, a negative budget, an unknown currency and oversize text, changing nothing', async () => {
      const before = await snapshot(ctx.db);
      const response = await call('member', 'POST', actions(world.closed.id), {
        title: 't'.repeat(250),
        startDate: '2015-01-01',
        endDate: '2014-01-01',
        budget: { amountMinor: -100, currency: 'XYZ' },
      });
      expect(response.statusCode).toBe(422);
      const problem = response.json() as Problem;
      const pointers = problem.errors!.map((e) => e.pointer).sort();
      expect(pointers).toEqual(['/budget/amountMinor', '/budget/currency', '/endDate', '/title']);
      expect(problem.errors!.find((e) => e.pointer === '/endDate')!.detail).toContain(
        'on or after the start date',
      );
      const wrongType = await call('member', 'POST', actions(world.closed.id), { title: 42 });
      expect(wrongType.statusCode).toBe(422);
      expect(await snapshot(ctx.db)).toBe(before);
    });

    it('patches only the fields sent, and answers a stale version with 409', async () => {
      const url = `${actions(world.closed.id)}/${actionId}`;
      const patched = await call('member', 'PATCH', url, { version: 1, progress: 70 });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({
        progress: 70,
        status: 'in-progress',
        stage: 'implementation',
        version: 2,
      });
      const before = await snapshot(ctx.db);
      const stale = await call('owner', 'PATCH', url, { version: 1, title: 'Mine' });
      expect(stale.statusCode).toBe(409);
      expect((stale.json() as Problem).code).toBe('VersionConflict');
      expect((await call('observer', 'PATCH', url, { version: 2, title: 'Mine' })).statusCode).toBe(404);
      expect((await call('anonymous', 'PATCH', url, { version: 2, title: 'Mine' })).statusCode).toBe(401);
      expect(await snapshot(ctx.db)).toBe(before);
    });

    it('does not find an action through another process', async () => {
      expect((await call('admin', 'GET', `${actions(world.open.id)}/${actionId}`)).statusCode).toBe(404);
      expect(
        (await call('admin', 'PATCH', `${actions(world.open.id)}/${actionId}`, { version: 2, progress: 1 }))
          .statusCode,
      ).toBe(404);
    });

    it('pages with a cursor and filters overdue actions', async () => {
      for (let i = 0; i < 3; i += 1)
        await call('owner', 'POST', actions(world.closed.id), {
          title: `Late ${i}`,
          startDate: '2014-01-01',
          endDate: '2015-01-01',
        });
      const first = (await call('observer', 'GET', `${actions(world.closed.id)}?limit=2`)).json();
      expect(first.data).toHaveLength(2);
      const second = (
        await call('observer', 'GET', `${actions(world.closed.id)}?limit=2&cursor=${first.next}`)
      ).json();
      expect(second.data).toHaveLength(2);
      expect(second.next).toBeNull();
      const overdue = (await call('observer', 'GET', `${actions(world.closed.id)}?overdue=true`)).json();
      expect(overdue.data.map((a: { title: string }) => a.title).sort()).toEqual([
        'Late 0',
        'Late 1',
        'Late 2',
      ]);
      expect(overdue.data.every((a: { overdue: boolean }) => a.overdue)).toBe(true);
      expect((await call('observer', 'GET', `${actions(world.closed.id)}?cursor=%21%21`)).statusCode).toBe(
        400,
      );
    });
  });

  describe('indicators and values', () => {
    let indicatorId: string;
    const valuesUrl = () => `${indicators(world.closed.id)}/${indicatorId}/values`;

    it('creates an indicator for a member and refuses an unknown unit', async () => {
      const before = await snapshot(ctx.db);
      const unknown = await call('member', 'POST', indicators(world.closed.id), {
        name: 'Recruitment cost',
        unit: 'furlongs',
        direction: 'decrease',
      });
      expect(unknown.statusCode).toBe(422);
      expect((unknown.json() as Problem).errors![0]!.pointer).toBe('/unit');
      expect(
        (
          await call('observer', 'POST', indicators(world.closed.id), {
            name: 'X',
            unit: 'number',
            direction: 'increase',
          })
        ).statusCode,
      ).toBe(404);
      expect(await snapshot(ctx.db)).toBe(before);
      const created = await call('member', 'POST', indicators(world.closed.id), {
        name: 'Recruitment cost paid by workers',
        unit: 'usd',
        direction: 'decrease',
        baseline: { value: 1200, year: 2013 },
        targets: [{ year: 2018, value: 600 }],
        dataCode: 'SI.RMT.COST.IB.ZS',
      });
      expect(created.statusCode).toBe(201);
      indicatorId = created.json().id;
      expect(created.json()).toMatchObject({
        unit: 'usd',
        targets: [{ year: 2018, value: 600 }],
        dataCode: 'SI.RMT.COST.IB.ZS',
      });
      const list = await call('anonymous', 'GET', indicators(world.closed.id));
      expect(list.statusCode).toBe(404);
      expect((await call('observer', 'GET', indicators(world.closed.id))).json().data).toHaveLength(1);
    });

    it('reports values, refusing a negative amount, a period outside the process, a locked year and a repeat', async () => {
      const before = await snapshot(ctx.db);
      const negative = await call('member', 'POST', valuesUrl(), { period: '2015', value: -3 });
      expect(negative.statusCode).toBe(422);
      expect((negative.json() as Problem).errors![0]!.detail).toContain('0 or more');
      const outside = await call('member', 'POST', valuesUrl(), { period: '2025', value: 900 });
      expect(outside.statusCode).toBe(422);
      expect((outside.json() as Problem).errors![0]!.detail).toContain('outside the process period');
      const sex = await call('member', 'POST', valuesUrl(), { period: '2015', value: 900, sex: 'F' });
      expect(sex.statusCode).toBe(422);
      expect((await call('observer', 'POST', valuesUrl(), { period: '2015', value: 900 })).statusCode).toBe(
        404,
      );
      expect((await call('anonymous', 'POST', valuesUrl(), { period: '2015', value: 900 })).statusCode).toBe(
        401,
      );
      expect(await snapshot(ctx.db)).toBe(before);

      const saved = await call('member', 'POST', valuesUrl(), {
        period: '2015',
        value: 900,
        source: 'Survey',
      });
      expect(saved.statusCode).toBe(201);
      expect(saved.json()).toMatchObject({
        period: '2015',
        year: 2015,
        value: 900,
        reportedBy: { id: world.users.member.id },
      });
      expect((await call('member', 'POST', valuesUrl(), { period: '2015', value: 901 })).statusCode).toBe(
        409,
      );

      await ctx.db.kysely
        .insertInto('reporting_locks')
        .values({
          process_id: world.closed.id,
          year: 2016,
          locked_by: world.users.owner.id,
          locked_at: now(),
        })
        .execute();
      const locked = await call('member', 'POST', valuesUrl(), { period: '2016-Q2', value: 800 });
      expect(locked.statusCode).toBe(409);
      expect((locked.json() as Problem).code).toBe('PeriodLocked');
      expect((locked.json() as Problem).errors![0]!.detail).toContain('Reporting for 2016 is locked');

      const listed = await call('observer', 'GET', valuesUrl());
      expect(listed.json().data).toHaveLength(1);
      const indicator = await call('observer', 'GET', `${indicators(world.closed.id)}/${indicatorId}`);
      // (900 - 1200) / (600 - 1200) = 50%
      expect(indicator.json().progress).toMatchObject({
        percent: 50,
        latest: { period: '2015', value: 900 },
      });
    });

    it('checks a bulk of values without saving anything on a dry run, with a report per row', async () => {
      const before = await snapshot(ctx.db);
      const response = await call(
        'member',
        'POST',
        `${indicators(world.closed.id)}/values:bulk?dryRun=true`,
        {
          rows: [
            { indicator: 'Recruitment cost paid by workers', period: 2017, value: 700 },
            { indicator: indicatorId, period: '2016', value: 650 },
            { row: 9, indicator: 'Nope', period: '2017', value: 'a lot' },
            { indicator: indicatorId, period: '2015', value: 850 },
          ],
        },
      );
      expect(response.statusCode).toBe(200);
      const report = response.json();
      expect(report).toMatchObject({
        dryRun: true,
        saved: 0,
        summary: { rows: 4, valid: 2, invalid: 2, unchanged: 0 },
      });
      expect(report.rows[0]).toMatchObject({ row: 1, status: 'new', problems: [] });
      expect(report.rows[1].problems[0]).toMatchObject({ column: 'period' });
      expect(report.rows[1].problems[0].detail).toContain(
        'Row 2, column “period”: Reporting for 2016 is locked',
      );
      expect(report.rows[2].row).toBe(9);
      expect(report.rows[2].problems.map((p: { column: string }) => p.column).sort()).toEqual([
        'indicator',
        'value',
      ]);
      expect(report.rows[3]).toMatchObject({ status: 'replace', change: { previous: 900, value: 850 } });
      expect(await snapshot(ctx.db)).toBe(before);
    });

    it('saves valid rows, or nothing in all-or-nothing mode, and reads a CSV body', async () => {
      const rows = {
        rows: [
          { indicator: indicatorId, period: '2017', value: 700 },
          { indicator: indicatorId, period: '2030', value: 1 },
        ],
      };
      const before = await snapshot(ctx.db);
      const refused = await call(
        'member',
        'POST',
        `${indicators(world.closed.id)}/values:bulk?mode=all-or-nothing`,
        rows,
      );
      expect(refused.statusCode).toBe(422);
      expect(refused.json().saved).toBe(0);
      expect(await snapshot(ctx.db)).toBe(before);
      expect(
        (await call('observer', 'POST', `${indicators(world.closed.id)}/values:bulk`, rows)).statusCode,
      ).toBe(404);
      const saved = await call('member', 'POST', `${indicators(world.closed.id)}/values:bulk`, rows);
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toMatchObject({ dryRun: false, saved: 1, summary: { valid: 1, invalid: 1 } });
      expect(await countRows(ctx.db, 'indicator_values')).toBe(2);

      const csv = await call(
        'member',
        'POST',
        `${indicators(world.closed.id)}/values:bulk?dryRun=true`,
        'indicator,period,value\nRecruitment cost paid by workers,2018,650\nRecruitment cost paid by workers,2018,abc\n',
        { 'content-type': 'text/csv' },
      );
      expect(csv.statusCode).toBe(200);
      expect(csv.json().rows.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([
        [2, 'new'],
        [3, 'invalid'],
      ]);
      const latin1 = await call(
        'member',
        'POST',
        `${indicators(world.closed.id)}/values:bulk?dryRun=true`,
        Buffer.from('indicator,period,value,source\nX,2018,1,Tomé\n', 'latin1'),
        { 'content-type': 'text/csv' },
      );
      expect(latin1.statusCode).toBe(422);
      expect((latin1.json() as Problem).errors![0]!.detail).toContain('not saved as UTF-8');
    });

    it('updates actions in bulk through the API too', async () => {
      const list = (await call('member', 'GET', actions(world.closed.id))).json();
      const late = list.data.find((a: { title: string }) => a.title === 'Late 0');
      const response = await call('member', 'POST', `${actions(world.closed.id)}:bulk`, {
        rows: [{ action: late.id, status: 'done' }],
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ saved: 1 });
      const after = (await call('member', 'GET', `${actions(world.closed.id)}/${late.id}`)).json();
      expect(after).toMatchObject({ status: 'done', progress: 100, overdue: false });
    });

    it('documents its routes in the OpenAPI description', async () => {
      const spec = (await ctx.app.inject('/api/openapi.json')).json();
      for (const path of [
        '/api/v1/processes/{id}/actions',
        '/api/v1/processes/{id}/actions/{actionId}',
        '/api/v1/processes/{id}/indicators',
        '/api/v1/processes/{id}/indicators/{indicatorId}',
        '/api/v1/processes/{id}/indicators/{indicatorId}/values',
        '/api/v1/processes/{id}/indicators/values:bulk',
      ])
        expect(Object.keys(spec.paths), path).toContain(path);
    });
  });
});
