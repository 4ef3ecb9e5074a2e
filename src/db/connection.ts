import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { isPostgresUrl } from '../config.ts';
import type { Database } from './database.ts';
import { withStatementCache } from './statement-cache.ts';

export type DialectName = 'sqlite' | 'postgres';

/** A database handle together with what the rest of the code needs to know about it. */
export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  url: string;
  /** The raw better-sqlite3 handle (for the online backup API); undefined on PostgreSQL. */
  sqlite?: SQLite.Database;
  close(): Promise<void>;
}

// pg returns int8 and numeric as strings; Corridor keeps counts and minor units within 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
pg.types.setTypeParser(1700, (v) => Number.parseFloat(v));

/**
 * Opens SQLite (a file path or `:memory:`) or PostgreSQL (`postgres://…`). `sqliteImage` (from
 * better-sqlite3's `serialize()`) opens an in-memory copy of that database instead: the tests copy
 * one migrated template per run rather than migrating each database.
 */
export function openDb(url: string, options: { poolSize?: number; sqliteImage?: Buffer } = {}): Db {
  if (isPostgresUrl(url)) {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle client whose connection the server ends (restart, admin termination) emits 'error'
    // on the pool; unhandled, that would crash the process. The pool replaces the client.
    pool.on('error', (error) => {
      process.emitWarning(`PostgreSQL idle connection closed: ${error.message}`);
    });
    const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, dialect: 'postgres', url, close: () => kysely.destroy() };
  }
  if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
  const sqlite = options.sqliteImage ? new SQLite(options.sqliteImage) : new SQLite(url);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const kysely = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { kysely, dialect: 'sqlite', url, sqlite, close: () => kysely.destroy() };
}
