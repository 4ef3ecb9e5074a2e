import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import { seedOrganisations } from '../../../test/support/seed-organisations.ts';
import { translator } from '../../i18n/translator.ts';
import type { DemoContext } from '../../module-kit/demo-context.ts';
import { loadProgrammeDemo } from '../programmes/programme.demo.ts';
import { loadEventDemo } from './event.demo.ts';

describe.each(DIALECTS)('the programmes and events demo on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let context: DemoContext;
  const en = translator('en');

  beforeAll(async () => {
    ctx = await testApp(dialect);
    const admin = await buildUser(ctx.db, { role: 'admin' });
    // The organisations demo runs before these steps; here its 18 organisations are made directly.
    context = { db: ctx.db, refs: await seedOrganisations(ctx.db), actorId: admin.id };
    await loadProgrammeDemo(context);
    await loadEventDemo(context);
  });
  afterAll(() => ctx.close());

  const page = async (ref: string, path: string) => {
    const response = await ctx.app.inject(`/${path}/${context.refs.get(ref)}`);
    expect(response.statusCode).toBe(200);
    return response.body;
  };

  it('shows the JMDI second phase with its budget, dates, donors and three outputs', async () => {
    const body = await page('programme:jmdi-2', 'programmes');
    expect(body).toContain(en.money(950_000_000, 'USD'));
    expect(body).toContain(en.date('2012-12-01', 'long'));
    expect(body).toContain(en.date('2015-11-30', 'long'));
    expect(body).toContain('European Commission (EC)');
    expect(body).toContain('Swiss Agency for Development and Cooperation (SDC)');
    expect(body.match(/<li value="\d" dir="auto">/g)).toHaveLength(3);
  });

  it('gives the pilot its four countries and seven lessons, each with a theme', async () => {
    const api = (
      await ctx.app.inject(`/api/v1/programmes/${context.refs.get('programme:pilot')}`)
    ).json() as {
      lessons: { label: string; theme: string | null }[];
      countries: { alpha3: string }[];
      participants: { role: string }[];
    };
    expect(api.lessons.map((l) => l.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(api.lessons.every((l) => l.theme !== null)).toBe(true);
    expect(api.countries.map((c) => c.alpha3)).toEqual(['BGD', 'JAM', 'MDA', 'TUN']);
    expect(api.participants.filter((p) => p.role === 'lead')).toHaveLength(2);
    const body = await page('programme:pilot', 'programmes');
    expect(body.match(/class="lesson-list__label"/g)).toHaveLength(7);
  });

  it('dates the second phase to July 2013 and publishes no budget for it', async () => {
    const body = await page('programme:pilot-phase-2', 'programmes');
    expect(body).toContain('July 2013');
    expect(body).toContain('No budget published');
  });

  it('shows the Mauritius workshop with about 80 participants and its six key issues', async () => {
    const body = await page('event:gfmd-rt2-workshop', 'events');
    expect(body).toContain('About 80 participants');
    expect(body).toContain('Key issues');
    expect(body).toContain('href="/countries/MUS"');
    expect(body).toContain('Co-chairs');
    const api = (
      await ctx.app.inject(`/api/v1/events/${context.refs.get('event:gfmd-rt2-workshop')}`)
    ).json() as {
      items: { type: string }[];
      startDate: string;
      endDate: string;
    };
    expect(api.items.filter((i) => i.type === 'key-issue')).toHaveLength(6);
    expect([api.startDate, api.endDate]).toEqual(['2013-06-12', '2013-06-13']);
  });

  it('shows the competition with 41 photos and 15 videos, within the 2012 GFMD', async () => {
    const body = await page('event:jmdi-competition', 'events');
    expect(body).toContain('41 photos');
    expect(body).toContain('15 videos');
    expect(body).toContain(`href="/events/${context.refs.get('event:gfmd-2012')}"`);
  });

  it('nests session 2.1 in Roundtable 2 and the HLD roundtables in the dialogue', async () => {
    const session = (
      await ctx.app.inject(`/api/v1/events/${context.refs.get('event:gfmd-2012-rt2-1')}`)
    ).json() as {
      kind: string;
      parent: { id: string };
      programme: { id: string };
    };
    expect(session.kind).toBe('session');
    expect(session.parent.id).toBe(context.refs.get('event:gfmd-2012-rt2'));
    expect(session.programme.id).toBe(context.refs.get('programme:pilot'));
    const hld = (await ctx.app.inject(`/api/v1/events/${context.refs.get('event:hld-2013')}`)).json() as {
      parts: { title: string; kind: string }[];
    };
    expect(hld.parts.map((p) => p.title.slice(0, 18))).toEqual(['HLD Roundtable 1: ', 'HLD Roundtable 3: ']);
    expect(hld.parts.every((p) => p.kind === 'roundtable')).toBe(true);
  });

  it('writes audit rows in the name of the demo actor, and can run again without duplicates', async () => {
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .select(['actor_id'])
      .where('entity_type', 'in', ['programme', 'event'])
      .execute();
    expect(audit).toHaveLength(3 + 8);
    expect(audit.every((a) => a.actor_id === context.actorId)).toBe(true);
    await loadProgrammeDemo(context);
    await loadEventDemo(context);
    const programmes = (await ctx.app.inject('/api/v1/programmes')).json() as { data: unknown[] };
    const events = (await ctx.app.inject('/api/v1/events')).json() as { data: unknown[] };
    expect([programmes.data.length, events.data.length]).toEqual([3, 8]);
  });
});
