import { sql } from 'kysely';
import type { Db } from '../src/db/connection.ts';

/** One foreign key column: `table.column` references `references.column`. */
export interface ForeignKey {
  table: string;
  column: string;
  references: string;
  referencedColumn: string;
}

/** Every single-column foreign key of the database, read from its catalogue (both dialects). */
export async function foreignKeys(db: Db): Promise<ForeignKey[]> {
  if (db.dialect === 'postgres') {
    const rows = await sql<ForeignKey>`
      SELECT kcu.table_name AS "table", kcu.column_name AS "column",
             ccu.table_name AS "references", ccu.column_name AS "referencedColumn"
      FROM information_schema.table_constraints tc
      JOIN information_schema.key_column_usage kcu
        ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
      JOIN information_schema.constraint_column_usage ccu
        ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
      WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()`.execute(db.kysely);
    return rows.rows;
  }
  const tables = await db.kysely.introspection.getTables();
  return tables.flatMap((t) =>
    (
      db.sqlite!.prepare(`PRAGMA foreign_key_list(${JSON.stringify(t.name)})`).all() as {
        table: string;
        from: string;
        to: string | null;
      }[]
    ).map((fk) => ({
      table: t.name,
      column: fk.from,
      references: fk.table,
      referencedColumn: fk.to ?? 'id',
    })),
  );
}

/** A table whose rows belong to a root row, and the columns through which they do. */
export interface OwnedTable {
  table: string;
  /** Foreign keys of this table to the root or to another owned table (none for the root). */
  via: ForeignKey[];
}

/**
 * The tables whose rows hang off a row of `root` through foreign keys, directly or through other
 * such tables, each after the tables it references (so rows can be inserted in this order, and
 * read in it: a table's rows are those pointing at rows already read). A new module's table that references `processes` (or a table that
 * does) is found here without being named anywhere in the bench.
 */
export function ownedTables(root: string, keys: ForeignKey[]): OwnedTable[] {
  const owned = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const key of keys)
      if (owned.has(key.references) && !owned.has(key.table)) {
        owned.add(key.table);
        grew = true;
      }
  }
  const parents = (table: string) =>
    keys.filter((k) => k.table === table && k.references !== table && owned.has(k.references));
  const ordered: OwnedTable[] = [];
  const placed = new Set<string>();
  // Kahn's order over the owned tables; names sorted so the order is the same on every run.
  const pending = [...owned].sort();
  while (pending.length > 0) {
    const next = pending.findIndex((t) => parents(t).every((k) => placed.has(k.references)));
    if (next < 0) throw new Error(`foreign keys form a cycle among ${pending.join(', ')}`);
    const [table] = pending.splice(next, 1) as [string];
    placed.add(table);
    ordered.push({ table, via: table === root ? [] : parents(table) });
  }
  return ordered;
}
