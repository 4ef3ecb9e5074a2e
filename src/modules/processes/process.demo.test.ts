import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation, buildUser } from '../../../test/support/factories.ts';
import { testApp } from '../../../test/support/http.ts';
import { loadDemo } from '../../demo.ts';
import type { DemoContext } from '../../module-kit/demo-context.ts';
import { loadProcessDemo, PILOT_TITLE, pilotTitle } from './process.demo.ts';

describe.each(DIALECTS)('process demo on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let context: DemoContext;
  let adminId: string;

  beforeAll(async () => {
    ctx = await testApp(dialect);
    adminId = (await buildUser(ctx.db, { role: 'admin' })).id;
    const refs = new Map<string, string>();
    for (const [key, name, type, country] of [
      ['bangladesh', 'Government of Bangladesh', 'national-government', 'BGD'],
      ['jamaica', 'Government of Jamaica', 'national-government', 'JAM'],
      ['moldova', 'Government of the Republic of Moldova', 'national-government', 'MDA'],
      ['tunisia', 'Government of Tunisia', 'national-government', 'TUN'],
      ['undp', 'United Nations Development Programme', 'un-agency', null],
      ['iom', 'International Organization for Migration', 'un-agency', null],
    ] as const) {
      const org = await buildOrganisation(ctx.db, { name, type, country_alpha3: country });
      refs.set(`org:${key}`, org.id);
    }
    context = { db: ctx.db, refs, actorId: adminId };
    await loadProcessDemo(context);
  });
  afterAll(() => ctx.close());

  it('creates the four public pilot processes, led by their governments, registered as refs', async () => {
    const rows = await ctx.db.kysely.selectFrom('processes').selectAll().orderBy('country_alpha3').execute();
    expect(rows.map((r) => r.country_alpha3)).toEqual(['BGD', 'JAM', 'MDA', 'TUN']);
    expect(rows.map((r) => r.title)).toEqual(['Bangladesh', 'Jamaica', 'Moldova', 'Tunisia'].map(pilotTitle));
    for (const row of rows) {
      expect(row).toMatchObject({
        plan_name: 'National development strategy',
        visibility: 'public',
        period_start: null,
        period_end: null,
        created_by: adminId,
      });
      expect(row.summary).toContain('2012/2013');
    }
    expect(rows.find((r) => r.country_alpha3 === 'MDA')!.lead_organisation_id).toBe(
      context.refs.get('org:moldova'),
    );
    for (const key of ['bgd', 'jam', 'mda', 'tun']) expect(context.refs.get(`process:${key}`)).toBeDefined();
  });

  it('makes the government, UNDP and IOM members, the demo admin the owner, and tags each process', async () => {
    const id = context.refs.get('process:tun')!;
    const members = await ctx.db.kysely
      .selectFrom('process_members')
      .selectAll()
      .where('process_id', '=', id)
      .execute();
    const byOrg = (key: string) => members.find((m) => m.organisation_id === context.refs.get(key))?.role;
    // Organisations pass at most "member"; owners are people (decision 44).
    expect(byOrg('org:tunisia')).toBe('member');
    expect(byOrg('org:undp')).toBe('member');
    expect(byOrg('org:iom')).toBe('member');
    expect(members.find((m) => m.user_id === adminId)?.role).toBe('owner');
    const tags = await ctx.db.kysely
      .selectFrom('taggings')
      .select('term_id')
      .where('entity_id', '=', id)
      .execute();
    expect(tags.map((t) => t.term_id)).toEqual(
      expect.arrayContaining([
        'sdg:10.7',
        'sdg:17.18',
        'gcm:1',
        'gcm:19',
        'gcm:23',
        'theme:political-buy-in',
      ]),
    );
    const stages = await ctx.db.kysely
      .selectFrom('process_stages')
      .select('status')
      .where('process_id', '=', id)
      .execute();
    expect(stages.every((s) => s.status === 'not-started')).toBe(true);
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', id)
      .execute();
    expect(audit.every((a) => a.actor_id === adminId)).toBe(true);
  });

  it('shows the pilots on the list and the country pages', async () => {
    const list = await ctx.app.inject('/processes');
    expect(list.body).toContain('4 processes');
    const moldova = await ctx.app.inject('/countries/MDA');
    expect(moldova.body).toContain(PILOT_TITLE);
    const page = await ctx.app.inject(`/processes/${context.refs.get('process:jam')}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Government of Jamaica');
  });

  it('loads twice without duplicating anything', async () => {
    const before = await ctx.db.kysely.selectFrom('processes').select('id').execute();
    const again: DemoContext = { db: ctx.db, refs: new Map(context.refs), actorId: adminId };
    await loadProcessDemo(again);
    expect(await ctx.db.kysely.selectFrom('processes').select('id').execute()).toHaveLength(before.length);
    expect(again.refs.get('process:bgd')).toBe(context.refs.get('process:bgd'));
  });

  it('skips organisations another module did not create, and runs inside the whole demo', async () => {
    const fresh = await testApp(dialect);
    try {
      const bare: DemoContext = { db: fresh.db, refs: new Map(), actorId: null };
      await loadProcessDemo(bare);
      const rows = await fresh.db.kysely.selectFrom('processes').selectAll().execute();
      expect(rows).toHaveLength(4);
      expect(rows.every((r) => r.lead_organisation_id === null)).toBe(true);
      const whole = await loadDemo(fresh.db, null);
      expect(whole.refs.get('process:mda')).toBe(bare.refs.get('process:mda'));
    } finally {
      await fresh.close();
    }
  });
});
