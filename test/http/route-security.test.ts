import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/auth/session.repository.ts';
import { DIALECTS } from '../support/databases.ts';
import { buildUser, testApp } from '../support/http.ts';

/**
 * Walks every registered route, whatever module it belongs to, and proves the kernel's guarantees
 * hold for each: form posts need a CSRF token, non-public pages need a session, API writes need a
 * token, admin and moderator routes are invisible to others — and a refused request writes nothing.
 */
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function concrete(url: string): string {
  // `::` is a literal colon in a Fastify path (`/values::bulk` serves `/values:bulk`), not a parameter.
  return url
    .replace(/::/g, '~colon~')
    .replace(/:alpha3/g, 'ZZZ')
    .replace(/:locale/g, 'en')
    .replace(/:[A-Za-z]+/g, 'zzzzzzzzzzzzzzzz')
    .replace(/\*/g, 'x')
    .replace(/~colon~/g, ':');
}

describe.each(DIALECTS)('every route on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let userCookie: string;
  let auditRows: () => Promise<number>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    const user = await buildUser(ctx.db);
    userCookie = `corridor_session=${await createSession(ctx.db.kysely, user.id, { days: 1 })}`;
    auditRows = async () =>
      Number(
        (
          await ctx.db.kysely
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
  });
  afterAll(() => ctx.close());

  it('has routes to check', () => {
    expect(ctx.app.routeTable.length).toBeGreaterThan(20);
  });

  it('refuses every form post without a CSRF token, signed in or not, and writes nothing', async () => {
    const before = await auditRows();
    const failures: string[] = [];
    for (const route of ctx.app.routeTable.filter(
      (r) => UNSAFE.has(r.method) && !r.url.startsWith('/api/'),
    )) {
      for (const cookie of ['', userCookie]) {
        const response = await ctx.app.inject({
          method: route.method as 'POST',
          url: concrete(route.url),
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: 'name=x',
        });
        if (response.statusCode !== 403)
          failures.push(
            `${route.method} ${route.url} (${cookie ? 'user' : 'anonymous'}): ${response.statusCode}`,
          );
      }
    }
    expect(failures).toEqual([]);
    expect(await auditRows()).toBe(before);
  });

  it('answers 401 to every API write without a token, even with a session cookie', async () => {
    const before = await auditRows();
    const failures: string[] = [];
    for (const route of ctx.app.routeTable.filter((r) => UNSAFE.has(r.method) && r.url.startsWith('/api/'))) {
      if (route.policy === 'public') continue;
      for (const cookie of ['', userCookie]) {
        const response = await ctx.app.inject({
          method: route.method as 'POST',
          url: concrete(route.url),
          headers: { cookie, 'content-type': 'application/json' },
          payload: '{}',
        });
        if (response.statusCode !== 401)
          failures.push(`${route.method} ${route.url}: ${response.statusCode}`);
        else expect(response.headers['content-type']).toContain('application/problem+json');
      }
    }
    expect(failures).toEqual([]);
    expect(await auditRows()).toBe(before);
  });

  it('sends anonymous visitors of non-public pages to sign in, and API readers get 401', async () => {
    const failures: string[] = [];
    for (const route of ctx.app.routeTable.filter((r) => r.method === 'GET' && r.policy !== 'public')) {
      const url = concrete(route.url);
      const response = await ctx.app.inject({ url });
      const ok = url.startsWith('/api/')
        ? response.statusCode === 401
        : response.statusCode === 303 && String(response.headers.location).startsWith('/sign-in?next=');
      if (!ok) failures.push(`GET ${route.url}: ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('hides admin and moderator routes from a plain user with 404', async () => {
    const failures: string[] = [];
    for (const route of ctx.app.routeTable.filter((r) => r.policy === 'admin' || r.policy === 'moderator')) {
      const url = concrete(route.url);
      const unsafe = UNSAFE.has(route.method);
      if (unsafe && !url.startsWith('/api/')) continue; // form posts stop at CSRF, proven above
      const response = await ctx.app.inject({
        method: route.method as 'GET',
        url,
        headers: { cookie: userCookie },
      });
      // A session cookie on an API write counts as anonymous (401); everything else is hidden (404).
      const expected = unsafe ? 401 : 404;
      if (response.statusCode !== expected)
        failures.push(`${route.method} ${route.url}: ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('never answers a public GET with a server error, even for unknown ids', async () => {
    const failures: string[] = [];
    for (const route of ctx.app.routeTable.filter((r) => r.method === 'GET' && r.policy === 'public')) {
      const response = await ctx.app.inject({ url: concrete(route.url) });
      if (response.statusCode >= 500) failures.push(`GET ${route.url}: ${response.statusCode}`);
    }
    expect(failures).toEqual([]);
  });
});
