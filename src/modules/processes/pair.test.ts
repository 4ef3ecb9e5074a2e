import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildProcess } from '../../../test/support/factories.ts';
import { Browser, testApp } from '../../../test/support/http.ts';
import { pairedProcessIds } from './pair.repository.ts';
import { auditActions, fieldError, postWithoutCsrf, sessionFor, snapshot } from './process.test-helpers.ts';

describe.each(DIALECTS)('paired processes on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let s: Awaited<ReturnType<typeof setUp>>;

  async function setUp() {
    const ownerA = await sessionFor(ctx.app, ctx.db);
    const ownerB = await sessionFor(ctx.app, ctx.db);
    const memberA = await sessionFor(ctx.app, ctx.db);
    const outsider = await sessionFor(ctx.app, ctx.db);
    const origin = await buildProcess(ctx.db, { title: 'Origin process', country_alpha3: 'MDA' }, [
      { userId: ownerA.user.id, role: 'owner' },
      { userId: memberA.user.id, role: 'member' },
    ]);
    const destination = await buildProcess(ctx.db, { title: 'Destination process', country_alpha3: 'ITA' }, [
      { userId: ownerB.user.id, role: 'owner' },
    ]);
    const neighbour = await buildProcess(ctx.db, { title: 'Same country process', country_alpha3: 'MDA' });
    const hidden = await buildProcess(
      ctx.db,
      { title: 'Hidden destination', country_alpha3: 'RUS', visibility: 'private' },
      [{ userId: ownerB.user.id, role: 'owner' }],
    );
    return { ownerA, ownerB, memberA, outsider, origin, destination, neighbour, hidden };
  }

  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
    s = await setUp();
  });
  afterAll(() => ctx.close());

  const pairsUrl = (id: string) => `/processes/${id}/pairs`;
  const pairRow = () =>
    ctx.db.kysely
      .selectFrom('process_pairs')
      .selectAll()
      .where('process_id', '=', s.origin.id)
      .where('partner_id', '=', s.destination.id)
      .executeTakeFirst();

  it('shows the pairs page of a public process to a signed-out visitor, 404 for a private one', async () => {
    const response = await ctx.app.inject(pairsUrl(s.origin.id));
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('No paired process yet.');
    expect(response.body).not.toContain('Propose a pairing');
    expect((await ctx.app.inject(pairsUrl(s.hidden.id))).statusCode).toBe(404);
    expect((await ctx.app.inject(`${pairsUrl(s.origin.id)}/new`)).statusCode).toBe(303);
  });

  it('lets only owners propose', async () => {
    expect((await s.memberA.browser.get(`${pairsUrl(s.origin.id)}/new`)).statusCode).toBe(404);
    expect((await s.outsider.browser.get(`${pairsUrl(s.origin.id)}/new`)).statusCode).toBe(404);
    const before = await snapshot(ctx.db);
    const token = /name="_csrf" value="([^"]+)"/.exec((await s.memberA.browser.get('/processes')).body)![1]!;
    const response = await s.memberA.browser.form(pairsUrl(s.origin.id), {
      partnerId: s.destination.id,
      _csrf: token,
    });
    expect(response.statusCode).toBe(404);
    const anonymous = await new Browser(ctx.app).form(
      pairsUrl(s.origin.id),
      { partnerId: s.destination.id },
      '/sign-in',
    );
    expect(anonymous.statusCode).toBe(401);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it.each([
    ['the process itself', () => s.origin.id, 'Choose a process from the list'],
    [
      'a process in the same country',
      () => s.neighbour.id,
      'Choose a process in another country: a pair joins origin and destination',
    ],
    ['a private process the owner cannot see', () => s.hidden.id, 'Choose a process from the list'],
    ['an unknown process', () => 'nosuchprocess', 'Choose a process from the list'],
  ])('refuses to pair with %s', async (_case, partner, message) => {
    const before = await snapshot(ctx.db);
    const response = await s.ownerA.browser.form(
      pairsUrl(s.origin.id),
      { partnerId: partner() },
      `${pairsUrl(s.origin.id)}/new`,
    );
    expect(response.statusCode).toBe(422);
    expect(fieldError(response.body, 'partnerId')).toBe(message);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('does not offer private processes the owner cannot see', async () => {
    const page = await s.ownerA.browser.get(`${pairsUrl(s.origin.id)}/new`);
    expect(page.body).toContain('Destination process');
    expect(page.body).not.toContain('Hidden destination');
    expect(page.body).not.toContain('Same country process');
  });

  it('proposes, and only the partner’s owner accepts; then both workspaces show the pair', async () => {
    const proposed = await s.ownerA.browser.form(
      pairsUrl(s.origin.id),
      { partnerId: s.destination.id, note: 'Moldova–Italy corridor' },
      `${pairsUrl(s.origin.id)}/new`,
    );
    expect(proposed.statusCode).toBe(303);
    const pair = (await pairRow())!;
    expect(pair).toMatchObject({
      partner_id: s.destination.id,
      status: 'proposed',
      proposed_by: s.ownerA.user.id,
    });
    expect(await pairedProcessIds(ctx.db.kysely, s.origin.id)).toEqual([]);
    const again = await s.ownerA.browser.form(
      pairsUrl(s.origin.id),
      { partnerId: s.destination.id },
      `${pairsUrl(s.origin.id)}/new`,
    );
    expect(fieldError(again.body, 'partnerId')).toBe(
      'These processes are already paired, or a proposal is waiting',
    );

    const token = /name="_csrf" value="([^"]+)"/.exec(
      (await s.ownerA.browser.get(pairsUrl(s.origin.id))).body,
    )![1]!;
    const selfAccept = await s.ownerA.browser.form(`${pairsUrl(s.origin.id)}/${pair.id}/accept`, {
      _csrf: token,
    });
    expect(selfAccept.statusCode).toBe(404);
    const outsiderAccept = await s.outsider.browser.form(`${pairsUrl(s.destination.id)}/${pair.id}/accept`, {
      _csrf: /name="_csrf" value="([^"]+)"/.exec((await s.outsider.browser.get('/processes')).body)![1]!,
    });
    expect(outsiderAccept.statusCode).toBe(404);
    expect((await pairRow())!.status).toBe('proposed');

    const incoming = await s.ownerB.browser.get(pairsUrl(s.destination.id));
    expect(incoming.body).toContain('Moldova–Italy corridor');
    expect(incoming.body).toContain('Accept');
    const accepted = await s.ownerB.browser.form(
      `${pairsUrl(s.destination.id)}/${pair.id}/accept`,
      {},
      pairsUrl(s.destination.id),
    );
    expect(accepted.statusCode).toBe(303);
    expect((await pairRow())!.status).toBe('accepted');
    expect(await pairedProcessIds(ctx.db.kysely, s.origin.id)).toEqual([s.destination.id]);
    expect(await pairedProcessIds(ctx.db.kysely, s.destination.id)).toEqual([s.origin.id]);
    expect(await auditActions(ctx.db, pair.id)).toEqual(['process-pair.propose', 'process-pair.accept']);
    const a = await ctx.app.inject(`/processes/${s.origin.id}`);
    expect(a.body).toContain('Destination process');
    const b = await ctx.app.inject(`/processes/${s.destination.id}`);
    expect(b.body).toContain('Origin process');
  });

  it('never shows a private paired process to those who may not see it', async () => {
    const pair = await s.ownerB.browser.form(
      pairsUrl(s.hidden.id),
      { partnerId: s.origin.id },
      `${pairsUrl(s.hidden.id)}/new`,
    );
    expect(pair.statusCode).toBe(303);
    const row = await ctx.db.kysely
      .selectFrom('process_pairs')
      .selectAll()
      .where('process_id', '=', s.hidden.id)
      .executeTakeFirstOrThrow();
    const accepted = await s.ownerA.browser.form(
      `${pairsUrl(s.origin.id)}/${row.id}/accept`,
      {},
      pairsUrl(s.origin.id),
    );
    expect(accepted.statusCode).toBe(303);
    const anonymous = await ctx.app.inject(`/processes/${s.origin.id}`);
    expect(anonymous.body).not.toContain('Hidden destination');
    const anonymousPairs = await ctx.app.inject(pairsUrl(s.origin.id));
    expect(anonymousPairs.body).not.toContain('Hidden destination');
    const owner = await s.ownerB.browser.get(`/processes/${s.origin.id}`);
    expect(owner.body).toContain('Hidden destination');
  });

  it('declines a proposal, allows asking again, and ends a pairing after confirming', async () => {
    const third = await buildProcess(ctx.db, { title: 'Third process', country_alpha3: 'PRT' }, [
      { userId: s.ownerB.user.id, role: 'owner' },
    ]);
    await s.ownerA.browser.form(
      pairsUrl(s.origin.id),
      { partnerId: third.id },
      `${pairsUrl(s.origin.id)}/new`,
    );
    const row = await ctx.db.kysely
      .selectFrom('process_pairs')
      .selectAll()
      .where('partner_id', '=', third.id)
      .executeTakeFirstOrThrow();
    const declined = await s.ownerB.browser.form(
      `${pairsUrl(third.id)}/${row.id}/decline`,
      {},
      pairsUrl(third.id),
    );
    expect(declined.statusCode).toBe(303);
    expect((await s.ownerA.browser.get(pairsUrl(s.origin.id))).body).toContain('Declined');
    const asked = await s.ownerA.browser.form(
      pairsUrl(s.origin.id),
      { partnerId: third.id },
      `${pairsUrl(s.origin.id)}/new`,
    );
    expect(asked.statusCode).toBe(303);
    expect(
      (
        await ctx.db.kysely
          .selectFrom('process_pairs')
          .select('status')
          .where('id', '=', row.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('proposed');

    const pair = (await pairRow())!;
    const confirm = await s.ownerA.browser.get(`${pairsUrl(s.origin.id)}/${pair.id}/remove`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Stop pairing with “Destination process”?');
    expect((await s.memberA.browser.get(`${pairsUrl(s.origin.id)}/${pair.id}/remove`)).statusCode).toBe(404);
    const ended = await s.ownerA.browser.form(
      `${pairsUrl(s.origin.id)}/${pair.id}/remove`,
      {},
      `${pairsUrl(s.origin.id)}/${pair.id}/remove`,
    );
    expect(ended.statusCode).toBe(303);
    expect(await pairedProcessIds(ctx.db.kysely, s.destination.id)).toEqual([]);
    expect(await auditActions(ctx.db, pair.id)).toEqual([
      'process-pair.propose',
      'process-pair.accept',
      'process-pair.remove',
    ]);
  });

  it('refuses a post without a CSRF token', async () => {
    const before = await snapshot(ctx.db);
    const response = await postWithoutCsrf(s.ownerA.browser, pairsUrl(s.origin.id), {
      partnerId: s.destination.id,
    });
    expect(response.statusCode).toBe(403);
    expect(await snapshot(ctx.db)).toEqual(before);
  });
});
