import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildProcess } from '../../../test/support/factories.ts';
import { testApp } from '../../../test/support/http.ts';
import { monitoringDemo } from './monitoring.demo.ts';
import { type Ctx, countRows } from './monitoring.test-helpers.ts';

describe.each(DIALECTS)('the monitoring demo on %s', (dialect) => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await testApp(dialect);
  });
  afterAll(() => ctx.close());

  it('invents no actions or figures, skips missing pilot processes, and can run twice', async () => {
    await monitoringDemo({ db: ctx.db, refs: new Map(), actorId: null });
    expect(await countRows(ctx.db, 'monitoring_settings')).toBe(0);
    const pilot = await buildProcess(ctx.db, { title: 'Pilot' });
    const refs = new Map([['process:mda', pilot.id]]);
    await monitoringDemo({ db: ctx.db, refs, actorId: null });
    await monitoringDemo({ db: ctx.db, refs, actorId: null });
    expect(await countRows(ctx.db, 'monitoring_settings')).toBe(1);
    for (const table of ['actions', 'process_indicators', 'indicator_values'] as const)
      expect(await countRows(ctx.db, table), table).toBe(0);
  });
});
