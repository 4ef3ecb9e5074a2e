import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { serverNodeFlags } from '../bin/server-flags.js';

/** How a run is set: read once by `run.ts` and handed to every section. */
export interface BenchSettings {
  /** Multiplies every total (users, organisations, processes, synthetic values); 1 is the issues' size. */
  scale: number;
  /** Seconds autocannon drives each page (and each baseline). */
  seconds: number;
  connections: number;
  /** Where the section databases go. */
  dir: string;
  log: (line: string) => void;
}

/** One target of an issue's benchmark, measured: what the summary table prints. */
export interface TargetRow {
  section: string;
  measure: string;
  figure: string;
  target: string;
  pass: boolean;
}

export interface SectionResult {
  name: string;
  /** Every figure of the section, as written to results.json. */
  details: Record<string, unknown>;
  targets: TargetRow[];
}

/** A page to drive: `path` on the server under test, beside `/__baseline/<name>` (same bytes, no work). */
export interface BenchPage {
  name: string;
  path: string;
  /** How the targets table names it, when the path is full of ids. */
  label?: string;
  /** p99 target in ms, and the least share of the baseline's requests/s, when the issue sets them. */
  p99?: number;
  ratio?: number;
  /** False: no baseline (a page served from a cache of compressed answers beats any baseline). */
  baseline?: boolean;
}

export interface PageFigures {
  name: string;
  path: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  baselineReqPerSec: number | null;
  baselineP99Ms: number | null;
  ratio: number | null;
  errors: number;
}

export const scaled = (settings: BenchSettings, full: number, least = 1) =>
  Math.max(least, Math.round(full * settings.scale));

/** A database path in the run's directory, with any file left there by an earlier run removed. */
export function freshDatabase(settings: BenchSettings, name: string): string {
  const file = join(settings.dir, name);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  return file;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface BenchServer {
  url: string;
  /** The server process's resident memory now, in bytes. */
  rss(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Starts `bench/server.ts` on the database file in its own process (so autocannon does not share
 * its CPU), with a baseline route for each page.
 */
export async function startServer(file: string, pages: BenchPage[]): Promise<BenchServer> {
  const port = await freePort();
  const child = fork(new URL('./server.ts', import.meta.url).pathname, [], {
    // The flags `corridor serve` runs with, so that memory is measured as it will be in use.
    execArgv: [...serverNodeFlags(), '--import', 'tsx'],
    env: {
      ...process.env,
      DATABASE_URL: file,
      PORT: String(port),
      BENCH_PAGES: JSON.stringify(
        pages.filter((p) => p.baseline !== false).map((p) => ({ name: p.name, path: p.path })),
      ),
    },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve());
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${port}`,
    rss: () =>
      new Promise<number>((resolve) => {
        child.once('message', (m) => resolve((m as { rss: number }).rss));
        child.send('rss');
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

export async function drive(url: string, settings: BenchSettings) {
  const result = await autocannon({
    url,
    connections: settings.connections,
    duration: settings.seconds,
    headers: { 'accept-encoding': 'gzip' },
  });
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

/**
 * Drives each page and its baseline in turn. Returns the figures and the peak RSS of the server
 * (sampled after each page).
 */
export async function drivePages(
  server: BenchServer,
  pages: BenchPage[],
  settings: BenchSettings,
): Promise<{ rows: PageFigures[]; peakRss: number }> {
  const rows: PageFigures[] = [];
  let peakRss = await server.rss();
  for (const page of pages) {
    settings.log(`  driving ${page.path}`);
    const baseline =
      page.baseline === false ? null : await drive(`${server.url}/__baseline/${page.name}`, settings);
    const measured = await drive(`${server.url}${page.path}`, settings);
    peakRss = Math.max(peakRss, await server.rss());
    rows.push({
      name: page.name,
      path: page.path,
      ...measured,
      baselineReqPerSec: baseline?.reqPerSec ?? null,
      baselineP99Ms: baseline?.p99Ms ?? null,
      ratio: baseline ? Number((measured.reqPerSec / Math.max(1, baseline.reqPerSec)).toFixed(2)) : null,
    });
  }
  return { rows, peakRss };
}

/** The targets of driven pages: p99 and ratio where the page sets them, and no failed request. */
export function pageTargets(section: string, pages: BenchPage[], rows: PageFigures[]): TargetRow[] {
  const targets: TargetRow[] = [];
  for (const page of pages) {
    const row = rows.find((r) => r.name === page.name);
    if (!row) continue;
    const errors = row.errors === 0 ? '' : ` (${row.errors} failed requests)`;
    if (page.p99 !== undefined)
      targets.push({
        section,
        measure: `${page.label ?? page.path} p99`,
        // Issue 3 asks for the ratio beside the p99 without a target of its own.
        figure: `${row.p99Ms} ms${page.ratio === undefined && row.ratio !== null ? ` (ratio ${row.ratio})` : ''}${errors}`,
        target: `< ${page.p99} ms`,
        pass: row.p99Ms < page.p99 && row.errors === 0,
      });
    if (page.ratio !== undefined && row.ratio !== null)
      targets.push({
        section,
        measure: `${page.label ?? page.path} req/s ÷ baseline`,
        figure: `${row.ratio} (${row.reqPerSec} ÷ ${row.baselineReqPerSec})`,
        target: `≥ ${page.ratio}`,
        pass: row.ratio >= page.ratio && row.errors === 0,
      });
  }
  return targets;
}

/** Times one GET (the whole body read); throws unless it answers 200. */
export async function timeGet(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { ms: Math.round(ms), bytes: body.byteLength };
}

export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Runs `work`, returning its value and how long it took in seconds (one decimal). */
export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await work();
  return { value, seconds: seconds(performance.now() - started) };
}
