import type { Db } from '../db/connection.ts';

/**
 * Shared by the demo steps of every module: the database and a registry of what earlier steps
 * created, so a programme can name the organisations loaded before it (`refs.get('org:undp')`).
 */
export interface DemoContext {
  db: Db;
  refs: Map<string, string>;
  /** The admin user the demo acts as, for audit rows. */
  actorId: string | null;
}

export function demoRef(context: DemoContext, key: string): string {
  const id = context.refs.get(key);
  if (!id) throw new Error(`Demo data refers to ${key}, which no earlier step created`);
  return id;
}
