import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import { signedIn } from '../../../test/support/seed-organisations.ts';
import {
  apiToken,
  type Ctx,
  count,
  type People,
  people,
  processFor,
} from '../reports/report.test-helpers.ts';

describe.each(DIALECTS)('limits on consultation comments on %s', (dialect) => {
  let ctx: Ctx;
  let who: People;
  let sectionUrl: string;
  let apiUrl: string;

  beforeAll(async () => {
    // Two comments per account and three per address, an hour; the address is the proxy's entry.
    ctx = await testApp(dialect, {
      TRUST_PROXY: 'true',
      COMMENT_RATE_LIMIT: '2',
      COMMENT_ADDRESS_RATE_LIMIT: '3',
    });
    who = await people(ctx);
    const process = await processFor(ctx, who, { title: 'Public process', visibility: 'public' });
    const bearer = { authorization: `Bearer ${who.tokens.member}` };
    const created = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/processes/${process.id}/consultations`,
      headers: bearer,
      payload: {
        title: 'Draft chapter',
        audience: 'public',
        sections: [{ title: 'Remittances', body: 'Lower the cost of sending remittances.' }],
      },
    });
    expect(created.statusCode).toBe(201);
    const consultation = created.json() as { id: string; version: number; sections: { id: string }[] };
    const opened = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/processes/${process.id}/consultations/${consultation.id}/open`,
      headers: bearer,
      payload: { version: consultation.version },
    });
    expect(opened.statusCode).toBe(200);
    const path = `/processes/${process.id}/consultations/${consultation.id}/sections/${consultation.sections[0]!.id}`;
    sectionUrl = path;
    apiUrl = `/api/v1${path}/comments`;
  });
  afterAll(() => ctx.close());

  const viaApi = (token: string, client: string, body: string) =>
    ctx.app.inject({
      method: 'POST',
      url: apiUrl,
      headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': client },
      payload: { body },
    });

  it('takes two comments an hour from one account, whatever the address, on the form and the API alike', async () => {
    const user = await buildUser(ctx.db, { name: 'Eager Commenter' });
    const browser = await signedIn(ctx.app, ctx.db, user.id);
    const token = await apiToken(ctx.db, user);
    const before = await count(ctx.db, 'consultation_comments');
    expect((await viaApi(token, '198.51.100.1', 'First')).statusCode).toBe(201);
    const second = await browser.form(`${sectionUrl}/comments`, { body: 'Second' }, sectionUrl);
    expect(second.statusCode).toBe(303);
    const third = await viaApi(token, '198.51.100.2', 'Third');
    expect(third.statusCode).toBe(429);
    expect(third.headers['content-type']).toContain('application/problem+json');
    expect(third.json()).toMatchObject({ status: 429, code: 'RateLimited' });
    expect(third.json().detail).toMatch(/^Too many comments in the last hour\. Wait 60 minutes/);
    expect(Number(third.headers['retry-after'])).toBe(3600);
    const fourth = await browser.form(`${sectionUrl}/comments`, { body: 'Fourth, kept' }, sectionUrl);
    expect(fourth.statusCode).toBe(429);
    expect(fourth.body).toContain('Too many comments in the last hour.');
    expect(fourth.body).toContain('Fourth, kept');
    expect(await count(ctx.db, 'consultation_comments')).toBe(before + 2);
  });

  it('takes three comments an hour from one address, whoever signs them', async () => {
    const client = '203.0.113.50';
    const before = await count(ctx.db, 'consultation_comments');
    const statuses: number[] = [];
    for (const role of ['owner', 'observer', 'outsider', 'admin'] as const) {
      // A client may say anything before the proxy's entry: only the last one counts.
      statuses.push(
        (await viaApi(who.tokens[role], `10.9.9.${statuses.length}, ${client}`, `By ${role}`)).statusCode,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    // Another address is not held back by that one.
    expect((await viaApi(who.tokens.moderator, '203.0.113.51', 'Elsewhere')).statusCode).toBe(201);
    expect(await count(ctx.db, 'consultation_comments')).toBe(before + 4);
  });
});
