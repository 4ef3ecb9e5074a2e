import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { type Config, isPostgresUrl, loadConfig } from '../config.ts';
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
