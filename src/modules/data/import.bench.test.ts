import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from '../../../test/support/databases.ts';
import { importSyntheticBilateral, type SyntheticProgress } from './import.bench.ts';

describe.each(DIALECTS)('synthetic bilateral benchmark hook on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    db = await freshDb(dialect);
  });
  afterAll(() => db.drop());

  it('streams countries × countries × years × sexes through the engine and times a plain INSERT loop', async () => {
    const progress: SyntheticProgress[] = [];
    const result = await importSyntheticBilateral(
      db,
      { countries: 12, years: 3, sexes: 3 },
      (p) => progress.push(p),
      {
        batchSize: 200,
      },
    );
    expect(result.values).toBe(12 * 12 * 3 * 3);
    expect(result.baseline.values).toBe(1296);
    expect(result.engine.valuesPerSecond).toBeGreaterThan(0);
    expect(result.baseline.valuesPerSecond).toBeGreaterThan(0);
    expect(result.ratio).toBeGreaterThan(0);
    expect(result.peakRssMb).toBeGreaterThan(10);
    expect(progress.some((p) => p.phase === 'engine')).toBe(true);
    expect(progress.at(-1)).toEqual({ phase: 'baseline', done: 1296, total: 1296 });
    const stored = await db.kysely
      .selectFrom('observations')
      .innerJoin('releases', 'releases.id', 'observations.release_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('releases.is_current', '=', 1)
      .where('observations.indicator_code', '=', 'ims.stock.bilateral')
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(1296);
    // The baseline's scratch table is gone.
    const scratch = await sql`select count(*) as n from bench_observations`
      .execute(db.kysely)
      .catch(() => null);
    expect(scratch).toBeNull();
  });
});
