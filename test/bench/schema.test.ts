import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ForeignKey, foreignKeys, ownedTables } from '../../bench/schema.ts';
import type { Db } from '../../src/db/connection.ts';
import { DIALECTS, freshDb } from '../support/databases.ts';

/** The bench copies a process by the schema's foreign keys (bench/processes-fill.ts). */
describe.each(DIALECTS)('bench table order from the schema (%s)', (dialect) => {
  let db: Db & { drop(): Promise<void> };
  let keys: ForeignKey[];
  beforeAll(async () => {
    db = await freshDb(dialect);
    keys = await foreignKeys(db);
  });
  afterAll(() => db.drop());

  it('reads the foreign keys from the catalogue', () => {
    expect(keys).toContainEqual({
      table: 'indicator_targets',
      column: 'indicator_id',
      references: 'process_indicators',
      referencedColumn: 'id',
    });
  });

  it("finds every table holding a process's rows, each after the tables it references", async () => {
    const order = ownedTables('processes', keys).map((t) => t.table);
    const withProcessId = (await db.kysely.introspection.getTables())
      .filter((t) => t.columns.some((c) => c.name === 'process_id'))
      .map((t) => t.name);
    expect(order).toEqual(expect.arrayContaining([...withProcessId, 'action_partners', 'indicator_targets']));
    expect(order).not.toContain('users');
    for (const key of keys)
      if (order.includes(key.table) && order.includes(key.references) && key.table !== key.references)
        expect(order.indexOf(key.references)).toBeLessThan(order.indexOf(key.table));
  });

  it('orders a graph by its keys and refuses a cycle', () => {
    const fk = (table: string, references: string): ForeignKey => ({
      table,
      column: `${references}_id`,
      references,
      referencedColumn: 'id',
    });
    expect(ownedTables('a', [fk('c', 'b'), fk('b', 'a'), fk('d', 'x'), fk('a', 'a')])).toEqual([
      { table: 'a', via: [] },
      { table: 'b', via: [fk('b', 'a')] },
      { table: 'c', via: [fk('c', 'b')] },
    ]);
    expect(() => ownedTables('a', [fk('b', 'a'), fk('c', 'b'), fk('b', 'c')])).toThrow(/cycle/);
  });
});
