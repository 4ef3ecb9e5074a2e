import { closeSync, existsSync, openSync, readdirSync, readlinkSync, readSync, realpathSync } from 'node:fs';
import { CliError } from './errors.ts';

/** What the first bytes of a file say it is. */
export type BackupKind = 'sqlite' | 'pg-custom' | 'other';

const SQLITE_MAGIC = 'SQLite format 3\0';
const PG_CUSTOM_MAGIC = 'PGDMP';

/** Reads the file's signature; refuses a path that is missing or not a file. */
export function backupKind(file: string): BackupKind {
  if (!existsSync(file)) throw new CliError(`there is no file at ${file}`);
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    const text = head.subarray(0, read).toString('latin1');
    if (text === SQLITE_MAGIC) return 'sqlite';
    if (text.startsWith(PG_CUSTOM_MAGIC)) return 'pg-custom';
    return 'other';
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  } finally {
    closeSync(fd);
  }
}

/** The refusal for a file of the wrong kind, saying what it is when we can tell. */
export function notABackup(file: string, kind: BackupKind, expected: 'sqlite' | 'postgres'): CliError {
  const what =
    kind === 'sqlite'
      ? 'it is a SQLite database, and the database is PostgreSQL'
      : kind === 'pg-custom'
        ? 'it is a PostgreSQL archive, and the database is SQLite'
        : expected === 'sqlite'
          ? 'it is not a SQLite database'
          : 'it is not a pg_dump custom-format archive';
  return new CliError(`${file} is not a Corridor backup for this database: ${what}`);
}

/**
 * Other processes with one of these files open (Linux only: reads /proc; elsewhere it cannot
 * tell and returns null). Used to refuse replacing a database a running server still holds.
 */
export function processesUsing(files: string[]): number[] | null {
  if (!existsSync('/proc/self/fd')) return null;
  const wanted = new Set(files.filter((f) => existsSync(f)).map((f) => realpathSync(f)));
  if (wanted.size === 0) return [];
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or not ours to look at
    }
    for (const fd of fds) {
      try {
        if (wanted.has(readlinkSync(`/proc/${pid}/fd/${fd}`))) {
          found.push(pid);
          break;
        }
      } catch {
        // the descriptor closed while we looked
      }
    }
  }
  return found;
}
