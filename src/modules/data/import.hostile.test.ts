import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { newlineCsv, sparseXlsx, untouchedBody } from '../../../test/support/hostile-files.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import { SESSION_COOKIE } from '../../app.ts';
import { sha256 } from '../../auth/secrets.ts';
import { createSession } from '../../auth/session.repository.ts';
import { newId, now } from '../../db/ids.ts';

/**
 * Issue 7 for the data import: only admins may make the server read a file, and that is decided
 * before a byte is read; an admin's hostile file fails in words while the server goes on answering.
 */
describe.each(DIALECTS)('hostile data imports on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  const tokens: Record<'admin' | 'member', string> = { admin: '', member: '' };
  let memberCookie = '';

  async function apiToken(userId: string) {
    const token = `cor_${randomBytes(16).toString('hex')}`;
    await ctx.db.kysely
      .insertInto('api_tokens')
      .values({
        id: newId(),
        user_id: userId,
        name: 'test',
        token_hash: sha256(token),
        prefix: token.slice(0, 8),
        created_at: now(),
      })
      .execute();
    return token;
  }

  const releaseCount = async () =>
    Number(
      (
        await ctx.db.kysely
          .selectFrom('releases')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    ctx = await testApp(dialect);
    const admin = await buildUser(ctx.db, { role: 'admin' });
    const member = await buildUser(ctx.db, { role: 'user' });
    tokens.admin = await apiToken(admin.id);
    tokens.member = await apiToken(member.id);
    memberCookie = `${SESSION_COOKIE}=${await createSession(ctx.db.kysely, member.id, { days: 1 })}`;
  });
  afterAll(() => ctx.close());

  it('answers those who may not import before reading a byte of their file', async () => {
    const api = untouchedBody();
    const refused = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/imports?kind=rpw',
      headers: { authorization: `Bearer ${tokens.member}`, 'content-type': 'application/octet-stream' },
      payload: api.stream,
    });
    expect(refused.statusCode).toBe(404);
    expect(api.touched()).toBe(false);
    const form = untouchedBody();
    const page = await ctx.app.inject({
      method: 'POST',
      url: '/data/imports',
      headers: { cookie: memberCookie, 'content-type': 'multipart/form-data; boundary=----x' },
      payload: form.stream,
    });
    expect(page.statusCode).toBe(404);
    expect(form.touched()).toBe(false);
    const anonymous = untouchedBody();
    const signedOut = await ctx.app.inject({
      method: 'POST',
      url: '/data/imports',
      headers: { 'content-type': 'multipart/form-data; boundary=----x' },
      payload: anonymous.stream,
    });
    expect(signedOut.statusCode).toBe(401);
    expect(anonymous.touched()).toBe(false);
    expect(await releaseCount()).toBe(0);
  });

  it('refuses a CSV without line ends, a CSV of newlines and a sparse workbook in words, answering meanwhile', async () => {
    await ctx.app.inject({ method: 'GET', url: '/' });
    const send = (kind: string, payload: Buffer) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/imports?kind=${kind}&dryRun=true`,
        headers: { authorization: `Bearer ${tokens.admin}`, 'content-type': 'application/octet-stream' },
        payload,
      });
    let uploading = true;
    const hostile = Promise.all([
      send('rpw', Buffer.alloc(3 * 1024 * 1024, 0x61)),
      send('unhcr', newlineCsv(20 * 1024 * 1024)),
      send('knomad', sparseXlsx()),
    ]).finally(() => {
      uploading = false;
    });
    const latencies: number[] = [];
    while (uploading) {
      const started = performance.now();
      expect((await ctx.app.inject({ method: 'GET', url: '/' })).statusCode).toBe(200);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const [long, blank, sparse] = await hostile;
    expect(long.statusCode).toBe(422);
    expect(long.json()).toMatchObject({
      code: 'ImportFailed',
      failure: { code: 'line-too-long', line: 1 },
      detail:
        'Line 1 is longer than 1048576 characters: a quotation mark may be left open, or the lines may not end. Check the file around that line.',
    });
    expect(blank.statusCode).toBe(422);
    expect(sparse.statusCode).toBe(422);
    expect(Math.max(...latencies)).toBeLessThan(2500);
    expect(await releaseCount()).toBe(0);
  });
});
