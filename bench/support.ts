import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { serverNodeFlags } from '../bin/server-flags.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../src/auth/cookies.ts';
import { createSession } from '../src/auth/session.repository.ts';
import { openDb } from '../src/db/connection.ts';

/** How a run is set: read once by `run.ts` and handed to every section. */
export interface BenchSettings {
  /** Multiplies every total (users, organisations, processes, synthetic values); 1 is the issues' size. */
  scale: number;
  /** Seconds autocannon drives each page (and each ceiling). */
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
  /** null: a figure printed for reading, with no target (the uncached first renders). */
  pass: boolean | null;
}

export interface SectionResult {
  name: string;
  /** Every figure of the section, as written to results.json. */
  details: Record<string, unknown>;
  targets: TargetRow[];
}

/**
 * The p99 of the ceiling (see `BenchPage`) on a quiet two-core machine with 50 connections: the
 * yardstick that turns a p99 target into a ratio target (`target`).
 */
export const QUIET_CEILING_P99_MS = 15;

/**
 * A page's two targets: its p99 in ms, and the least share of its ceiling's requests/s that
 * meets that p99 when the ceiling answers at its quiet p99 (under a closed loop of 50
 * connections, latency goes as 1 / requests per second): 50 ms → 0.3, as issue 2 set it.
 */
export const target = (p99: number) => ({ p99, ratio: Number((QUIET_CEILING_P99_MS / p99).toFixed(2)) });

/**
 * A page to drive: `path` on the server under test, beside its ceiling `/__ceiling/<name>`, the
 * fastest answer the server can give with the same bytes: a copy of the page made at start,
 * compressed then (gzip and brotli, as the client asks), sent with no work. Both are driven with
 * the same headers, so a signed-in page's ceiling pays the same session lookup.
 */
export interface BenchPage {
  name: string;
  path: string;
  /** How the targets table names it, when the path is full of ids. */
  label?: string;
  /** p99 target in ms, and the least share of the ceiling's requests/s (see `target`). */
  p99: number;
  ratio: number;
  /** Sent with every request (a session cookie for signed-in pages). */
  headers?: Record<string, string>;
}

export interface PageFigures {
  name: string;
  path: string;
  signedIn: boolean;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  ceilingReqPerSec: number;
  ceilingP99Ms: number;
  /** The page's requests/s ÷ its ceiling's: what the page costs, whatever the machine's load. */
  ratio: number;
  errors: number;
  /** Target p99 and ratio, and which were met. */
  p99Target: number;
  ratioTarget: number;
  p99Met: boolean;
  ratioMet: boolean;
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
 * its CPU), with a ceiling route for each page.
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
      BENCH_PAGES: JSON.stringify(pages.map((p) => ({ name: p.name, path: p.path, headers: p.headers }))),
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

/**
 * A session for `userId` (the first active user when absent), as signing in makes one: the
 * `cookie` header to send. The form-token cookie is added once the server runs (`withFormCookie`).
 */
export async function signIn(file: string, userId?: string): Promise<{ cookie: string; name: string }> {
  const db = openDb(file);
  try {
    const user = await db.kysely
      .selectFrom('users')
      .select(['id', 'name'])
      .$if(userId !== undefined, (q) => q.where('id', '=', userId!))
      .where('status', '=', 'active')
      .orderBy('email')
      .executeTakeFirstOrThrow();
    const token = await createSession(db.kysely, user.id, { days: 1 });
    return { cookie: `${SESSION_COOKIE}=${token}`, name: user.name };
  } finally {
    await db.close();
  }
}

/**
 * Checks that a signed-in page renders for its user (the layout names them) and adds the form-token
 * cookie the first answer sets, as a browser would send it back: without it, every request of a
 * page with a form would make a new secret.
 */
export async function withFormCookie(url: string, session: { cookie: string; name: string }) {
  const response = await fetch(url, { headers: { cookie: session.cookie } });
  const body = await response.text();
  if (response.status !== 200 || !body.includes(session.name))
    throw new Error(`${url} did not render for the signed-in user (status ${response.status})`);
  const form = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => c.startsWith(`${CSRF_COOKIE}=`));
  return { cookie: [session.cookie, ...form].join('; ') };
}

export async function drive(url: string, settings: BenchSettings, headers: Record<string, string> = {}) {
  const result = await autocannon({
    url,
    connections: settings.connections,
    duration: settings.seconds,
    headers: { 'accept-encoding': 'gzip', ...headers },
  });
  return {
    reqPerSec: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // A run in which no answer came back (each slower than the run) counts as failed.
    errors: result.non2xx + result.errors + (result.requests.total === 0 ? 1 : 0),
  };
}

/**
 * Drives each page right after its ceiling, for the same time with the same headers. Returns the
 * figures and the peak RSS of the server (sampled after each page).
 */
export async function drivePages(
  server: BenchServer,
  pages: BenchPage[],
  settings: BenchSettings,
): Promise<{ rows: PageFigures[]; peakRss: number }> {
  const rows: PageFigures[] = [];
  let peakRss = await server.rss();
  for (const page of pages) {
    settings.log(`  driving ${page.label ?? page.path}`);
    const ceiling = await drive(`${server.url}/__ceiling/${page.name}`, settings, page.headers);
    const measured = await drive(`${server.url}${page.path}`, settings, page.headers);
    peakRss = Math.max(peakRss, await server.rss());
    const ratio = Number((measured.reqPerSec / Math.max(1, ceiling.reqPerSec)).toFixed(2));
    const clean = measured.errors === 0 && ceiling.errors === 0;
    rows.push({
      name: page.name,
      path: page.path,
      signedIn: page.headers?.cookie !== undefined,
      ...measured,
      errors: measured.errors + ceiling.errors,
      ceilingReqPerSec: ceiling.reqPerSec,
      ceilingP99Ms: ceiling.p99Ms,
      ratio,
      p99Target: page.p99,
      ratioTarget: page.ratio,
      p99Met: measured.p99Ms < page.p99 && clean,
      ratioMet: ratio >= page.ratio && clean,
    });
  }
  return { rows, peakRss };
}

/**
 * What a page's two results say: both met; the p99 missed with the ratio met, so the machine was
 * busy (noise: the ceiling was slow too); or the ratio missed, so the page itself costs too much.
 */
export function verdict(row: PageFigures): string {
  if (row.p99Met && row.ratioMet) return 'met';
  if (row.ratioMet) return 'p99 missed: busy machine';
  return row.p99Met ? 'ratio missed: costly' : 'both missed: costly';
}

/** The targets of driven pages: each a p99 and a ratio to its ceiling, and no failed request. */
export function pageTargets(section: string, pages: BenchPage[], rows: PageFigures[]): TargetRow[] {
  const targets: TargetRow[] = [];
  for (const page of pages) {
    const row = rows.find((r) => r.name === page.name);
    if (!row) continue;
    const errors = row.errors === 0 ? '' : ` (${row.errors} failed requests)`;
    const label = page.label ?? page.path;
    targets.push(
      {
        section,
        measure: `${label} p99`,
        figure: `${row.p99Ms} ms (ceiling ${row.ceilingP99Ms} ms)${errors}`,
        target: `< ${page.p99} ms`,
        pass: row.p99Met,
      },
      {
        section,
        measure: `${label} req/s ÷ ceiling`,
        figure: `${row.ratio} (${row.reqPerSec} ÷ ${row.ceilingReqPerSec})${errors}`,
        target: `≥ ${page.ratio}`,
        pass: row.ratioMet,
      },
    );
  }
  return targets;
}

/** Times one GET (the whole body read); throws unless it answers 200. */
export async function timeGet(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers });
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
