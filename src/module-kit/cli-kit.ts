import type { Db } from '../db/connection.ts';

/**
 * What the `corridor` program hands a module's commands. What needs every module (migrations and
 * reference data) belongs to the program, a composition root: a module's command receives it
 * instead of importing it, which would import every module back (a cycle).
 */
export interface CliKit {
  /** Migrates and refreshes every module's reference data, as the server does on start. */
  prepareDatabase(db: Db): Promise<void>;
}
