import type { Kysely, Transaction } from 'kysely';
import { modules } from '../modules/index.ts';
import type { Db, DialectName } from './connection.ts';
import type { Database } from './database.ts';
import { deferForeignKeys, schemaFacts } from './dialect.ts';

/**
 * Tables that hold no demo content and survive `corridor demo --reload`: accounts and their
 * secrets, settings, rate-limit counters, the audit trail, reference lists and Kysely's own migration tables.
 */
export const KEPT_TABLES: readonly string[] = [
  'users',
  'sessions',
  'api_tokens',
  'one_time_tokens',
  'app_settings',
  'throttle_events',
  'audit_log',
  'content_version',
  'countries',
  'kysely_migration',
  'kysely_migration_lock',
];

/** Any table by name, for statements over tables found at run time. */
type AnyTables = Record<string, Record<string, unknown>>;

function anyTables(db: Kysely<Database>): Kysely<AnyTables> {
  return db as unknown as Kysely<AnyTables>;
}

export interface ContentPlan {
  /** The module content tables, each before the tables it references: the order to delete in. */
  deleteOrder: string[];
  /** Some tables reference each other in a cycle; foreign keys are deferred while deleting. */
  cyclic: boolean;
}

/**
 * Finds the content tables of every module (whatever modules exist now) and orders them for
 * deletion by their foreign keys.
 */
export async function planContentTables(db: Db): Promise<ContentPlan> {
  const facts = await schemaFacts(db.kysely, db.dialect);
  const tables = (await db.kysely.introspection.getTables())
    .filter((t) => !t.isView && (facts.schema === undefined || t.schema === facts.schema))
    .map((t) => t.name);
  const kept = new Set([...KEPT_TABLES, ...modules.flatMap((m) => m.referenceTables ?? [])]);
  // A table a kept table points at is kept too: emptying it would break (or cascade into) kept rows.
  for (let grew = true; grew; ) {
    grew = false;
    for (const fk of facts.foreignKeys) {
      if (kept.has(fk.table) && !kept.has(fk.referenced)) {
        kept.add(fk.referenced);
        grew = true;
      }
    }
  }
  const shadow = new Set(facts.shadowTables);
  return orderForDeletion(
    tables.filter((t) => !kept.has(t) && !shadow.has(t)),
    facts.foreignKeys,
  );
}

/** Kahn's algorithm: a table comes once no other remaining table references it. */
export function orderForDeletion(
  tables: string[],
  foreignKeys: { table: string; referenced: string }[],
): ContentPlan {
  const remaining = new Set(tables);
  const deleteOrder: string[] = [];
  while (remaining.size > 0) {
    const free = [...remaining]
      .filter(
        (t) => !foreignKeys.some((fk) => fk.referenced === t && fk.table !== t && remaining.has(fk.table)),
      )
      .sort();
    if (free.length === 0) {
      deleteOrder.push(...[...remaining].sort());
      return { deleteOrder, cyclic: true };
    }
    for (const t of free) {
      deleteOrder.push(t);
      remaining.delete(t);
    }
  }
  return { deleteOrder, cyclic: false };
}

/** Row counts of the given tables. */
export async function countRows(db: Kysely<Database>, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await anyTables(db)
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

/** Deletes every row of the planned tables, in order; returns how many rows each lost. */
export async function deleteContent(
  trx: Transaction<Database>,
  dialect: DialectName,
  plan: ContentPlan,
): Promise<Record<string, number>> {
  if (plan.cyclic) await deferForeignKeys(trx, dialect);
  const deleted: Record<string, number> = {};
  for (const table of plan.deleteOrder) {
    const result = await anyTables(trx).deleteFrom(table).executeTakeFirst();
    deleted[table] = Number(result.numDeletedRows);
  }
  return deleted;
}
