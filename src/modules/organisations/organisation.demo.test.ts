import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import { loadDemo } from '../../demo.ts';
import type { Ctx } from './organisation.test-helpers.ts';

const KEYS = [
  'undp',
  'iom',
  'ilo',
  'unhcr',
  'unfpa',
  'unwomen',
  'ec',
  'sdc',
  'sweden',
  'mauritius',
  'switzerland',
  'bangladesh',
  'jamaica',
  'moldova',
  'tunisia',
  'gmg',
  'jmdi',
  'gfmd-wg',
];

describe.each(DIALECTS)('the organisations demo on %s', (dialect) => {
  let ctx: Ctx;
  let refs: Map<string, string>;
  let adminId: string;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    adminId = (await buildUser(ctx.db, { role: 'admin', name: 'Administrator' })).id;
    refs = (await loadDemo(ctx.db, adminId)).refs;
  });
  afterAll(() => ctx.close());

  it('creates the seed organisations through the service and registers them as org:<key>', async () => {
    expect(KEYS.every((key) => refs.has(`org:${key}`))).toBe(true);
    const rows = await ctx.db.kysely
      .selectFrom('organisations')
      .select(['id', 'name', 'acronym', 'type', 'country_alpha3', 'created_by'])
      .execute();
    expect(rows).toHaveLength(18);
    const byKey = (key: string) => rows.find((r) => r.id === refs.get(`org:${key}`))!;
    expect(byKey('undp')).toMatchObject({ acronym: 'UNDP', type: 'un-agency', country_alpha3: null });
    expect(byKey('unwomen')).toMatchObject({ acronym: 'UN Women', type: 'un-agency' });
    expect(byKey('ec')).toMatchObject({ type: 'donor' });
    expect(byKey('sdc')).toMatchObject({ acronym: 'SDC', type: 'donor' });
    expect(byKey('sweden')).toMatchObject({ type: 'national-government', country_alpha3: 'SWE' });
    expect(byKey('mauritius')).toMatchObject({ type: 'national-government', country_alpha3: 'MUS' });
    expect(byKey('switzerland').country_alpha3).toBe('CHE');
    expect(['bangladesh', 'jamaica', 'moldova', 'tunisia'].map((k) => byKey(k).country_alpha3)).toEqual([
      'BGD',
      'JAM',
      'MDA',
      'TUN',
    ]);
    expect(rows.every((r) => r.created_by === adminId)).toBe(true);
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'organisation')
      .where('actor_id', '=', adminId)
      .execute();
    expect(audit.filter((a) => a.action === 'organisation.create')).toHaveLength(18);
  });

  it('states the seed facts: JMDI budget, Mauritius chairing the 2012 GFMD', async () => {
    const jmdi = await ctx.app.inject(`/organisations/${refs.get('org:jmdi')}`);
    expect(jmdi.body).toContain('USD 9.5 million');
    expect(jmdi.body).toContain('41 photos and 15 videos');
    const mauritius = await ctx.app.inject(`/organisations/${refs.get('org:mauritius')}`);
    expect(mauritius.body).toContain('Chair of the 2012 Global Forum on Migration and Development');
    const pilot = await ctx.app.inject('/countries/BGD');
    expect(pilot.body).toContain('Government of Bangladesh');
  });

  it('reuses what an earlier run created when loaded again', async () => {
    const again = (await loadDemo(ctx.db, adminId)).refs;
    expect(KEYS.map((k) => again.get(`org:${k}`))).toEqual(KEYS.map((k) => refs.get(`org:${k}`)));
    const count = await ctx.db.kysely
      .selectFrom('organisations')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(18);
  });
});
