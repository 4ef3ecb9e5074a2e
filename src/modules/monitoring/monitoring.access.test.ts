import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { testApp } from '../../../test/support/http.ts';
import {
  buildWorld,
  type Ctx,
  post,
  snapshot,
  upload,
  type Who,
  type World,
} from './monitoring.test-helpers.ts';

/**
 * Every route of the module, visited by each kind of person: signed out first, then someone with
 * no role in the process, an observer, a member, the owner and a platform admin. Private
 * processes answer 404 to anyone without a role, in the pages and the API alike.
 */
describe.each(DIALECTS)('who may use each monitoring route, on %s', (dialect) => {
  let ctx: Ctx;
  let world: World;
  const ids: Record<'open' | 'closed', { action: string; indicator: string; value: string; upload: string }> =
    {
      open: { action: '', indicator: '', value: '', upload: '' },
      closed: { action: '', indicator: '', value: '', upload: '' },
    };

  beforeAll(async () => {
    ctx = await testApp(dialect);
    world = await buildWorld(ctx);
    for (const which of ['open', 'closed'] as const) {
      const id = world[which].id;
      const actions = `/processes/${id}/actions`;
      await post(
        world.browsers.member,
        actions,
        { title: 'Train consular staff', status: 'planned', progress: '0' },
        `${actions}/new`,
      );
      const indicators = `/processes/${id}/indicators`;
      await post(
        world.browsers.member,
        indicators,
        { name: 'Remittance cost', unit: 'percent', direction: 'decrease', disaggregation: 'none' },
        `${indicators}/new`,
      );
      const action = await ctx.db.kysely
        .selectFrom('actions')
        .select('id')
        .where('process_id', '=', id)
        .executeTakeFirstOrThrow();
      const indicator = await ctx.db.kysely
        .selectFrom('process_indicators')
        .select('id')
        .where('process_id', '=', id)
        .executeTakeFirstOrThrow();
      await post(
        world.browsers.member,
        `${indicators}/${indicator.id}/values`,
        {
          period: '2015',
          value: '7',
          'reportedOn.day': '1',
          'reportedOn.month': '1',
          'reportedOn.year': '2016',
        },
        `${indicators}/${indicator.id}/values/new`,
      );
      const value = await ctx.db.kysely
        .selectFrom('indicator_values')
        .select('id')
        .where('indicator_id', '=', indicator.id)
        .executeTakeFirstOrThrow();
      const uploaded = await upload(world.browsers.member, `${indicators}/import`, {
        name: 'values.csv',
        content: Buffer.from('indicator,period,value\nRemittance cost,2016,6\n'),
      });
      ids[which] = {
        action: action.id,
        indicator: indicator.id,
        value: value.id,
        upload: String(uploaded.headers.location).split('/').at(-1)!,
      };
    }
  });
  afterAll(() => ctx.close());

  /** Pages anyone who may view the process may read. */
  const viewPages = (which: 'open' | 'closed') => {
    const p = `/processes/${world[which].id}`;
    const i = ids[which];
    return [
      `${p}/actions`,
      `${p}/actions?status=planned&overdue=1`,
      `${p}/actions/timeline`,
      `${p}/actions/${i.action}`,
      `${p}/actions/export.csv`,
      `${p}/actions/export.xlsx`,
      `${p}/indicators`,
      `${p}/indicators/${i.indicator}`,
      `${p}/indicators/${i.indicator}/chart.csv`,
      `${p}/indicators/export.csv`,
      `${p}/indicators/export.xlsx`,
    ];
  };
  /** Pages for people who may change the process. */
  const editPages = (which: 'open' | 'closed') => {
    const p = `/processes/${world[which].id}`;
    const i = ids[which];
    return [
      `${p}/actions/new`,
      `${p}/actions/${i.action}/edit`,
      `${p}/actions/import`,
      `${p}/actions/import/template.csv`,
      `${p}/actions/import/template.xlsx`,
      `${p}/indicators/new`,
      `${p}/indicators/${i.indicator}/edit`,
      `${p}/indicators/${i.indicator}/values/new`,
      `${p}/indicators/${i.indicator}/values/${i.value}/edit`,
      `${p}/indicators/import`,
      `${p}/indicators/import/template.csv`,
      `${p}/indicators/import/template.xlsx`,
    ];
  };
  const forms = (which: 'open' | 'closed') => {
    const p = `/processes/${world[which].id}`;
    const i = ids[which];
    return [
      `${p}/actions`,
      `${p}/actions/rollup`,
      `${p}/actions/${i.action}/edit`,
      `${p}/actions/import`,
      `${p}/indicators`,
      `${p}/indicators/locks`,
      `${p}/indicators/locks/2015/unlock`,
      `${p}/indicators/${i.indicator}/edit`,
      `${p}/indicators/${i.indicator}/values`,
      `${p}/indicators/${i.indicator}/values/${i.value}/edit`,
      `${p}/indicators/import`,
    ];
  };
  const apiReads = (which: 'open' | 'closed') => {
    const p = `/api/v1/processes/${world[which].id}`;
    const i = ids[which];
    return [
      `${p}/actions`,
      `${p}/actions/${i.action}`,
      `${p}/indicators`,
      `${p}/indicators/${i.indicator}`,
      `${p}/indicators/${i.indicator}/values`,
    ];
  };
  const apiWrites = (which: 'open' | 'closed') => {
    const p = `/api/v1/processes/${world[which].id}`;
    const i = ids[which];
    return [
      { method: 'POST' as const, url: `${p}/actions`, payload: { title: 'New' } },
      { method: 'PATCH' as const, url: `${p}/actions/${i.action}`, payload: { version: 1, title: 'New' } },
      {
        method: 'POST' as const,
        url: `${p}/indicators`,
        payload: { name: 'New', unit: 'number', direction: 'increase' },
      },
      {
        method: 'POST' as const,
        url: `${p}/indicators/${i.indicator}/values`,
        payload: { period: '2017', value: 5 },
      },
      {
        method: 'POST' as const,
        url: `${p}/indicators/values:bulk?dryRun=true`,
        payload: { rows: [{ indicator: 'Remittance cost', period: '2017', value: 5 }] },
      },
      {
        method: 'POST' as const,
        url: `${p}/actions:bulk?dryRun=true`,
        payload: { rows: [{ action: i.action, status: 'done' }] },
      },
    ];
  };

  it('signed out: reads public plans, is sent to sign in for forms, and is refused every write (401)', async () => {
    const before = await snapshot(ctx.db);
    const browser = world.browsers.anonymous;
    for (const url of viewPages('open')) expect((await browser.get(url)).statusCode, url).toBe(200);
    for (const url of viewPages('closed')) expect((await browser.get(url)).statusCode, url).toBe(404);
    for (const url of [...editPages('open'), ...editPages('closed')]) {
      const response = await browser.get(url);
      expect(response.statusCode, url).toBe(303);
      expect(response.headers.location, url).toContain('/sign-in');
    }
    for (const url of [...forms('open'), ...forms('closed')])
      expect((await post(browser, url, { title: 'x' }, '/sign-in')).statusCode, url).toBe(401);
    const preview = `/processes/${world.open.id}/indicators/import/${ids.open.upload}`;
    expect((await browser.get(preview)).statusCode).toBe(303);
    for (const url of apiReads('open')) expect((await ctx.app.inject(url)).statusCode, url).toBe(200);
    for (const url of apiReads('closed')) expect((await ctx.app.inject(url)).statusCode, url).toBe(404);
    for (const write of [...apiWrites('open'), ...apiWrites('closed')])
      expect((await ctx.app.inject(write)).statusCode, write.url).toBe(401);
    expect(await snapshot(ctx.db)).toBe(before);
  });

  it('no role in a private process: 404 everywhere, pages and API', async () => {
    const before = await snapshot(ctx.db);
    const browser = world.browsers.outsider;
    for (const url of [...viewPages('closed'), ...editPages('closed')])
      expect((await browser.get(url)).statusCode, url).toBe(404);
    for (const url of forms('closed')) {
      const token = await browser.csrfToken('/');
      expect((await post(browser, url, { _csrf: token, title: 'x' }, '/', false)).statusCode, url).toBe(404);
    }
    for (const url of apiReads('closed'))
      expect((await ctx.app.inject({ url, headers: world.bearer.outsider })).statusCode, url).toBe(404);
    for (const write of apiWrites('closed'))
      expect((await ctx.app.inject({ ...write, headers: world.bearer.outsider })).statusCode, write.url).toBe(
        404,
      );
    // On a public process they read, and may change nothing.
    for (const url of viewPages('open')) expect((await browser.get(url)).statusCode, url).toBe(200);
    for (const url of editPages('open')) expect((await browser.get(url)).statusCode, url).toBe(404);
    expect(await snapshot(ctx.db)).toBe(before);
  });

  it('observers read everything and change nothing', async () => {
    const before = await snapshot(ctx.db);
    const browser = world.browsers.observer;
    for (const url of viewPages('closed')) expect((await browser.get(url)).statusCode, url).toBe(200);
    for (const url of editPages('closed')) expect((await browser.get(url)).statusCode, url).toBe(404);
    const page = `/processes/${world.closed.id}/actions`;
    for (const url of forms('closed'))
      expect((await post(browser, url, { title: 'x' }, page)).statusCode, url).toBe(404);
    for (const url of apiReads('closed'))
      expect((await ctx.app.inject({ url, headers: world.bearer.observer })).statusCode, url).toBe(200);
    for (const write of apiWrites('closed'))
      expect((await ctx.app.inject({ ...write, headers: world.bearer.observer })).statusCode, write.url).toBe(
        404,
      );
    expect(await snapshot(ctx.db)).toBe(before);
  });

  it('members, owners and admins open every form; only owners and admins lock a year', async () => {
    for (const who of ['member', 'owner', 'admin'] as Who[]) {
      for (const url of editPages('closed'))
        expect((await world.browsers[who].get(url)).statusCode, `${who} ${url}`).toBe(200);
    }
    const indicators = `/processes/${world.closed.id}/indicators`;
    expect(
      (await post(world.browsers.member, `${indicators}/locks`, { year: '2015' }, indicators)).statusCode,
    ).toBe(404);
    expect(
      (await post(world.browsers.owner, `${indicators}/locks`, { year: '2015' }, indicators)).statusCode,
    ).toBe(303);
    expect(
      (await post(world.browsers.admin, `${indicators}/locks/2015/unlock`, {}, indicators)).statusCode,
    ).toBe(303);
    // Another member cannot see the member's upload.
    const preview = `${indicators}/import/${ids.closed.upload}`;
    expect((await world.browsers.owner.get(preview)).statusCode).toBe(404);
    expect((await world.browsers.member.get(preview)).statusCode).toBe(200);
  });

  it('an expired upload asks for the file again and saves nothing', async () => {
    const indicators = `/processes/${world.open.id}/indicators`;
    await ctx.db.kysely
      .updateTable('bulk_uploads')
      .set({ expires_at: '2000-01-01T00:00:00.000Z' })
      .where('id', '=', ids.open.upload)
      .execute();
    const before = await snapshot(ctx.db);
    const response = await post(
      world.browsers.member,
      `${indicators}/import/${ids.open.upload}`,
      {},
      indicators,
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${indicators}/import`);
    expect(await snapshot(ctx.db)).toBe(before);
  });
});
