import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/auth/session.repository.ts';
import { apiToken } from '../../src/modules/admin/admin.test-helpers.ts';
import { normaliseInput, normaliseText } from '../../src/web/text-input.ts';
import { DIALECTS } from '../support/databases.ts';
import { Browser, buildUser, testApp } from '../support/http.ts';

/**
 * Text from every request is normalised in one place before schemas and handlers see it: control
 * characters other than tab and line breaks are removed, then Unicode NFC. PostgreSQL refused a
 * NUL byte with a 500; both databases now store the same text.
 */
describe('normaliseText', () => {
  it('removes NUL and the other control characters, keeping tabs and line breaks', () => {
    expect(normaliseText('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg')).toBe('abcdefg');
    expect(normaliseText('line one\r\nline two\tend')).toBe('line one\r\nline two\tend');
  });

  it('composes characters (NFC), so one word is always the same text', () => {
    expect(normaliseText('Ame\u0301lie')).toBe('Amélie');
    expect(normaliseText('Ame\u0301lie\u0000')).toBe('Amélie');
    expect(normaliseText('هجرة')).toBe('هجرة');
  });

  it('walks objects and arrays, and leaves other things alone', () => {
    const buffer = Buffer.from('a\u0000b');
    const input = { a: 'x\u0000', list: ['y\u0000', { z: 'e\u0301' }], n: 1, b: buffer, none: null };
    expect(normaliseInput(input)).toEqual({ a: 'x', list: ['y', { z: 'é' }], n: 1, b: buffer, none: null });
    expect(buffer.toString()).toBe('a\u0000b');
  });
});

describe.each(DIALECTS)('text input on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let adminCookie: string;
  let adminToken: string;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
    const admin = await buildUser(ctx.db, { role: 'admin' });
    adminCookie = `corridor_session=${await createSession(ctx.db.kysely, admin.id, { days: 1 })}`;
    adminToken = await apiToken(ctx.db, admin);
  });
  afterAll(() => ctx.close());

  it('stores a form field with a NUL byte without it, composed', async () => {
    const response = await new Browser(ctx.app).form(
      '/sign-up',
      {
        name: 'Ame\u0301lie\u0000 Diallo',
        email: 'amelie\u0000@example.org',
        password: 'long enough password',
        confirmation: 'long enough password',
      },
      '/sign-up',
    );
    expect(response.statusCode).toBe(303);
    const user = await ctx.db.kysely
      .selectFrom('users')
      .select(['name', 'email'])
      .where('email', '=', 'amelie@example.org')
      .executeTakeFirstOrThrow();
    expect(user.name).toBe('Amélie Diallo');
  });

  it('stores a JSON API body with NUL bytes without them, line breaks kept', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { authorization: `Bearer ${adminToken}` },
      payload: {
        name: 'Ministry\u0000 of Labour',
        type: 'national-government',
        description: 'First line\u0000\nSecond line',
      },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      name: 'Ministry of Labour',
      description: 'First line\nSecond line',
    });
  });

  it('answers searches and filters with a NUL byte, never 500', async () => {
    const anonymous = [
      '/organisations?q=%00',
      '/organisations?q=a%00b',
      '/lessons?theme=%00',
      '/processes?tag=%00',
    ];
    for (const url of anonymous) {
      const response = await ctx.app.inject(url);
      expect(response.statusCode, url).toBeLessThan(500);
      expect(response.statusCode, url).not.toBe(404);
    }
    for (const url of ['/api/v1/organisations?q=%00', '/api/v1/lessons?theme=%00']) {
      const response = await ctx.app.inject(url);
      expect(response.statusCode, url).toBeLessThan(500);
      expect(response.headers['content-type'], url).toMatch(/json/);
    }
    const users = await ctx.app.inject({ url: '/admin/users?q=%00', headers: { cookie: adminCookie } });
    expect(users.statusCode).toBe(200);
    const api = await ctx.app.inject({
      url: '/api/v1/users?q=%00',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(api.statusCode).toBe(200);
  });

  it('answers an address with a NUL byte in it as not found, never 500', async () => {
    const [organisation] = await ctx.db.kysely.selectFrom('organisations').select('id').limit(1).execute();
    for (const url of [
      '/organisations/new%00',
      `/organisations/${organisation?.id}%00`,
      `/api/v1/organisations/${organisation?.id}%00x`,
      '/events/x%00',
      '/programmes/x%00',
    ]) {
      const response = await ctx.app.inject({ url, headers: { cookie: adminCookie } });
      expect(response.statusCode, url).toBeLessThan(500);
    }
  });
});
