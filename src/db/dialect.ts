import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql, type Transaction } from 'kysely';
import type { DialectName } from './connection.ts';
import type { Database } from './database.ts';

/**
 * The few places where SQLite and PostgreSQL need different SQL. Everything else is plain Kysely.
 */

/** Case-insensitive `LIKE` (SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE). */
export function containsText(
  dialect: DialectName,
  column: Expression<string>,
  needle: string,
): RawBuilder<SqlBool> {
  const pattern = `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return dialect === 'postgres'
    ? sql<SqlBool>`${column} ILIKE ${pattern} ESCAPE '\\'`
    : sql<SqlBool>`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/** `count(*)` as a number on both dialects. */
export function countAll(): RawBuilder<number> {
  return sql<number>`count(*)`;
}

/** What the demo reload needs to know about the tables of the current schema. */
export interface SchemaFacts {
  /** The schema the app's tables live in (PostgreSQL), so tables of other schemas are left alone. */
  schema: string | undefined;
  /** One entry per foreign key: `table` has a column referencing `referenced`. */
  foreignKeys: { table: string; referenced: string }[];
  /** Tables a virtual table keeps for itself (SQLite FTS5 shadow tables): never written directly. */
  shadowTables: string[];
}

/**
 * Foreign keys and internal tables, read from the catalogue: `pragma_foreign_key_list` and
 * `pragma_table_list` on SQLite, `information_schema` on PostgreSQL.
 */
export async function schemaFacts(db: Kysely<Database>, dialect: DialectName): Promise<SchemaFacts> {
  if (dialect === 'postgres') {
    const schema = await sql<{ name: string }>`SELECT current_schema() AS name`.execute(db);
    const keys = await sql<{ table: string; referenced: string }>`
      SELECT DISTINCT tc.table_name AS "table", ccu.table_name AS referenced
      FROM information_schema.table_constraints tc
      JOIN information_schema.constraint_column_usage ccu
        ON ccu.constraint_schema = tc.constraint_schema AND ccu.constraint_name = tc.constraint_name
      WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()`.execute(db);
    return { schema: schema.rows[0]?.name, foreignKeys: keys.rows, shadowTables: [] };
  }
  const keys = await sql<{ table: string; referenced: string }>`
    SELECT DISTINCT m.name AS "table", f."table" AS referenced
    FROM sqlite_master m, pragma_foreign_key_list(m.name) f
    WHERE m.type = 'table'`.execute(db);
  const shadow = await sql<{ name: string }>`
    SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'shadow'`.execute(db);
  return { schema: undefined, foreignKeys: keys.rows, shadowTables: shadow.rows.map((r) => r.name) };
}

/**
 * Checks foreign keys at commit instead of after each statement, for deleting from tables that
 * reference each other in a cycle. PostgreSQL can only defer constraints declared DEFERRABLE.
 */
export async function deferForeignKeys(trx: Transaction<Database>, dialect: DialectName): Promise<void> {
  if (dialect === 'postgres') await sql`SET CONSTRAINTS ALL DEFERRED`.execute(trx);
  else await sql`PRAGMA defer_foreign_keys = ON`.execute(trx);
}
