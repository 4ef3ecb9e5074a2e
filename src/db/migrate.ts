import { type Migration, type MigrationProvider, type MigrationResultSet, Migrator } from 'kysely';
import { auditMigrations } from '../audit/audit.migrations.ts';
import { authMigrations } from '../auth/auth.migrations.ts';
import { documentMigrations } from '../documents/index.ts';
import type { ModuleManifest } from '../module-kit/manifest.ts';
import { modules as registry } from '../modules/index.ts';
import type { Db } from './connection.ts';

/** Every migration of the kernels and modules, keyed by a name that sorts in the order to run. */
export function allMigrations(modules: readonly ModuleManifest[] = registry): Record<string, Migration> {
  const merged: Record<string, Migration> = {
    ...authMigrations,
    ...auditMigrations,
    ...documentMigrations,
  };
  for (const module of modules) {
    for (const [name, migration] of Object.entries(module.migrations ?? {})) {
      if (merged[name]) throw new Error(`Migration name used twice: ${name}`);
      merged[name] = migration;
    }
  }
  return merged;
}

/** Brings the schema up to date (every module's, or those given). Throws with the failing migration's name. */
export async function migrateToLatest(
  db: Db,
  modules: readonly ModuleManifest[] = registry,
): Promise<MigrationResultSet> {
  const provider: MigrationProvider = { getMigrations: async () => allMigrations(modules) };
  const migrator = new Migrator({ db: db.kysely, provider });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${String(result.error)}`, { cause: result.error });
  }
  return result;
}
