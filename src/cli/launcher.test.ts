import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../test/e2e/support/server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LAUNCHER = join(ROOT, 'bin/corridor.js');

/** Every process whose parent chain leads to `pid` (read from /proc, as `ps` would). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name sits in parentheses and may hold spaces: the parent id follows the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of parents) {
      if (ppid === parent) {
        found.push(child);
        walk(child);
      }
    }
  };
  walk(pid);
  return found;
}

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

interface Started {
  child: ChildProcess;
  port: number;
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Starts Corridor the way an operator does (`npm start` or the launcher) on a fresh SQLite file. */
async function start(command: string, args: string[]): Promise<Started> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-launcher-'));
  const port = await freePort();
  const child = spawn(command, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: join(dir, 'corridor.db'),
      LOG_LEVEL: 'info',
      npm_config_update_notifier: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  cleanups.push(() => {
    for (const pid of [child.pid ?? 0, ...descendants(child.pid ?? 0)]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone, as it should be.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });
  const ready = await waitFor(async () => {
    try {
      return (await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(1000) })).ok;
    } catch {
      return false;
    }
  }, 60_000);
  if (!ready) throw new Error(`Corridor did not start:\n${output}`);
  return { child, port, output: () => output, exited };
}

describe('the launcher and the server process', () => {
  it('npm start stops on SIGTERM: the port is free and no Corridor process is left within 10 s', async () => {
    const server = await start('npm', ['start', '--silent']);
    const tree = descendants(server.child.pid ?? 0);
    expect(tree.length).toBeGreaterThan(0);
    server.child.kill('SIGTERM');
    const stopped = await waitFor(
      async () => !(await portTaken(server.port)) && tree.every((pid) => !alive(pid)),
      10_000,
    );
    expect(stopped, server.output()).toBe(true);
    expect(server.output()).toContain('stopped');
  }, 90_000);

  it('the launcher forwards SIGINT and exits 0 after a graceful stop', async () => {
    const server = await start(process.execPath, [LAUNCHER, 'serve']);
    const tree = descendants(server.child.pid ?? 0);
    server.child.kill('SIGINT');
    const { code, signal } = await server.exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(await waitFor(() => tree.every((pid) => !alive(pid)), 5_000)).toBe(true);
    expect(await portTaken(server.port)).toBe(false);
  }, 90_000);

  it('the launcher ends the way its child ended: killed by a signal, or with its exit code', async () => {
    const server = await start(process.execPath, [LAUNCHER, 'serve']);
    const [serverPid] = descendants(server.child.pid ?? 0);
    process.kill(serverPid ?? 0, 'SIGKILL');
    expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const invalid = spawnSync(process.execPath, [LAUNCHER, 'serve', '--port', 'eighty'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('the port must be a number');
  }, 90_000);
});
