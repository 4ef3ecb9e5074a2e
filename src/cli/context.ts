import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { type Config, isPostgresUrl, loadConfig } from '../config.ts';
import type { Db } from '../db/connection.ts';
import { CliError, usageError } from './errors.ts';

/** Options every command accepts (declared on the program). */
export interface GlobalOptions {
  database?: string;
}

/** The configuration from the environment, with `--database` taking the place of DATABASE_URL. */
export function cliConfig(command: Command): Config {
  const { database } = command.optsWithGlobals<GlobalOptions>();
  try {
    return loadConfig(process.env, database ? { DATABASE_URL: database } : {});
  } catch (error) {
    throw usageError((error as Error).message.replace(/\n\s*/g, ' '));
  }
}

/** The database address for messages, without any password. */
export function describeDatabase(url: string): string {
  if (!isPostgresUrl(url)) return url;
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Refuses a SQLite path with no file behind it, so a mistyped path does not create a new database. */
export function requireExistingDatabase(url: string): void {
  if (isPostgresUrl(url) || url === ':memory:' || existsSync(url)) return;
  throw new CliError(
    `there is no database at ${url} (check --database or DATABASE_URL; "corridor migrate" creates one)`,
  );
}

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
  // Loaded here, not at the top: `--help` and input mistakes answer without loading every module.
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
