import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { isPostgresUrl } from '../../config.ts';
import { cliConfig, describeDatabase } from '../context.ts';
import { CliError } from '../errors.ts';
import { confirm, progress, say, warn } from '../io.ts';
import { withDatabase } from '../with-database.ts';

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** `backup` and `restore`: a consistent copy of the whole database while it runs, and back. */
export function backupCommands(program: Command): void {
  program
    .command('backup')
    .description(
      'write a consistent copy of the database while it is in use (SQLite file or pg_dump archive)',
    )
    .argument('<file>', 'where to write the backup')
    .option('--force', 'replace the file if it exists')
    .action(async (file: string, options: { force?: boolean }, command: Command) => {
      const config = cliConfig(command);
      if (existsSync(file) && !options.force) {
        throw new CliError(`${file} already exists; choose another name, or add --force to replace it`);
      }
      const url = config.DATABASE_URL;
      if (isPostgresUrl(url)) {
        const { backupPostgres } = await import('../backup-postgres.ts');
        const { bytes } = await backupPostgres(url, file);
        say(`Backup of ${describeDatabase(url)} written to ${file} (${size(bytes)}).`);
        return;
      }
      const { backupSqlite } = await import('../backup-sqlite.ts');
      await withDatabase(config, { mustExist: true }, async (db) => {
        const bar = progress('backup');
        try {
          const { bytes } = await backupSqlite(db, file, (fraction) => bar.update(fraction));
          bar.stop();
          say(`Backup of ${url} written to ${file} (${size(bytes)}).`);
        } catch (error) {
          bar.stop();
          throw error;
        }
      });
    });

  program
    .command('restore')
    .description('replace the database with a backup made by "corridor backup" (stop the server first)')
    .argument('<file>', 'the backup to restore')
    .option('-y, --yes', 'do not ask before replacing (required when there is no terminal)')
    .action(async (file: string, options: { yes?: boolean }, command: Command) => {
      const config = cliConfig(command);
      const url = config.DATABASE_URL;
      if (isPostgresUrl(url)) {
        const { checkPostgresBackup, restorePostgres } = await import('../backup-postgres.ts');
        await checkPostgresBackup(file);
        await confirm(`Replace the contents of ${describeDatabase(url)} with ${file}?`, options);
        await restorePostgres(url, file);
        say(`Restored ${file} into ${describeDatabase(url)}.`);
        return;
      }
      const { checkRestoreTarget, openSqliteBackup, restoreSqlite } = await import('../backup-sqlite.ts');
      const { source, info } = openSqliteBackup(file);
      let handedOver = false;
      try {
        const { inUseUnknown } = checkRestoreTarget(url, file);
        if (inUseUnknown) warn(`stop every Corridor server using ${url} before restoring`);
        const replaces = existsSync(url) ? `Replace the database at ${url}` : `Create ${url}`;
        await confirm(`${replaces} from ${file} (last migration ${info.lastMigration})?`, options);
        handedOver = true;
        const { previous } = await restoreSqlite(source, url);
        say(`Restored ${file} to ${url}.`);
        if (previous) say(`The database it replaced is kept as ${previous}.`);
        if (info.pending > 0) say(`${info.pending} newer migration(s) will run at the next start.`);
      } finally {
        if (!handedOver) source.close();
      }
    });
}
