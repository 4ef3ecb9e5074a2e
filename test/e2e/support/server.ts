import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverNodeFlags } from '../../../bin/server-flags.js';

/** The repository root: the server runs from here, as `npm start` would. */
const ROOT = new URL('../../../', import.meta.url).pathname;

export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  /** The first administrator, as printed once on the first start. */
  admin: { email: string; password: string };
  /** Everything the server wrote to stdout so far (the credentials block included). */
  stdout(): string;
  /** Everything the server wrote to stderr so far (warnings and errors at LOG_LEVEL=warn). */
  stderr(): string;
  /** The SQLite file of this server, in its own temporary directory. */
  databasePath: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now: bind port 0, read what the OS gave, release it. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      if (address === null || typeof address === 'string') return reject(new Error('no port'));
      probe.close(() => resolve(address.port));
    });
  });
}

const CREDENTIALS = /email:\s+(\S+)\s*\n\s*password:\s+(\S+)/;

/**
 * Starts a real Corridor server as a child process (`corridor serve`) on a free port and a fresh
 * SQLite file, waits until it printed the first-start credentials and `/healthz` answers.
 */
export async function startCorridor(
  options: { env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-e2e-'));
  const databasePath = join(dir, 'corridor.db');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [...serverNodeFlags(), '--import', 'tsx', 'src/cli/main.ts', 'serve'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: databasePath,
        PUBLIC_URL: url,
        LOG_LEVEL: 'warn',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });

  // If the test process ends without calling stop() (a crash, an interrupted run), take the
  // server with it rather than leave it listening.
  const killOnExit = () => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    await stopChild(child);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + (options.timeoutMs ?? 45_000);
    let admin: RunningServer['admin'] | undefined;
    let healthy = false;
    while (!(admin && healthy)) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new Error(`Corridor exited (${child.exitCode ?? child.signalCode}) before it was ready`);
      }
      if (Date.now() > deadline) throw new Error('Corridor did not become ready in time');
      const match = CREDENTIALS.exec(out);
      if (match) admin = { email: match[1]!, password: match[2]! };
      healthy = healthy || (await answers(`${url}/healthz`));
      if (!(admin && healthy)) await sleep(100);
    }
    return { url, admin, stdout: () => out, stderr: () => err, databasePath, stop };
  } catch (error) {
    await stop();
    const detail = `\n--- stdout ---\n${out}\n--- stderr ---\n${err}`;
    throw new Error(`${(error as Error).message}${detail}`);
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** SIGTERM (the server closes cleanly), then SIGKILL if it is still there after 5 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}
