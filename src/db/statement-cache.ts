import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** How many distinct statements are kept: far more than the app's queries, so the cache never thrashes. */
const LIMIT = 1000;

/**
 * What Kysely's SQLite dialect is given instead of the connection itself: the same connection,
 * with each SQL text prepared once and its statement reused. Kysely prepares every query again
 * otherwise, which was about a tenth of a signed-in page's CPU (bench/profile-page.ts). A statement
 * still being read (`busy`: a streamed query not finished) is never handed out twice; a fresh one
 * is prepared for that call. Only Kysely goes through the cache, so code that uses the connection
 * directly (backups, pragmas) and changes a statement's mode cannot affect it.
 */
export function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string) {
      const kept = cache.get(sql);
      if (kept && !kept.busy) return kept;
      const statement = sqlite.prepare(sql);
      if (!kept) {
        if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
        cache.set(sql, statement);
      }
      return statement;
    },
    close() {
      cache.clear();
      sqlite.close();
    },
  };
}
