import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CompiledQuery, Kysely, type LogEvent, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { prepareDatabase } from '../src/bootstrap.ts';
import { openDb } from '../src/db/connection.ts';
import type { Database } from '../src/db/database.ts';
import { bilateralPage, seriesPage } from '../src/modules/data/open-data.repository.ts';
import {
  bilateralTotals,
  corridorCosts,
  corridorSeries,
  countryObservations,
  countrySeries,
  dataCoverage,
  indicatorCodes,
  topPartners,
} from '../src/modules/data/series.repository.ts';
import * as codes from '../src/modules/data/series-codes.ts';
import { fillDataBench } from './data-fill.ts';

/**
 * `npx tsx bench/data-plans.ts [database-url]`: fills a database with ~5 million observations
 * (unless it already has them), then runs each read query of the data views, printing its time
 * and its plan (EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on PostgreSQL).
 */
const url = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), 'corridor-plans-')), 'plans.db');
const db = openDb(url);
await prepareDatabase(db);
const existing = await db.kysely
  .selectFrom('observations')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
if (Number(existing.n) < 1_000_000) {
  const started = Date.now();
  const filled = await fillDataBench(db);
  console.log(
    `filled ${filled.observations} observations in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

const countryCodes = await indicatorCodes(db.kysely, 'country');
const captured: CompiledQuery[] = [];
const log = (event: LogEvent) => {
  if (event.level === 'query') captured.push(event.query);
};
const logged: Kysely<Database> =
  db.dialect === 'sqlite'
    ? new Kysely<Database>({ dialect: new SqliteDialect({ database: db.sqlite! }), log })
    : new Kysely<Database>({
        dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }),
        log,
      });

const cases: [string, () => Promise<unknown>][] = [
  ['country series', () => countrySeries(logged, { area: 'BGD', indicator: codes.IMS_STOCK_DESTINATION })],
  ['country observations', () => countryObservations(logged, { area: 'BGD' })],
  [
    'top origins',
    () => topPartners(logged, { indicator: codes.IMS_STOCK_BILATERAL, country: 'BGD', role: 'origins' }),
  ],
  [
    'top destinations',
    () => topPartners(logged, { indicator: codes.IMS_STOCK_BILATERAL, country: 'BGD', role: 'destinations' }),
  ],
  [
    'refugees hosted',
    () => bilateralTotals(logged, { indicator: codes.UNHCR_REFUGEES, country: 'BGD', role: 'destination' }),
  ],
  [
    'bilateral stock abroad (sum)',
    () => bilateralTotals(logged, { indicator: codes.IMS_STOCK_BILATERAL, country: 'BGD', role: 'origin' }),
  ],
  [
    'corridor both ways',
    () => corridorSeries(logged, { a: 'BGD', b: 'IND', indicators: [codes.IMS_STOCK_BILATERAL] }),
  ],
  ['corridor ranking', () => corridorCosts(logged)],
  ['corridor ranking (one country)', () => corridorCosts(logged, { country: 'BGD' })],
  ['data coverage', () => dataCoverage(logged, 'BGD')],
  ['API series page', () => seriesPage(logged, { area: 'BGD', indicators: countryCodes, limit: 1000 })],
  [
    'API series page after a cursor',
    () =>
      seriesPage(logged, {
        area: 'BGD',
        indicators: countryCodes,
        limit: 100,
        after: [codes.IMS_STOCK_DESTINATION, 'F', '_T', '2000', ''],
      }),
  ],
  [
    'API bilateral page',
    () =>
      bilateralPage(logged, {
        origin: 'BGD',
        destination: 'IND',
        indicators: [codes.IMS_STOCK_BILATERAL, codes.UNHCR_REFUGEES, codes.RPW_CORRIDOR_COST],
        limit: 1000,
      }),
  ],
];

for (const [name, run] of cases) {
  captured.length = 0;
  await run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  const queries = captured.slice(0, captured.length / 6);
  console.log(`\n## ${name}: ${Math.min(...times).toFixed(2)} ms best of 5 (${queries.length} queries)`);
  for (const q of queries) {
    if (db.dialect === 'sqlite') {
      const plan = db.sqlite!.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[]));
      for (const row of plan as { detail: string }[]) console.log(`   ${row.detail}`);
    } else {
      const result = await (logged as Kysely<Database>).executeQuery({
        ...q,
        sql: `EXPLAIN (ANALYZE, COSTS OFF) ${q.sql}`,
      } as CompiledQuery);
      for (const row of result.rows as Record<string, string>[]) console.log(`   ${Object.values(row)[0]}`);
    }
    console.log('   --');
  }
}
await logged.destroy();
await db.close();
