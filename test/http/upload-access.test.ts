import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/auth/session.repository.ts';
import { createApiToken } from '../../src/modules/accounts/api-token.service.ts';
import { DIALECTS } from '../support/databases.ts';
import { untouchedBody } from '../support/hostile-files.ts';
import { buildUser, testApp } from '../support/http.ts';

/**
 * The upload rule (decision 32), for every route there is and every route to come: a file body
 * (multipart, CSV, a workbook, raw bytes) sent by someone who may not send it, signed out or a
 * plain user to records that do not exist, is answered without a byte of it being read. A route
 * that takes such a body must check access in `accessFirst` (src/uploads/access-first.ts);
 * others refuse the type unread (415).
 */
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const FILE_TYPES = [
  'multipart/form-data; boundary=----x',
  'text/csv',
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

function concrete(url: string): string {
  return url
    .replace(/::/g, '~colon~')
    .replace(/:[A-Za-z0-9]+/g, 'zzzzzzzzzzzzzzzz')
    .replace(/\*/g, 'x')
    .replace(/~colon~/g, ':');
}

describe.each(DIALECTS)('file bodies on every route on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let cookie: string;
  let bearer: string;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    const user = await buildUser(ctx.db);
    cookie = `corridor_session=${await createSession(ctx.db.kysely, user.id, { days: 1 })}`;
    bearer = `Bearer ${(await createApiToken(ctx.db.kysely, user.id, { name: 'test', scope: 'read-write' })).secret}`;
  });
  afterAll(() => ctx.close());

  it('answers without reading the file of anyone who may not send it', async () => {
    const read: string[] = [];
    const routes = ctx.app.routeTable.filter((r) => UNSAFE.has(r.method) && r.policy !== 'public');
    expect(routes.some((r) => r.url === '/api/v1/imports')).toBe(true);
    for (const route of routes) {
      const api = route.url.startsWith('/api/');
      for (const type of FILE_TYPES) {
        for (const who of ['anonymous', 'user'] as const) {
          const body = untouchedBody();
          const headers: Record<string, string> = { 'content-type': type };
          if (who === 'user') headers[api ? 'authorization' : 'cookie'] = api ? bearer : cookie;
          const response = await ctx.app.inject({
            method: route.method as 'POST',
            url: concrete(route.url),
            headers,
            payload: body.stream,
          });
          if (body.touched() || response.statusCode < 400)
            read.push(`${route.method} ${route.url} ${type} (${who}): ${response.statusCode}`);
        }
      }
    }
    expect(read).toEqual([]);
  });
});
