import { Command } from 'commander';
import type { CliKit } from '../module-kit/cli-kit.ts';
import type { ModuleManifest } from '../module-kit/manifest.ts';
import { modules as registry } from '../modules/index.ts';
import { backupCommands } from './commands/backup.ts';
import { demoCommands } from './commands/demo.ts';
import { serverCommands } from './commands/server.ts';
import { userCommands } from './commands/user.ts';

/** Commander errors that are not mistakes: help and version requests. */
const NOT_MISTAKES = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** The `corridor` command with every command group, the kernel's and then each module's. */
export function buildProgram(modules: readonly ModuleManifest[] = registry): Command {
  const program = new Command();
  program
    .name('corridor')
    .description('Corridor: mainstreaming migration into development planning')
    .option(
      '--database <url>',
      'a SQLite file or postgres:// URL (default: DATABASE_URL or ./data/corridor.db)',
    )
    // Set before the commands are added: subcommands copy these settings.
    .configureOutput({
      outputError: (text, write) => write(`corridor: ${text.replace(/^error: /, '')}`),
    })
    .exitOverride((error) => {
      // Usage mistakes (unknown option, missing argument) exit 2, like invalid input.
      process.exit(NOT_MISTAKES.has(error.code) ? error.exitCode : 2);
    });
  serverCommands(program);
  demoCommands(program);
  userCommands(program);
  backupCommands(program);
  // What a module's commands receive; bootstrap loads only when a command opens a database.
  const kit: CliKit = {
    prepareDatabase: async (db) => (await import('../bootstrap.ts')).prepareDatabase(db, modules),
  };
  for (const module of modules) module.cli?.(program, kit);
  program.addHelpText(
    'after',
    '\nEvery command also reads DATABASE_URL and PUBLIC_URL from the environment.\nRun "corridor <command> --help" for its options.',
  );
  return program;
}
