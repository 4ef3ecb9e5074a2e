import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import { seedOrganisations } from '../../../test/support/seed-organisations.ts';
import type { DemoContext } from '../../module-kit/demo-context.ts';
import { loadPracticeDemo } from './practice.demo.ts';

describe.each(DIALECTS)('the practices demo on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let context: DemoContext;

  beforeAll(async () => {
    ctx = await testApp(dialect);
    const admin = await buildUser(ctx.db, { role: 'admin' });
    context = { db: ctx.db, refs: await seedOrganisations(ctx.db), actorId: admin.id };
    await loadPracticeDemo(context);
  });
  afterAll(() => ctx.close());

  it('publishes three practices marked as demo content, one promising with a road map and a replication', async () => {
    const api = (await ctx.app.inject('/api/v1/practices')).json() as {
      data: { id: string; title: string; promising: boolean }[];
    };
    expect(api.data).toHaveLength(3);
    expect(api.data.every((p) => p.title.endsWith('(demo)'))).toBe(true);
    const promising = api.data.filter((p) => p.promising);
    expect(promising.length).toBeGreaterThanOrEqual(1);
    const partnership = api.data.find((p) => p.title.startsWith('Local authorities and civil society'))!;
    const page = await ctx.app.inject(`/practices/${partnership.id}`);
    expect(page.body).toContain('Demo content');
    expect(page.body).toContain('names no place, budget, dates or results');
    expect(page.body).toContain('Scale-up road map');
    expect(page.body).toContain('Identify promising initiatives');
    expect(page.body).toContain('Family of replications');
    const calls = (await ctx.app.inject('/api/v1/calls')).json() as {
      data: { state: string; demo: boolean }[];
    };
    expect(calls.data).toEqual([expect.objectContaining({ state: 'open', demo: true })]);
  });

  it('runs again without making anything twice', async () => {
    await loadPracticeDemo(context);
    const count = await ctx.db.kysely
      .selectFrom('practices')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(3);
    expect((await ctx.db.kysely.selectFrom('practice_calls').select('id').execute()).length).toBe(1);
  });
});
