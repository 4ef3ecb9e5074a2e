import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from '../../../test/support/databases.ts';
import { AGGREGATES, INDICATORS, loadCatalogue } from './catalogue.ts';

describe.each(DIALECTS)('indicator catalogue on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    db = await freshDb(dialect);
  });
  afterAll(() => db.drop());

  it('is loaded on start with names in the four languages, units, sources and SDG codes', async () => {
    const rows = await db.kysely.selectFrom('indicators').selectAll().orderBy('code').execute();
    expect(rows.map((r) => r.code)).toEqual(INDICATORS.map((i) => i.code).sort());
    const cost = rows.find((r) => r.code === 'SI.RMT.COST.IB.ZS')!;
    expect(cost).toMatchObject({ unit: 'percent', sdg: '10.c.1', shape: 'country', owner_country: null });
    for (const row of rows) {
      for (const name of [row.name_en, row.name_fr, row.name_es, row.name_ar])
        expect(name.length).toBeGreaterThan(5);
      expect(row.name_ar).toMatch(/[\u0600-\u06ff]/);
      expect(row.source && row.licence && row.definition).toBeTruthy();
    }
    expect(rows.find((r) => r.code === 'recruitment.cost')?.sdg).toBe('10.7.1');
    expect(rows.find((r) => r.code === 'rpw.corridor.cost')?.shape).toBe('bilateral');
  });

  it('keeps aggregates apart from countries, with AGG: codes that never collide with ISO codes', async () => {
    const rows = await db.kysely.selectFrom('aggregates').selectAll().execute();
    expect(rows.length).toBe(AGGREGATES.length);
    expect(rows.every((r) => r.code.startsWith('AGG:'))).toBe(true);
    expect(rows.find((r) => r.code === 'AGG:WLD')).toMatchObject({ name_en: 'World', kind: 'world' });
    expect(rows.filter((r) => r.kind === 'income').map((r) => r.code)).toEqual(
      expect.arrayContaining(['AGG:WB-HIC', 'AGG:WB-LIC', 'AGG:WB-LMC', 'AGG:WB-UMC']),
    );
    expect(new Set(AGGREGATES.map((a) => a.code)).size).toBe(AGGREGATES.length);
  });

  it('is an idempotent upsert: a second load changes nothing and repairs an edited name', async () => {
    await db.kysely
      .updateTable('indicators')
      .set({ name_fr: 'abîmé' })
      .where('code', '=', 'ims.stock.destination')
      .execute();
    const before = await db.kysely
      .selectFrom('indicators')
      .select('created_at')
      .where('code', '=', 'ims.stock.destination')
      .executeTakeFirstOrThrow();
    await loadCatalogue(db);
    await loadCatalogue(db);
    const count = await db.kysely
      .selectFrom('indicators')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(INDICATORS.length);
    const row = await db.kysely
      .selectFrom('indicators')
      .selectAll()
      .where('code', '=', 'ims.stock.destination')
      .executeTakeFirstOrThrow();
    expect(row.name_fr).toBe('Stock de migrants internationaux (par pays de destination)');
    expect(row.created_at).toBe(before.created_at);
  });
});
