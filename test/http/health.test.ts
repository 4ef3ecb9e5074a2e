import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../support/databases.ts';
import { testApp } from '../support/http.ts';

describe.each(DIALECTS)('health probes on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
  });
  afterAll(() => ctx.close());

  it('/healthz answers while the process is up, never cached', async () => {
    const response = await ctx.app.inject('/healthz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('/readyz answers 200 when the database is reachable', async () => {
    const response = await ctx.app.inject('/readyz');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, database: 'reachable' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('/readyz answers 503 problem+json when the database is gone, /healthz still 200', async () => {
    const broken = await testApp(dialect);
    await broken.db.drop();
    try {
      const ready = await broken.app.inject('/readyz');
      expect(ready.statusCode).toBe(503);
      expect(ready.headers['content-type']).toContain('application/problem+json');
      expect(ready.json()).toMatchObject({ status: 503, ok: false, database: 'unreachable' });
      const live = await broken.app.inject('/healthz');
      expect(live.statusCode).toBe(200);
    } finally {
      await broken.app.close();
    }
  });
});
