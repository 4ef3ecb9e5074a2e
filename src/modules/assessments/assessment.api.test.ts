import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import {
  apiToken,
  assessmentWorld,
  auditCount,
  scoreRows,
  startRound,
  type World,
} from './assessment.test-helpers.ts';

describe.each(DIALECTS)('the assessments API on %s', (dialect) => {
  let world: World;
  let tokens: Record<'member' | 'second' | 'observer' | 'outsider' | 'admin', string>;
  let pub: string;
  let priv: string;
  let privRound: string;
  let pubRound: string;
  beforeAll(async () => {
    world = await assessmentWorld(dialect);
    pub = world.publicProcess.id;
    priv = world.privateProcess.id;
    tokens = {
      member: await apiToken(world, world.users.member.id),
      second: await apiToken(world, world.users.second.id),
      observer: await apiToken(world, world.users.observer.id),
      outsider: await apiToken(world, world.users.outsider.id),
      admin: await apiToken(world, world.users.admin.id),
    };
    privRound = await startRound(world, priv, ['sector-finance', 'governance-local']);
    pubRound = await startRound(world, pub, ['sector-health']);
  });
  afterAll(() => world.close());

  const get = (url: string, token?: string) =>
    world.app.inject({ url, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const put = (url: string, body: unknown, token?: string, headers: Record<string, string> = {}) =>
    world.app.inject({
      method: 'PUT',
      url,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      payload: JSON.stringify(body),
    });

  it('lists rounds of a public process to anyone, and of a private one to its members only', async () => {
    const open = await get(`/api/v1/processes/${pub}/assessments`);
    expect(open.statusCode).toBe(200);
    expect(open.json()).toMatchObject({
      data: [{ id: pubRound, round: 1, overallScore: null, gaps: 0 }],
      next: null,
    });
    expect((await get(`/api/v1/processes/${priv}/assessments`)).statusCode).toBe(404);
    expect((await get(`/api/v1/processes/${priv}/assessments`, tokens.outsider)).statusCode).toBe(404);
    const observer = await get(`/api/v1/processes/${priv}/assessments`, tokens.observer);
    expect(observer.statusCode).toBe(200);
    expect((observer.json() as { data: unknown[] }).data).toHaveLength(1);
  });

  it('gives one round with its items and a score per sector or domain', async () => {
    expect((await get(`/api/v1/processes/${priv}/assessments/${privRound}`)).statusCode).toBe(404);
    expect((await get(`/api/v1/processes/${pub}/assessments/${privRound}`)).statusCode).toBe(404);
    const round = await get(`/api/v1/processes/${priv}/assessments/${privRound}`, tokens.observer);
    expect(round.statusCode).toBe(200);
    const body = round.json() as {
      templates: { key: string; version: number }[];
      areas: { key: string; label: string }[];
      items: { id: string; scale: string; score: null; version: number }[];
    };
    expect(body.templates.map((t) => t.key)).toEqual(['sector-finance', 'governance-local']);
    expect(body.areas.map((a) => a.key)).toEqual([
      'sector-finance',
      'governance-local/rights',
      'governance-local/whole-of-government',
      'governance-local/partnerships',
      'governance-local/well-being',
      'governance-local/crises',
      'governance-local/safe-orderly-regular',
    ]);
    expect(body.areas[1]!.label).toBe("Migrants' rights (local level)");
    expect(body.items).toHaveLength(4 + 12);
    expect(body.items[4]).toMatchObject({ scale: 'presence', score: null, version: 1 });
  });

  it('scores an item for members, answers 409 with the saved item on a stale version', async () => {
    const [item] = await scoreRows(world, privRound);
    const url = `/api/v1/processes/${priv}/assessments/${privRound}/items/${item!.id}`;
    const body = {
      score: 'largely',
      evidence: 'Central bank remittance statistics, 2012',
      comment: null,
      version: 1,
    };
    expect((await put(url, body)).statusCode).toBe(401);
    expect((await put(url, body, tokens.observer)).statusCode).toBe(404);
    expect((await put(url, body, tokens.outsider)).statusCode).toBe(404);
    // A browser session cannot write through the API.
    const session = await put(url, body, undefined, {
      cookie: [...world.browsers.member.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    });
    expect(session.statusCode).toBe(401);
    const saved = await put(url, body, tokens.member);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      score: 'largely',
      scoreLabel: 'Largely addressed',
      version: 2,
      gap: false,
    });
    const stale = await put(url, { ...body, score: 'partly', evidence: 'Other text' }, tokens.second);
    expect(stale.statusCode).toBe(409);
    expect(stale.headers['content-type']).toContain('application/problem+json');
    expect(stale.json()).toMatchObject({
      code: 'VersionConflict',
      current: {
        score: 'largely',
        evidence: 'Central bank remittance statistics, 2012',
        version: 2,
        updatedBy: 'Mona Member',
      },
    });
    expect((await scoreRows(world, privRound))[0]!.score).toBe('largely');
  });

  it('refuses bad input with 4xx, changing nothing and writing no audit row', async () => {
    const rows = await scoreRows(world, privRound);
    const governance = rows[4]!;
    const url = `/api/v1/processes/${priv}/assessments/${privRound}/items/${governance.id}`;
    const before = await auditCount(world, 'assessment.item.score');
    expect((await put(url, { score: 'excellent', version: 1 }, tokens.member)).statusCode).toBe(422);
    expect((await put(url, { score: 'fully', version: 1 }, tokens.member)).statusCode).toBe(422);
    expect(
      (await put(url, { score: 'absent', evidence: 'x'.repeat(4001), version: 1 }, tokens.member)).statusCode,
    ).toBe(422);
    expect((await put(url, { score: 'absent' }, tokens.member)).statusCode).toBe(422);
    expect((await put(url, { score: 'absent', version: 'one' }, tokens.member)).statusCode).toBe(422);
    const foreign = (await scoreRows(world, pubRound))[0]!;
    const crossed = `/api/v1/processes/${priv}/assessments/${privRound}/items/${foreign.id}`;
    expect((await put(crossed, { score: 'fully', version: 1 }, tokens.member)).statusCode).toBe(404);
    const after = await scoreRows(world, privRound);
    expect(after[4]!.score).toBeNull();
    expect(Number(after[4]!.version)).toBe(1);
    expect((await scoreRows(world, pubRound))[0]!.score).toBeNull();
    expect(await auditCount(world, 'assessment.item.score')).toBe(before);
    const ok = await put(url, { score: 'partly-present', version: 1 }, tokens.admin);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ gap: true, scoreLabel: 'Partly present' });
  });

  it('documents its routes in the OpenAPI description', async () => {
    const openapi = (await world.app.inject('/api/openapi.json')).json() as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/processes/{id}/assessments',
        '/api/v1/processes/{id}/assessments/{assessmentId}',
        '/api/v1/processes/{id}/assessments/{assessmentId}/items/{itemId}',
      ]),
    );
  });
});
