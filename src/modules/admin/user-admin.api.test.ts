import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import { countUserSessions, createSession } from '../../auth/session.repository.ts';
import { apiToken, auditRowsFor, insertManyUsers, signedIn, userRow } from './admin.test-helpers.ts';

interface ApiUser {
  id: string;
  status: string;
  role: string;
  version: number;
  actions: string[];
}

describe.each(DIALECTS)('the admin users API on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let admin: Awaited<ReturnType<typeof buildUser>>;
  let token: string;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    admin = await buildUser(ctx.db, { role: 'admin', name: 'Api Admin' });
    token = await apiToken(ctx.db, admin);
  });
  afterAll(() => ctx.close());

  function call(method: 'GET' | 'POST', url: string, bearer: string | null, body?: unknown) {
    return ctx.app.inject({
      method,
      url,
      headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
  }

  it('answers callers without a token with 401 problem+json', async () => {
    const target = await buildUser(ctx.db, { status: 'pending' });
    for (const [method, url] of [
      ['GET', '/api/v1/users'],
      ['GET', `/api/v1/users/${target.id}`],
      ['POST', `/api/v1/users/${target.id}/approve`],
      ['POST', `/api/v1/users/${target.id}/deactivate`],
    ] as const) {
      const response = await call(method, url, null, method === 'POST' ? { version: 1 } : undefined);
      expect(response.statusCode, url).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 401, code: 'Unauthorized' });
    }
    const wrong = await call('GET', '/api/v1/users', 'cor_not-a-token');
    expect(wrong.statusCode).toBe(401);
    // A browser session does not authorise API writes.
    const browser = await signedIn(ctx.app, ctx.db, admin);
    const viaCookie = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/users/${target.id}/approve`,
      headers: { cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      payload: { version: 1 },
    });
    expect(viaCookie.statusCode).toBe(401);
    expect((await userRow(ctx.db, target.id)).status).toBe('pending');
  });

  it.each(['user', 'moderator'] as const)('answers a %s token with 404, changing nothing', async (role) => {
    const someone = await buildUser(ctx.db, { role });
    const theirs = await apiToken(ctx.db, someone);
    const target = await buildUser(ctx.db, { status: 'pending' });
    expect((await call('GET', '/api/v1/users', theirs)).statusCode).toBe(404);
    expect((await call('GET', `/api/v1/users/${target.id}`, theirs)).statusCode).toBe(404);
    const approve = await call('POST', `/api/v1/users/${target.id}/approve`, theirs, { version: 1 });
    expect(approve.statusCode).toBe(404);
    expect(approve.json()).toMatchObject({ code: 'NotFound' });
    expect(await userRow(ctx.db, target.id)).toMatchObject({ status: 'pending', version: 1 });
  });

  it('lists users with filters and cursor paging', async () => {
    const bulk = await insertManyUsers(ctx.db, 130, (i) => ({ status: i % 2 ? 'active' : 'pending' }));
    const first = await call('GET', '/api/v1/users?status=pending&limit=40', token);
    expect(first.statusCode).toBe(200);
    const page1 = first.json() as { data: ApiUser[]; next: string | null };
    expect(page1.data).toHaveLength(40);
    expect(page1.data.every((u) => u.status === 'pending')).toBe(true);
    expect(page1.data[0]).toMatchObject({ version: 1, actions: expect.arrayContaining(['approve']) });
    expect(page1.data[0]).not.toHaveProperty('password_hash');
    expect(page1.data[0]).not.toHaveProperty('passwordHash');
    const seen = [...page1.data.map((u) => u.id)];
    let next = page1.next;
    while (next) {
      const page = (
        await call('GET', `/api/v1/users?status=pending&limit=40&cursor=${next}`, token)
      ).json() as {
        data: ApiUser[];
        next: string | null;
      };
      seen.push(...page.data.map((u) => u.id));
      next = page.next;
    }
    const pendingBulk = bulk.filter((u) => u.status === 'pending').map((u) => u.id);
    expect(seen.filter((id) => pendingBulk.includes(id))).toEqual([...pendingBulk].reverse());
    const search = (await call('GET', '/api/v1/users?q=BULK0001', token)).json() as { data: ApiUser[] };
    expect(search.data.map((u) => u.id)).toEqual([bulk[1]!.id]);
    const admins = (await call('GET', '/api/v1/users?role=admin', token)).json() as { data: ApiUser[] };
    expect(admins.data.map((u) => u.id)).toEqual([admin.id]);
  });

  it('refuses bad list parameters with 422 problem+json (a damaged cursor: 400)', async () => {
    for (const query of [
      'status=sleeping',
      'role=root',
      `q=${'x'.repeat(101)}`,
      'limit=0',
      'limit=1000',
      'cursor=%25%25',
    ]) {
      const response = await call('GET', `/api/v1/users?${query}`, token);
      expect(response.statusCode, query).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    const damaged = await call('GET', '/api/v1/users?cursor=bm90LWpzb24', token);
    expect(damaged.statusCode).toBe(400);
    expect(damaged.json()).toMatchObject({ code: 'InvalidCursor' });
  });

  it('shows one user with sessions and memberships, or 404', async () => {
    const user = await buildUser(ctx.db, { name: 'Shown Sam' });
    await createSession(ctx.db.kysely, user.id, { days: 1 });
    const response = await call('GET', `/api/v1/users/${user.id}`, token);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: user.id,
      name: 'Shown Sam',
      status: 'active',
      sessions: 1,
      memberships: [],
      version: 1,
      actions: ['deactivate', 'changeRole', 'resetPassword'],
    });
    const missing = await call('GET', '/api/v1/users/nobody', token);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ status: 404, code: 'NotFound' });
  });

  it('approves with the current version, and answers a stale one with 409 changing nothing', async () => {
    const user = await buildUser(ctx.db, { status: 'pending' });
    const stale = await call('POST', `/api/v1/users/${user.id}/approve`, token, { version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.json()).toMatchObject({ status: 409, code: 'VersionConflict' });
    expect(await userRow(ctx.db, user.id)).toMatchObject({ status: 'pending', version: 1 });
    expect((await auditRowsFor(ctx.db, user.id)).map((a) => a.action)).toEqual(['user.create']);

    const ok = await call('POST', `/api/v1/users/${user.id}/approve`, token, { version: 1 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id: user.id, status: 'active', version: 2, approvedBy: admin.id });
    expect((await auditRowsFor(ctx.db, user.id)).map((a) => a.action)).toContain('user.approve');
    const twice = await call('POST', `/api/v1/users/${user.id}/approve`, token, { version: 2 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'InvalidState' });
  });

  it('refuses a missing or mistyped version with 422', async () => {
    const user = await buildUser(ctx.db, { status: 'pending' });
    for (const body of [{}, { version: '1' }, { version: 0 }, { version: 1.5 }]) {
      const response = await call('POST', `/api/v1/users/${user.id}/approve`, token, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(422);
      expect(response.json()).toMatchObject({ code: 'ValidationFailed' });
    }
    expect((await call('POST', '/api/v1/users/nobody/approve', token, { version: 1 })).statusCode).toBe(404);
    expect((await userRow(ctx.db, user.id)).status).toBe('pending');
  });

  it('deactivates a user and ends their sessions; never the caller themself', async () => {
    const user = await buildUser(ctx.db);
    await createSession(ctx.db.kysely, user.id, { days: 1 });
    const response = await call('POST', `/api/v1/users/${user.id}/deactivate`, token, { version: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'deactivated',
      version: 2,
      actions: ['reactivate', 'changeRole'],
    });
    expect(await countUserSessions(ctx.db.kysely, user.id)).toBe(0);
    const self = await call('POST', `/api/v1/users/${admin.id}/deactivate`, token, { version: 1 });
    expect(self.statusCode).toBe(403);
    expect(self.json()).toMatchObject({ code: 'SelfChange' });
    expect(await userRow(ctx.db, admin.id)).toMatchObject({ status: 'active', version: 1 });
  });

  it('documents the routes and the version rule in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject('/api/openapi.json')).json() as {
      paths: Record<string, Record<string, { requestBody?: unknown; parameters?: { name: string }[] }>>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/users',
        '/api/v1/users/{id}',
        '/api/v1/users/{id}/approve',
        '/api/v1/users/{id}/deactivate',
      ]),
    );
    expect(doc.paths['/api/v1/users']!.get!.parameters!.map((p) => p.name)).toEqual(
      expect.arrayContaining(['status', 'role', 'q', 'cursor', 'limit']),
    );
    expect(JSON.stringify(doc.paths['/api/v1/users/{id}/approve']!.post!.requestBody)).toContain(
      '409 VersionConflict',
    );
  });
});
