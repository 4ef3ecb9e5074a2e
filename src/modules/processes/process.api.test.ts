import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation, buildProcess, buildUser } from '../../../test/support/factories.ts';
import { testApp } from '../../../test/support/http.ts';
import { bearerFor, sessionFor, snapshot } from './process.test-helpers.ts';

describe.each(DIALECTS)('processes JSON API on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let s: Awaited<ReturnType<typeof setUp>>;

  async function setUp() {
    const users = {
      owner: await buildUser(ctx.db),
      member: await buildUser(ctx.db),
      observer: await buildUser(ctx.db),
      outsider: await buildUser(ctx.db),
      admin: await buildUser(ctx.db, { role: 'admin' }),
    };
    const tokens = {
      owner: await bearerFor(ctx.db, users.owner.id),
      member: await bearerFor(ctx.db, users.member.id),
      observer: await bearerFor(ctx.db, users.observer.id),
      outsider: await bearerFor(ctx.db, users.outsider.id),
      admin: await bearerFor(ctx.db, users.admin.id),
      anonymous: {} as Record<string, string>,
    };
    const team = [
      { userId: users.owner.id, role: 'owner' as const },
      { userId: users.member.id, role: 'member' as const },
      { userId: users.observer.id, role: 'observer' as const },
    ];
    const open = await buildProcess(ctx.db, { title: 'Open API process', country_alpha3: 'BGD' }, team);
    const closed = await buildProcess(ctx.db, { title: 'Closed API process', visibility: 'private' }, team);
    const org = await buildOrganisation(ctx.db, {
      name: 'Ministry of Expatriates',
      type: 'national-government',
      country_alpha3: 'BGD',
    });
    return { users, tokens, open, closed, org };
  }

  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
    s = await setUp();
  });
  afterAll(() => ctx.close());

  type Who = keyof Awaited<ReturnType<typeof setUp>>['tokens'];
  const call = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, who: Who, payload?: unknown) =>
    ctx.app.inject({
      method,
      url,
      headers: s.tokens[who],
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const versionOf = async (id: string) =>
    Number(
      (
        await ctx.db.kysely
          .selectFrom('processes')
          .select('version')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).version,
    );

  describe('GET /api/v1/processes', () => {
    it('lists public processes to anyone, never private ones', async () => {
      const response = await call('GET', '/api/v1/processes', 'anonymous');
      expect(response.statusCode).toBe(200);
      const titles = response.json().data.map((p: { title: string }) => p.title);
      expect(titles).toContain('Open API process');
      expect(titles).not.toContain('Closed API process');
    });

    it.each([
      ['outsider', false],
      ['observer', true],
      ['admin', true],
    ] as const)('with a token of an %s, includes the private process: %s', async (who, sees) => {
      const response = await call('GET', '/api/v1/processes', who);
      const titles = response.json().data.map((p: { title: string }) => p.title);
      expect(titles.includes('Closed API process')).toBe(sees);
    });

    it('pages with a cursor, filters, and refuses a forged cursor', async () => {
      await buildProcess(ctx.db, { title: 'Third API process', country_alpha3: 'BGD' });
      const seen: string[] = [];
      let url = '/api/v1/processes?limit=1&country=BGD';
      for (let i = 0; i < 5 && url; i++) {
        const page = (await call('GET', url, 'anonymous')).json();
        expect(page.data.length).toBeLessThanOrEqual(1);
        seen.push(...page.data.map((p: { title: string }) => p.title));
        url = page.next ? `/api/v1/processes?limit=1&country=BGD&cursor=${page.next}` : '';
      }
      expect(seen.sort()).toEqual(['Open API process', 'Third API process']);
      const local = (await call('GET', '/api/v1/processes?level=local', 'anonymous')).json();
      expect(local.data).toEqual([]);
      const forged = await call('GET', '/api/v1/processes?cursor=bm90LWEtY3Vyc29y', 'anonymous');
      expect(forged.statusCode).toBe(400);
      expect(forged.headers['content-type']).toContain('application/problem+json');
      expect((await call('GET', '/api/v1/processes?limit=1000', 'anonymous')).statusCode).toBe(422);
    });
  });

  describe('GET /api/v1/processes/{id}', () => {
    it('answers a public process to anyone, with its stages and body', async () => {
      const response = await call('GET', `/api/v1/processes/${s.open.id}`, 'anonymous');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        id: s.open.id,
        title: 'Open API process',
        country: { alpha3: 'BGD', name: 'Bangladesh' },
        level: 'national',
        visibility: 'public',
        role: null,
      });
      const stages = (await call('GET', `/api/v1/processes/${s.open.id}/stages`, 'anonymous')).json();
      expect(stages.data).toHaveLength(6);
      expect(stages.data[0]).toMatchObject({ kind: 'preparation', status: 'not-started', deliverables: [] });
      const body = (await call('GET', `/api/v1/processes/${s.open.id}/body`, 'anonymous')).json();
      expect(body).toEqual({
        name: null,
        kind: null,
        mandate: null,
        members: [],
        government: [],
        version: 0,
      });
    });

    it.each([
      ['anonymous', 404],
      ['outsider', 404],
      ['observer', 200],
      ['member', 200],
      ['owner', 200],
      ['admin', 200],
    ] as const)('answers a private process and its parts to %s with %i', async (who, status) => {
      for (const path of ['', '/stages', '/body']) {
        const response = await call('GET', `/api/v1/processes/${s.closed.id}${path}`, who);
        expect(response.statusCode).toBe(status);
        if (status === 404) {
          expect(response.headers['content-type']).toContain('application/problem+json');
          expect(response.body).not.toContain('Closed API process');
        }
      }
    });

    it('answers an unknown id with 404 problem+json', async () => {
      const response = await call('GET', '/api/v1/processes/nosuchprocess', 'anonymous');
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ status: 404, code: 'NotFound' });
    });
  });

  describe('POST /api/v1/processes', () => {
    const valid = { title: 'API-made process', countryAlpha3: 'bgd', planName: 'Seventh Five Year Plan' };

    it('answers 401 without a token, also with a browser session', async () => {
      const { browser } = await sessionFor(ctx.app, ctx.db);
      const before = await snapshot(ctx.db);
      expect((await call('POST', '/api/v1/processes', 'anonymous', valid)).statusCode).toBe(401);
      const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const withSession = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/processes',
        headers: { cookie },
        payload: valid,
      });
      expect(withSession.statusCode).toBe(401);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('creates a process, the caller its owner', async () => {
      const response = await call('POST', '/api/v1/processes', 'outsider', {
        ...valid,
        periodStart: '2016-07-01',
        periodEnd: '2020-06-30',
        leadOrganisationId: s.org.id,
        tags: ['sdg:10.c', 'gcm:20'],
        newArea: { name: 'Sylhet Division', level: 'province' },
      });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(body).toMatchObject({
        title: 'API-made process',
        country: { alpha3: 'BGD' },
        level: 'local',
        area: { name: 'Sylhet Division', level: 'province' },
        leadOrganisation: { id: s.org.id, name: 'Ministry of Expatriates' },
        role: 'owner',
        version: 1,
      });
      expect(body.tags.map((t: { id: string }) => t.id).sort()).toEqual(['gcm:20', 'sdg:10.c']);
      const members = await ctx.db.kysely
        .selectFrom('process_members')
        .selectAll()
        .where('process_id', '=', body.id)
        .execute();
      expect(members).toMatchObject([{ user_id: s.users.outsider.id, role: 'owner' }]);
    });

    it.each([
      ['dates out of order', { periodStart: '2020-01-01', periodEnd: '2019-01-01' }, 422, '/periodEnd'],
      ['an unknown country', { countryAlpha3: 'XXX' }, 422, '/countryAlpha3'],
      ['an unknown tag', { tags: ['sdg:99'] }, 422, '/tags'],
      ['an unknown lead organisation', { leadOrganisationId: 'nosuchorg' }, 422, '/leadOrganisationId'],
      [
        'a new area inside an unknown one',
        { newArea: { name: 'X', level: 'city', parentId: 'nosucharea' } },
        422,
        '/newArea/parentId',
      ],
      ['a title too long', { title: 'x'.repeat(201) }, 422, '/title'],
      ['a malformed date', { periodStart: '2020-13-01' }, 422, '/periodStart'],
      ['a wrong type', { title: 42 }, 422, '/title'],
    ])('refuses %s with %i and a pointer, changing nothing', async (_case, change, status, pointer) => {
      const before = await snapshot(ctx.db);
      const response = await call('POST', '/api/v1/processes', 'owner', { ...valid, ...change });
      expect(response.statusCode).toBe(status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('refuses an area of another country', async () => {
      const area = await call('POST', '/api/v1/processes', 'owner', {
        ...valid,
        countryAlpha3: 'JAM',
        newArea: { name: 'Kingston', level: 'city' },
      });
      const areaId = area.json().area.id;
      const before = await snapshot(ctx.db);
      const response = await call('POST', '/api/v1/processes', 'owner', { ...valid, areaId });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0]).toMatchObject({
        pointer: '/areaId',
        detail: 'Choose an area in the country of the process',
      });
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });

  describe('PATCH /api/v1/processes/{id}', () => {
    it.each([
      ['anonymous', 401],
      ['outsider', 404],
      ['observer', 404],
      ['member', 404],
    ] as const)('refuses %s with %i', async (who, status) => {
      const before = await snapshot(ctx.db);
      const response = await call('PATCH', `/api/v1/processes/${s.closed.id}`, who, {
        version: 1,
        title: 'Nope',
      });
      expect(response.statusCode).toBe(status);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('lets an owner change fields, and answers a stale version with 409', async () => {
      const version = await versionOf(s.closed.id);
      const response = await call('PATCH', `/api/v1/processes/${s.closed.id}`, 'owner', {
        version,
        summary: 'Set through the API',
        periodEnd: null,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        summary: 'Set through the API',
        periodEnd: null,
        version: version + 1,
      });
      const before = await snapshot(ctx.db);
      const stale = await call('PATCH', `/api/v1/processes/${s.closed.id}`, 'admin', {
        version,
        title: 'Overwrite',
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toMatchObject({ code: 'VersionConflict' });
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('checks the merged process: a start after the existing end answers 422', async () => {
      const version = await versionOf(s.open.id);
      const before = await snapshot(ctx.db);
      const response = await call('PATCH', `/api/v1/processes/${s.open.id}`, 'owner', {
        version,
        periodStart: '2030-01-01',
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].pointer).toBe('/periodEnd');
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });

  describe('PATCH /api/v1/processes/{id}/stages/{stageId}', () => {
    const firstStage = async (processId: string) =>
      ctx.db.kysely
        .selectFrom('process_stages')
        .selectAll()
        .where('process_id', '=', processId)
        .orderBy('position')
        .executeTakeFirstOrThrow();

    it.each([
      ['anonymous', 401],
      ['outsider', 404],
      ['observer', 404],
    ] as const)('refuses %s with %i', async (who, status) => {
      const stage = await firstStage(s.closed.id);
      const response = await call('PATCH', `/api/v1/processes/${s.closed.id}/stages/${stage.id}`, who, {
        version: stage.version,
        status: 'completed',
      });
      expect(response.statusCode).toBe(status);
    });

    it('lets a member update a stage; refuses dates out of order and a stale version', async () => {
      const stage = await firstStage(s.closed.id);
      const url = `/api/v1/processes/${s.closed.id}/stages/${stage.id}`;
      const ok = await call('PATCH', url, 'member', {
        version: stage.version,
        status: 'in-progress',
        startDate: '2013-01-15',
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({
        status: 'in-progress',
        startDate: '2013-01-15',
        version: Number(stage.version) + 1,
      });
      const before = await snapshot(ctx.db);
      const order = await call('PATCH', url, 'member', {
        version: Number(stage.version) + 1,
        endDate: '2013-01-01',
      });
      expect(order.statusCode).toBe(422);
      expect(order.json().errors[0]).toMatchObject({
        pointer: '/endDate',
        detail: 'Enter an end date on or after the start date',
      });
      const stale = await call('PATCH', url, 'owner', { version: stage.version, notes: 'late' });
      expect(stale.statusCode).toBe(409);
      const unknown = await call('PATCH', `/api/v1/processes/${s.closed.id}/stages/nosuchstage`, 'owner', {
        version: 1,
      });
      expect(unknown.statusCode).toBe(404);
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });

  describe('PUT /api/v1/processes/{id}/body', () => {
    const url = () => `/api/v1/processes/${s.open.id}/body`;
    const body = {
      name: 'Ministry of Expatriates’ Welfare and Overseas Employment',
      kind: 'ministry',
      mandate: 'Leads the mainstreaming process',
      members: [] as { organisationId: string; role: string }[],
      government: [
        {
          ministryName: 'Ministry of Planning',
          national: { takesPart: true, note: 'Plan chapter' },
          regional: { takesPart: false },
          local: { takesPart: false },
        },
      ],
    };

    it('refuses anonymous callers, outsiders and observers', async () => {
      expect((await call('PUT', url(), 'anonymous', { ...body, version: 0 })).statusCode).toBe(401);
      expect((await call('PUT', url(), 'outsider', { ...body, version: 0 })).statusCode).toBe(404);
      expect((await call('PUT', url(), 'observer', { ...body, version: 0 })).statusCode).toBe(404);
    });

    it('replaces the body for a member, then answers a stale version with 409', async () => {
      const response = await call('PUT', url(), 'member', {
        ...body,
        version: 0,
        members: [{ organisationId: s.org.id, role: 'chair' }],
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        name: body.name,
        kind: 'ministry',
        version: 1,
        members: [{ organisation: { id: s.org.id, name: 'Ministry of Expatriates' }, role: 'chair' }],
        government: [
          {
            name: 'Ministry of Planning',
            national: { takesPart: true, note: 'Plan chapter' },
            local: { takesPart: false, note: null },
          },
        ],
      });
      const before = await snapshot(ctx.db);
      expect((await call('PUT', url(), 'owner', { ...body, version: 0 })).statusCode).toBe(409);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it.each([
      [
        'an unknown member organisation',
        { members: [{ organisationId: 'nosuchorg', role: 'member' }] },
        '/members/0/organisationId',
      ],
      [
        'a ministry with no level',
        {
          government: [
            {
              ministryName: 'X',
              national: { takesPart: false },
              regional: { takesPart: false },
              local: { takesPart: false },
            },
          ],
        },
        '/government/0/national/takesPart',
      ],
      [
        'a row with neither ministry nor name',
        {
          government: [
            { national: { takesPart: true }, regional: { takesPart: false }, local: { takesPart: false } },
          ],
        },
        '/government/0/organisationId',
      ],
      [
        'a note on a level not taken part in',
        {
          government: [
            {
              ministryName: 'X',
              national: { takesPart: true },
              regional: { takesPart: false, note: 'x' },
              local: { takesPart: false },
            },
          ],
        },
        '/government/0/regional/note',
      ],
    ])('refuses %s with 422 and a pointer', async (_case, change, pointer) => {
      const before = await snapshot(ctx.db);
      const response = await call('PUT', url(), 'owner', { ...body, version: 1, ...change });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });

  describe('members', () => {
    const url = () => `/api/v1/processes/${s.closed.id}/members`;

    it.each([
      ['anonymous', 401],
      ['outsider', 404],
      ['observer', 404],
      ['member', 404],
      ['owner', 200],
      ['admin', 200],
    ] as const)('lists members to %s with %i', async (who, status) => {
      const response = await call('GET', url(), who);
      expect(response.statusCode).toBe(status);
      if (status === 200) expect(response.json().data).toHaveLength(3);
    });

    it('invites a person by email (the same answer for an unknown address) and lists an organisation; refuses doubles', async () => {
      const newcomer = await buildUser(ctx.db);
      const person = await call('POST', url(), 'owner', { email: newcomer.email, role: 'observer' });
      expect(person.statusCode).toBe(202);
      expect(person.json()).toMatchObject({ email: newcomer.email, role: 'observer', status: 'pending' });
      const stranger = await call('POST', url(), 'owner', { email: 'Nobody@Example.org', role: 'observer' });
      expect(stranger.statusCode).toBe(202);
      const shape = (body: Record<string, unknown>) => Object.keys(body).sort();
      expect(shape(stranger.json())).toEqual(shape(person.json()));
      expect(stranger.json()).toMatchObject({
        email: 'nobody@example.org',
        role: 'observer',
        status: 'pending',
      });
      // Not a member until they accept.
      const members = await call('GET', url(), 'owner');
      expect(JSON.stringify(members.json())).not.toContain(newcomer.email);
      const pending = await call('GET', url().replace(/members$/, 'invitations'), 'owner');
      expect(pending.json().data.map((i: { email: string }) => i.email)).toEqual([
        newcomer.email,
        'nobody@example.org',
      ]);
      const org = await call('POST', url(), 'owner', { organisationId: s.org.id, role: 'member' });
      expect(org.statusCode).toBe(201);
      expect(org.json()).toMatchObject({
        kind: 'organisation',
        name: 'Ministry of Expatriates',
        email: null,
      });
      const before = await snapshot(ctx.db);
      expect(
        (await call('POST', url(), 'owner', { email: 'nobody@example.org', role: 'member' })).statusCode,
      ).toBe(422);
      expect((await call('POST', url(), 'owner', { email: newcomer.email, role: 'member' })).statusCode).toBe(
        422,
      );
      expect(
        (await call('POST', url(), 'owner', { organisationId: s.org.id, role: 'owner' })).statusCode,
      ).toBe(422);
      expect(
        (
          await call('POST', url(), 'owner', {
            email: newcomer.email,
            organisationId: s.org.id,
            role: 'member',
          })
        ).statusCode,
      ).toBe(422);
      expect((await call('POST', url(), 'owner', { role: 'member' })).statusCode).toBe(422);
      expect(
        (await call('POST', url(), 'member', { email: 'x@example.org', role: 'owner' })).statusCode,
      ).toBe(404);
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });

  it('documents every process route in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject('/api/openapi.json')).json();
    for (const path of [
      '/api/v1/processes',
      '/api/v1/processes/{id}',
      '/api/v1/processes/{id}/stages',
      '/api/v1/processes/{id}/stages/{stageId}',
      '/api/v1/processes/{id}/body',
      '/api/v1/processes/{id}/members',
      '/api/v1/taxonomy',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(doc.paths['/api/v1/processes/{id}'].patch).toBeDefined();
    expect(doc.paths['/api/v1/processes/{id}/body'].put).toBeDefined();
  });
});
