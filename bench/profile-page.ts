import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { freePort } from './support.ts';

/**
 * `npx tsx bench/profile-page.ts <database> <path> [seconds]`: drives a page and its ceiling twice
 * (`BENCH_COOKIE` signs the page in: a session cookie, as `signIn` in support.ts makes one)
 * each (50 connections) on an existing database (one kept with `BENCH_DIR`), with the server under
 * `--cpu-prof`, then prints the figures and the functions that took the most CPU (self time).
 */

const [file, path, seconds = '8'] = process.argv.slice(2) as [string, string, string?];
const cookieHeaders: Record<string, string> = process.env.BENCH_COOKIE
  ? { cookie: process.env.BENCH_COOKIE }
  : {};
const port = await freePort();
const dir = `/tmp/prof-${Date.now()}`;
const child = fork(new URL('./server.ts', import.meta.url).pathname, [], {
  execArgv: [
    '--max-semi-space-size=2',
    '--max-old-space-size=256',
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
    '--import',
    'tsx',
  ],
  env: {
    ...process.env,
    DATABASE_URL: file,
    PORT: String(port),
    BENCH_PAGES: JSON.stringify([{ name: 'p', path, headers: cookieHeaders }]),
  },
  stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
});
await new Promise<void>((resolve) =>
  child.stdout?.on('data', (c: Buffer) => c.toString().includes('READY') && resolve()),
);
for (const url of [`/__ceiling/p`, path, `/__ceiling/p`, path]) {
  const r = await autocannon({
    url: `http://127.0.0.1:${port}${url}`,
    connections: 50,
    duration: Number(seconds),
    headers: { 'accept-encoding': 'gzip', ...cookieHeaders },
  });
  console.log(
    url,
    Math.round(r.requests.average),
    'req/s p50',
    r.latency.p50,
    'p99',
    r.latency.p99,
    'errors',
    r.non2xx + r.errors,
  );
}
child.send('exit');
await new Promise((r) => child.once('exit', r));
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
// The profile's nodes and samples (the .cpuprofile format).
const prof = JSON.parse(readFileSync(`${dir}/${readdirSync(dir)[0]}`, 'utf8')) as {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
for (const [i, id] of prof.samples.entries()) {
  const frame = byId.get(id)!.callFrame;
  const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (prof.timeDeltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40))
  console.log(((100 * us) / total).toFixed(1).padStart(5), k);
console.log('profile', dir);
