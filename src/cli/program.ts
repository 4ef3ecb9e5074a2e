import { Command } from 'commander';
import { registerImportCommand } from '../modules/data/index.ts';
import { backupCommands } from './commands/backup.ts';
import { demoCommands } from './commands/demo.ts';
import { serverCommands } from './commands/server.ts';
import { userCommands } from './commands/user.ts';

/** Commander errors that are not mistakes: help and version requests. */
const NOT_MISTAKES = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

/** The `corridor` command with every command group. */
export function buildProgram(): Command {
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
  registerImportCommand(program);
  program.addHelpText(
    'after',
    '\nEvery command also reads DATABASE_URL and PUBLIC_URL from the environment.\nRun "corridor <command> --help" for its options.',
  );
  return program;
}
