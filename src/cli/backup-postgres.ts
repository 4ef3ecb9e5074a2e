import { spawn, spawnSync } from 'node:child_process';
import { renameSync, rmSync, statSync } from 'node:fs';
import { backupKind, notABackup } from './backup-files.ts';
import { CliError } from './errors.ts';

/** PostgreSQL backups and restores with pg_dump / pg_restore in their custom archive format. */

/** Refuses early, with what to install, when a PostgreSQL client tool is missing. */
export function requireTool(name: 'pg_dump' | 'pg_restore'): void {
  const probe = spawnSync(name, ['--version'], { stdio: 'ignore' });
  if (probe.error) {
    throw new CliError(
      `${name} was not found: install the PostgreSQL client tools (Debian: apt-get install postgresql-client), the same major version as the server or newer`,
    );
  }
}

/** The URL without its password, which goes in PGPASSWORD so it does not show in `ps`. */
function connection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const env = { ...process.env };
  if (parsed.password) {
    env.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
  }
  return { url: parsed.toString(), env };
}

/** Runs a tool; on failure, its own error line becomes the message. */
function run(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(name, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error) => reject(new CliError(`${name} could not start: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) return resolvePromise(stdout);
      const lines = stderr.split('\n').filter((l) => l.trim() !== '');
      const line = lines.find((l) => l.includes('error:')) ?? lines[0] ?? `exit code ${code}`;
      reject(new CliError(`${name} failed: ${line.replace(new RegExp(`^${name}: (error: )?`), '')}`));
    });
  });
}

/** `pg_dump --format=custom` of the whole database to `file` (under a temporary name until done). */
export async function backupPostgres(url: string, file: string): Promise<{ bytes: number }> {
  requireTool('pg_dump');
  const { url: safeUrl, env } = connection(url);
  const partial = `${file}.partial-${process.pid}`;
  try {
    await run('pg_dump', ['--format=custom', '--file', partial, safeUrl], env);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return { bytes: statSync(file).size };
}

/** Checks that `file` is a pg_dump custom archive holding Corridor's migrations table. */
export async function checkPostgresBackup(file: string): Promise<void> {
  const kind = backupKind(file);
  if (kind !== 'pg-custom') throw notABackup(file, kind, 'postgres');
  requireTool('pg_restore');
  const list = await run('pg_restore', ['--list', file], process.env);
  if (!/\bTABLE \S+ kysely_migration\b/.test(list)) {
    throw new CliError(`${file} is not a Corridor backup: the archive has no kysely_migration table`);
  }
}

/**
 * Restores the archive over the database: existing objects are dropped and recreated, all in one
 * transaction, so a failure leaves the database as it was.
 */
export async function restorePostgres(url: string, file: string): Promise<void> {
  const { url: safeUrl, env } = connection(url);
  await run(
    'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--dbname', safeUrl, file],
    env,
  );
}
