import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { prepareDatabase } from '../src/bootstrap.ts';
import { openDb } from '../src/db/connection.ts';
import { fillBenchData } from './fill.ts';

/**
 * `npm run bench`: builds a large SQLite data set, starts the server in a child process and drives
 * each page with autocannon (50 connections), beside a baseline route that returns a prebuilt copy
 * of the same page. Prints a table and writes bench/results.json. Targets from the foundation
 * issue: each page ≥ 30% of its baseline's requests/s, p99 < 50 ms, server RSS < 300 MB.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 50;
const SIZES = {
  users: Number(process.env.BENCH_USERS ?? 100_000),
  organisations: Number(process.env.BENCH_ORGS ?? 20_000),
};

const ALL_PAGES = [
  { name: 'home', path: '/' },
  { name: 'country', path: '/countries/BGD' },
  { name: 'countries', path: '/countries' },
  { name: 'organisations', path: '/organisations' },
  { name: 'organisations-filtered', path: '/organisations?type=donor&page=3' },
];
/** `BENCH_ONLY=home,country` drives a subset of the pages. */
const only = process.env.BENCH_ONLY?.split(',');
const PAGES = only ? ALL_PAGES.filter((p) => only.includes(p.name)) : ALL_PAGES;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function drive(url: string) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { 'accept-encoding': 'gzip' },
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'corridor-bench-'));
const file = join(dir, 'bench.db');
const started = Date.now();
const db = openDb(file);
await prepareDatabase(db);
await fillBenchData(db, SIZES);
await db.close();
const fillSeconds = (Date.now() - started) / 1000;
process.stdout.write(
  `Filled ${SIZES.users} users and ${SIZES.organisations} organisations in ${fillSeconds.toFixed(1)} s\n`,
);

const port = await freePort();
const child = fork(new URL('./server.ts', import.meta.url).pathname, [], {
  execArgv: ['--import', 'tsx'],
  env: { ...process.env, DATABASE_URL: file, PORT: String(port), BENCH_PAGES: JSON.stringify(PAGES) },
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
await new Promise<void>((resolve, reject) => {
  child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve());
  child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
});
const rss = () =>
  new Promise<number>((resolve) => {
    child.once('message', (m) => resolve((m as { rss: number }).rss));
    child.send('rss');
  });

const rows = [];
let peakRss = await rss();
for (const page of PAGES) {
  const baseline = await drive(`http://127.0.0.1:${port}/__baseline/${page.name}`);
  const measured = await drive(`http://127.0.0.1:${port}${page.path}`);
  peakRss = Math.max(peakRss, await rss());
  const ratio = measured.requestsPerSecond / baseline.requestsPerSecond;
  rows.push({
    page: page.path,
    reqPerSec: measured.requestsPerSecond,
    p50Ms: measured.p50,
    p99Ms: measured.p99,
    baselineReqPerSec: baseline.requestsPerSecond,
    baselineP99Ms: baseline.p99,
    ratio: Number(ratio.toFixed(2)),
    errors: measured.non2xx,
    pass: ratio >= 0.3 && measured.p99 < 50 && measured.non2xx === 0,
  });
}
child.kill();
rmSync(dir, { recursive: true, force: true });

console.table(rows);
const rssMb = Math.round(peakRss / 1024 / 1024);
process.stdout.write(`Server peak RSS: ${rssMb} MB (target < 300 MB)\n`);
const results = {
  at: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  settings: { durationSeconds: DURATION, connections: CONNECTIONS, ...SIZES, database: 'sqlite' },
  fillSeconds,
  pages: rows,
  serverPeakRssMb: rssMb,
  pass: rows.every((r) => r.pass) && rssMb < 300,
};
writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
process.stdout.write(
  `Written to bench/results.json — ${results.pass ? 'all targets met' : 'SOME TARGETS MISSED'}\n`,
);
