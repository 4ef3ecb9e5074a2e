import type { Config } from '../config.ts';
import type { Db } from '../db/connection.ts';
import { requireExistingDatabase } from './context.ts';

// Apart from context.ts: this one loads every module (through bootstrap), and module commands use
// context.ts, so keeping them apart keeps the import graph free of cycles.

/**
 * Opens the database, runs `fn` and always closes it. `migrate` first brings the schema up to
 * date (as the server does on start); `mustExist` refuses a SQLite file that is not there.
 */
export async function withDatabase<T>(
  config: Config,
  options: { migrate?: boolean; mustExist?: boolean },
  fn: (db: Db) => Promise<T>,
): Promise<T> {
  if (options.mustExist) requireExistingDatabase(config.DATABASE_URL);
  // Loaded here, not at the top: `--help` and input mistakes answer without loading a database driver.
  const { openDb } = await import('../db/connection.ts');
  const { prepareDatabase } = await import('../bootstrap.ts');
  const db = openDb(config.DATABASE_URL, { poolSize: 2 });
  try {
    if (options.migrate) await prepareDatabase(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}
