import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { prepareDatabase } from '../src/bootstrap.ts';
import { openDb } from '../src/db/connection.ts';
import { fillDataBench } from './data-fill.ts';

/**
 * `npm run bench:data`: the data views on a store of ~5.2 million observations (232 × 232
 * countries × 31 years × 3 sexes of bilateral migrant stock, plus country series and corridor
 * prices). Measures, with autocannon at 50 connections, the country profile page (target p99 <
 * 100 ms), the series API (target p99 < 30 ms) and the other data pages, and the first, uncached
 * build of a few profiles. `BENCH_DATA_DB=path` reuses a database filled by an earlier run.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;

const TARGETS = [
  { name: 'profile', path: '/countries/BGD/profile', p99: 100 },
  { name: 'series-api', path: '/api/v1/series?country=BGD', p99: 30 },
  { name: 'series-api-csv', path: '/api/v1/series?country=BGD&format=csv', p99: 30 },
  { name: 'bilateral-api', path: '/api/v1/bilateral?origin=BGD&destination=IND', p99: 30 },
  { name: 'country', path: '/countries/BGD', p99: 50 },
  { name: 'corridor', path: '/corridors?origin=BGD&destination=IND', p99: 100 },
  { name: 'ranking', path: '/corridors/ranking', p99: 100 },
  { name: 'map', path: '/data/map?indicator=ims.stock.destination', p99: 100 },
];

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const reuse = process.env.BENCH_DATA_DB;
const dir = reuse ? null : mkdtempSync(join(tmpdir(), 'corridor-data-bench-'));
const file = reuse ?? join(dir!, 'data.db');
const db = openDb(file);
await prepareDatabase(db);
const count = await db.kysely
  .selectFrom('observations')
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .executeTakeFirstOrThrow();
let fillSeconds = 0;
if (Number(count.n) < 1_000_000) {
  const started = Date.now();
  await fillDataBench(db);
  fillSeconds = (Date.now() - started) / 1000;
}
const observations = Number(
  (
    await db.kysely
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
);
await db.close();
process.stdout.write(
  `${observations} observations${fillSeconds ? ` (filled in ${fillSeconds.toFixed(0)} s)` : ''}\n`,
);

const port = await freePort();
const child = fork(new URL('./server.ts', import.meta.url).pathname, [], {
  execArgv: ['--import', 'tsx'],
  env: { ...process.env, DATABASE_URL: file, PORT: String(port), BENCH_PAGES: '[]' },
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
await new Promise<void>((resolve, reject) => {
  child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve());
  child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});

// The first build of a profile reads the store and draws every chart; later requests hit the
// cache until the next import. Measure both.
const cold: { path: string; ms: number }[] = [];
for (const alpha3 of ['JAM', 'MDA', 'TUN', 'MEX']) {
  const path = `/countries/${alpha3}/profile`;
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  await response.text();
  cold.push({ path, ms: Math.round(performance.now() - started) });
}

const rows = [];
for (const target of TARGETS) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${target.path}`,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { 'accept-encoding': 'gzip' },
  });
  rows.push({
    page: target.path,
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    targetP99Ms: target.p99,
    errors: result.non2xx + result.errors,
    pass: result.latency.p99 < target.p99 && result.non2xx + result.errors === 0,
  });
}
child.kill();
if (dir) rmSync(dir, { recursive: true, force: true });

console.table(cold);
console.table(rows);
const results = {
  at: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  settings: { durationSeconds: DURATION, connections: CONNECTIONS, observations, database: 'sqlite' },
  uncachedProfiles: cold,
  pages: rows,
  pass: rows.every((r) => r.pass),
};
writeFileSync(new URL('./data-views-results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(
  `Written to bench/data-views-results.json — ${results.pass ? 'all targets met' : 'SOME TARGETS MISSED'}\n`,
);
