import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './statement-cache.ts';

describe('the statement cache Kysely prepares through', () => {
  it('reuses a statement for the same SQL, and prepares a fresh one while it is still being read', () => {
    const sqlite = new SQLite(':memory:');
    sqlite.exec('create table t (a integer); insert into t values (1), (2), (3)');
    const cached = withStatementCache(sqlite);
    const first = cached.prepare('select a from t order by a');
    expect(cached.prepare('select a from t order by a')).toBe(first);
    const reading = (first as SQLite.Statement).iterate() as IterableIterator<{ a: number }>;
    expect(reading.next().value).toEqual({ a: 1 });
    // A streamed read not finished: the same SQL gets its own statement, and both read correctly.
    const second = cached.prepare('select a from t order by a');
    expect(second).not.toBe(first);
    expect(second.all([])).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
    expect(reading.next().value).toEqual({ a: 2 });
    reading.return?.();
    expect(cached.prepare('select a from t order by a')).toBe(first);
    cached.close();
    expect(sqlite.open).toBe(false);
  });
});
