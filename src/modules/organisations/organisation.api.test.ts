import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation } from '../../../test/support/factories.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import {
  apiToken,
  auditRows,
  type Ctx,
  membershipsOf,
  organisationRow,
  organisationWithRoles,
  signedIn,
} from './organisation.test-helpers.ts';

interface Listed {
  id: string;
  name: string;
  type: string;
  country: string | null;
  countryName: string | null;
}

describe.each(DIALECTS)('the organisations API on %s', (dialect) => {
  let ctx: Ctx;
  let roles: Awaited<ReturnType<typeof organisationWithRoles>>;
  const tokens: Record<string, string> = {};
  const bearer = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });

  beforeAll(async () => {
    ctx = await testApp(dialect);
    roles = await organisationWithRoles(ctx, { country_alpha3: 'MUS', type: 'national-government' });
    for (const who of ['owner', 'editor', 'member', 'outsider', 'admin'] as const)
      tokens[who] = await apiToken(ctx.db, roles[who]);
    for (let i = 0; i < 119; i += 1)
      await buildOrganisation(ctx.db, {
        name: i % 7 === 0 ? 'Duplicate Name' : `Body ${String(i).padStart(3, '0')}`,
        acronym: i === 5 ? 'FIVE' : null,
        type: i % 2 === 0 ? 'donor' : 'academia',
        country_alpha3: i % 5 === 0 ? 'SWE' : null,
      });
  });
  afterAll(() => ctx.close());

  async function all(query: string, limit: number) {
    const seen: Listed[] = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const cursor: string = next ? `&cursor=${encodeURIComponent(next)}` : '';
      const response = await ctx.app.inject(`/api/v1/organisations?limit=${limit}${query}${cursor}`);
      expect(response.statusCode).toBe(200);
      const body = response.json() as { data: Listed[]; next: string | null };
      expect(body.data.length).toBeLessThanOrEqual(limit);
      seen.push(...body.data);
      next = body.next;
      pages += 1;
    } while (next && pages < 50);
    return { seen, pages };
  }

  it('lists 120 organisations to anonymous callers in cursor pages, none twice or missing', async () => {
    const { seen, pages } = await all('', 50);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(new Set(seen.map((o) => o.id)).size).toBe(120);
    const sorted = [...seen].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    expect(seen.map((o) => o.id)).toEqual(sorted.map((o) => o.id));
    const small = await all('', 7);
    expect(small.seen.map((o) => o.id)).toEqual(seen.map((o) => o.id));
  });

  it('filters by type, country and text', async () => {
    const donors = await all('&type=donor&country=swe', 200);
    // Even i and a multiple of 5: multiples of 10 below 119.
    expect(donors.seen).toHaveLength(12);
    expect(
      donors.seen.every((o) => o.type === 'donor' && o.country === 'SWE' && o.countryName === 'Sweden'),
    ).toBe(true);
    const text = await all('&q=five', 50);
    expect(text.seen.map((o) => o.name)).toEqual(['Body 005']);
  });

  it('answers bad filters with problem+json 422 and a forged cursor with 400', async () => {
    for (const url of [
      '/api/v1/organisations?type=club',
      '/api/v1/organisations?country=12',
      '/api/v1/organisations?limit=0',
      '/api/v1/organisations?limit=1000',
      '/api/v1/organisations?cursor=not-a-cursor',
    ]) {
      const response = await ctx.app.inject(url);
      expect(response.statusCode, url).toBe(url.includes('cursor=') ? 400 : 422);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('returns one organisation with its member count and what the caller may do', async () => {
    const url = `/api/v1/organisations/${roles.organisation.id}`;
    const anonymous = (await ctx.app.inject(url)).json();
    expect(anonymous).toMatchObject({
      id: roles.organisation.id,
      name: 'Ministry of Planning',
      type: 'national-government',
      typeLabel: 'National government body',
      country: 'MUS',
      countryName: 'Mauritius',
      memberCount: 3,
      version: 1,
      can: { viewMembers: false, edit: false, manageMembers: false },
    });
    const owner = (await ctx.app.inject({ url, headers: bearer('owner') })).json();
    expect(owner.can).toEqual({ viewMembers: true, edit: true, manageMembers: true });
    const editor = (await ctx.app.inject({ url, headers: bearer('editor') })).json();
    expect(editor.can).toEqual({ viewMembers: true, edit: true, manageMembers: false });
    const missing = await ctx.app.inject('/api/v1/organisations/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ status: 404, code: 'NotFound' });
  });

  it('lists members to signed-in callers only', async () => {
    const url = `/api/v1/organisations/${roles.organisation.id}/members`;
    const anonymous = await ctx.app.inject(url);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    const response = await ctx.app.inject({ url, headers: bearer('outsider') });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { data: { userId: string; name: string; role: string }[]; next: null };
    expect(body.data.map((m) => [m.name, m.role])).toEqual([
      ['Olga Owner', 'owner'],
      ['Ed Editor', 'editor'],
      ['Mia Member', 'member'],
    ]);
    expect(JSON.stringify(body)).not.toContain('@example.org');
    expect(
      (await ctx.app.inject({ url: '/api/v1/organisations/nope/members', headers: bearer('owner') }))
        .statusCode,
    ).toBe(404);
  });

  describe('writing', () => {
    const body = {
      name: 'Mauritius Diaspora Network',
      acronym: 'MDN',
      type: 'migrant-diaspora',
      country: 'mus',
      website: 'https://mdn.example.mu',
      description: 'Connects the diaspora.',
    };

    it('refuses anonymous callers, and session cookies, with 401', async () => {
      const before = await auditRows(ctx.db);
      const anonymous = await ctx.app.inject({ method: 'POST', url: '/api/v1/organisations', payload: body });
      expect(anonymous.statusCode).toBe(401);
      const browser = await signedIn(ctx, roles.owner);
      const withCookie = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/organisations',
        payload: body,
        headers: { cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      expect(withCookie.statusCode).toBe(401);
      const patch = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/organisations/${roles.organisation.id}`,
        payload: { name: 'Hijacked', version: 1 },
      });
      expect(patch.statusCode).toBe(401);
      expect(await auditRows(ctx.db)).toEqual(before);
    });

    it('creates an organisation for a token user, who becomes its owner', async () => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/organisations',
        payload: body,
        headers: bearer('outsider'),
      });
      expect(response.statusCode).toBe(201);
      const created = response.json() as { id: string; country: string; version: number; can: object };
      expect(response.headers.location).toBe(`/api/v1/organisations/${created.id}`);
      expect(created).toMatchObject({ country: 'MUS', version: 1, memberCount: 1 });
      expect(created.can).toEqual({ viewMembers: true, edit: true, manageMembers: true });
      expect(await membershipsOf(ctx.db, created.id)).toEqual({ [roles.outsider.id]: 'owner' });
      expect((await auditRows(ctx.db, created.id)).map((a) => a.action)).toEqual([
        'organisation.create',
        'organisation.member.add',
      ]);
    });

    it.each([
      ['no name', { ...body, name: undefined }, '/name'],
      ['an empty name', { ...body, name: '' }, '/name'],
      ['a name over 200 characters', { ...body, name: 'n'.repeat(201) }, '/name'],
      ['a wrong type', { ...body, type: 'club' }, '/type'],
      ['a number as name', { ...body, name: 42 }, '/name'],
      ['a javascript: website', { ...body, website: 'javascript:alert(1)' }, '/website'],
      ['an unknown country', { ...body, country: 'ZZZ' }, '/country'],
      ['a description over 5000 characters', { ...body, description: 'd'.repeat(5001) }, '/description'],
    ])(
      'refuses %s with problem+json 422 naming the field, and creates nothing',
      async (_w, payload, pointer) => {
        const before = await auditRows(ctx.db);
        const response = await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/organisations',
          payload,
          headers: bearer('member'),
        });
        expect(response.statusCode).toBe(422);
        expect(response.headers['content-type']).toContain('application/problem+json');
        const problem = response.json() as { code: string; errors: { pointer: string }[] };
        expect(problem.code).toBe('ValidationFailed');
        expect(problem.errors.map((e) => e.pointer)).toContain(pointer);
        expect(await auditRows(ctx.db)).toEqual(before);
        const named = await ctx.db.kysely
          .selectFrom('memberships')
          .select('organisation_id')
          .where('user_id', '=', roles.member.id)
          .execute();
        expect(named).toHaveLength(1);
      },
    );

    it('lets owners, editors and admins PATCH with the current version; a stale one is 409', async () => {
      const id = roles.organisation.id;
      const url = `/api/v1/organisations/${id}`;
      let version = (await organisationRow(ctx.db, id))!.version;
      for (const who of ['editor', 'owner', 'admin']) {
        const response = await ctx.app.inject({
          method: 'PATCH',
          url,
          payload: { description: `Edited by ${who}`, version },
          headers: bearer(who),
        });
        expect(response.statusCode, who).toBe(200);
        expect(response.json()).toMatchObject({
          description: `Edited by ${who}`,
          version: version + 1,
          name: 'Ministry of Planning',
        });
        version += 1;
      }
      const audited = (await auditRows(ctx.db, id)).filter((a) => a.action === 'organisation.update');
      expect(audited.map((a) => JSON.parse(a.after_json!))).toEqual([
        { description: 'Edited by editor' },
        { description: 'Edited by owner' },
        { description: 'Edited by admin' },
      ]);
      const stale = await ctx.app.inject({
        method: 'PATCH',
        url,
        payload: { name: 'Stale', version: version - 1 },
        headers: bearer('owner'),
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.headers['content-type']).toContain('application/problem+json');
      expect(stale.json()).toMatchObject({ status: 409, code: 'VersionConflict' });
      expect(await organisationRow(ctx.db, id)).toMatchObject({ name: 'Ministry of Planning', version });
      expect((await auditRows(ctx.db, id)).filter((a) => a.action === 'organisation.update')).toHaveLength(3);
    });

    it('answers 404 to members and outsiders, and for unknown ids; 422 without a version', async () => {
      const id = roles.organisation.id;
      const row = await organisationRow(ctx.db, id);
      const before = await auditRows(ctx.db);
      for (const who of ['member', 'outsider']) {
        const response = await ctx.app.inject({
          method: 'PATCH',
          url: `/api/v1/organisations/${id}`,
          payload: { name: 'Hijacked', version: row!.version },
          headers: bearer(who),
        });
        expect(response.statusCode, who).toBe(404);
      }
      const unknown = await ctx.app.inject({
        method: 'PATCH',
        url: '/api/v1/organisations/nope',
        payload: { name: 'Ghost', version: 1 },
        headers: bearer('admin'),
      });
      expect(unknown.statusCode).toBe(404);
      for (const payload of [
        { name: 'No version' },
        { name: 'Bad version', version: 'one' },
        { website: 'javascript:x', version: row!.version },
      ]) {
        const response = await ctx.app.inject({
          method: 'PATCH',
          url: `/api/v1/organisations/${id}`,
          payload,
          headers: bearer('owner'),
        });
        expect(response.statusCode).toBe(422);
      }
      const badCountry = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/organisations/${id}`,
        payload: { country: 'ZZZ', version: row!.version },
        headers: bearer('owner'),
      });
      expect(badCountry.statusCode).toBe(422);
      expect(badCountry.json()).toMatchObject({
        code: 'ValidationFailed',
        errors: [{ pointer: '/country' }],
      });
      expect(await organisationRow(ctx.db, id)).toEqual(row);
      expect(await auditRows(ctx.db)).toEqual(before);
    });

    it('refuses the token of a deactivated user with 401', async () => {
      const gone = await buildUser(ctx.db, { status: 'deactivated' });
      const token = await apiToken(ctx.db, gone);
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/organisations',
        payload: body,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.statusCode).toBe(401);
    });
  });

  it('describes its routes in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { requestBody?: unknown; parameters?: { name: string }[] }>>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/organisations',
        '/api/v1/organisations/{id}',
        '/api/v1/organisations/{id}/members',
      ]),
    );
    expect(doc.paths['/api/v1/organisations']!.post!.requestBody).toBeDefined();
    expect(doc.paths['/api/v1/organisations/{id}']!.patch!.requestBody).toBeDefined();
    expect(doc.paths['/api/v1/organisations']!.get!.parameters!.map((p) => p.name)).toEqual(
      expect.arrayContaining(['type', 'country', 'q', 'cursor', 'limit']),
    );
    expect(JSON.stringify(doc.paths)).not.toContain('/organisations/new');
  });
});
