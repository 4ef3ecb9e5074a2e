import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { DialectName } from './connection.ts';

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
