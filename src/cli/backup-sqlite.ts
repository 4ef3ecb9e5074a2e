import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import type { Db } from '../db/connection.ts';
import { allMigrations } from '../db/migrate.ts';
import { backupKind, notABackup, processesUsing } from './backup-files.ts';
import { CliError } from './errors.ts';

/** SQLite backups and restores through SQLite's online backup API: consistent while in use. */

/** Pages per backup step: about a hundred steps whatever the size, so progress moves smoothly. */
function pagesPerStep(totalPages: number): number {
  return Math.max(100, Math.ceil(totalPages / 100));
}

/** Copies the open database to `file` (written under a temporary name, then renamed). */
export async function backupSqlite(
  db: Db,
  file: string,
  onProgress: (fraction: number) => void,
): Promise<{ bytes: number }> {
  if (!db.sqlite) throw new Error('backupSqlite needs a SQLite database');
  const partial = `${file}.partial-${process.pid}`;
  try {
    await db.sqlite.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        onProgress(totalPages === 0 ? 1 : (totalPages - remainingPages) / totalPages);
        return pagesPerStep(totalPages);
      },
    });
    // A backup in rollback-journal mode is one self-contained file: reading it later leaves no
    // -wal or -shm files beside it.
    const copy = new SQLite(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new CliError(`the backup failed: ${(error as Error).message}`);
  }
  return { bytes: statSync(file).size };
}

export interface SqliteBackupInfo {
  /** The last migration the backup had run. */
  lastMigration: string;
  /** Migrations this version of Corridor has and the backup has not run yet (run at next start). */
  pending: number;
}

/**
 * Checks that `file` is a readable SQLite database with Corridor's migrations table, made by this
 * version of Corridor or an older one. Returns the open (read-only) handle with what it found.
 */
export function openSqliteBackup(file: string): { source: SQLite.Database; info: SqliteBackupInfo } {
  const kind = backupKind(file);
  if (kind !== 'sqlite') throw notABackup(file, kind, 'sqlite');
  let source: SQLite.Database;
  try {
    source = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new CliError(`cannot open ${file}: ${(error as Error).message}`);
  }
  try {
    const check = source.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CliError(`${file} is damaged (SQLite says: ${String(check)})`);
    const table = source
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'")
      .get();
    if (!table) {
      throw new CliError(
        `${file} is not a Corridor backup: it is a SQLite database without Corridor's tables`,
      );
    }
    const done = source.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() as string[];
    const known = Object.keys(allMigrations());
    const unknown = done.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
      throw new CliError(
        `${file} was made by a newer version of Corridor (it has migration ${unknown[0]}, unknown here); upgrade Corridor first`,
      );
    }
    return {
      source,
      info: { lastMigration: done.at(-1) ?? 'none', pending: known.filter((n) => !done.includes(n)).length },
    };
  } catch (error) {
    source.close();
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file} as a Corridor backup: ${(error as Error).message}`);
  }
}

/** Refuses what must not be replaced: an in-memory database, the backup itself, a database in use. */
export function checkRestoreTarget(target: string, backupFile: string): { inUseUnknown: boolean } {
  if (target === ':memory:') throw new CliError('cannot restore into an in-memory database');
  if (existsSync(target) && resolve(target) === resolve(backupFile)) {
    throw new CliError('the backup file is the database itself; copy it elsewhere first');
  }
  const users = processesUsing([target, `${target}-wal`, `${target}-shm`]);
  if (users && users.length > 0) {
    throw new CliError(
      `${target} is open in process ${users.join(', ')} (a running Corridor server?); stop it, then restore`,
    );
  }
  return { inUseUnknown: users === null };
}

/**
 * Replaces the database at `target` with the backup: copies it next to the target under a
 * temporary name, moves the current database aside to `<target>.before-restore`, drops its WAL
 * and shared-memory files (a stale WAL would be replayed onto the restored pages), then renames.
 */
export async function restoreSqlite(
  source: SQLite.Database,
  target: string,
): Promise<{ previous: string | null }> {
  const incoming = `${target}.restore-${process.pid}`;
  mkdirSync(dirname(target), { recursive: true });
  try {
    await source.backup(incoming);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw new CliError(`could not copy the backup: ${(error as Error).message}`);
  } finally {
    source.close();
  }
  let previous: string | null = null;
  if (existsSync(target)) {
    // Fold the WAL into the main file first, so the copy kept aside is complete on its own.
    try {
      const current = new SQLite(target, { fileMustExist: true });
      current.pragma('wal_checkpoint(TRUNCATE)');
      current.close();
    } catch {
      // Not a database SQLite can open: it is kept aside exactly as it was.
    }
    previous = `${target}.before-restore`;
    renameSync(target, previous);
  }
  rmSync(`${target}-wal`, { force: true });
  rmSync(`${target}-shm`, { force: true });
  rmSync(`${target}-journal`, { force: true });
  renameSync(incoming, target);
  return { previous };
}
