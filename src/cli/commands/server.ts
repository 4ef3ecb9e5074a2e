import type { Command } from 'commander';
import { z } from 'zod';
import { loadConfig } from '../../config.ts';
import { cliConfig, describeDatabase } from '../context.ts';
import { parseInput } from '../errors.ts';
import { say } from '../io.ts';
import { withDatabase } from '../with-database.ts';

const portSchema = z.coerce
  .number({ error: 'the port must be a number' })
  .int('the port must be a whole number')
  .min(0, 'the port must be between 0 and 65535')
  .max(65535, 'the port must be between 0 and 65535');

/** `serve` and `migrate`: running Corridor and keeping its schema current. */
export function serverCommands(program: Command): void {
  program
    .command('serve')
    .description('start the web server (migrates, and on first start creates an admin and loads the demo)')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
    .action(async (options: { port?: string }, command: Command) => {
      const base = cliConfig(command);
      const port = options.port === undefined ? base.PORT : parseInput(portSchema, options.port);
      // PUBLIC_URL follows the port when it was not set explicitly.
      const config = loadConfig(process.env, { DATABASE_URL: base.DATABASE_URL, PORT: port });
      const { startServer } = await import('../../server.ts');
      await startServer(config);
    });

  program
    .command('migrate')
    .description('bring the database schema up to date (creates a SQLite file if there is none)')
    .action(async (_options: unknown, command: Command) => {
      const config = cliConfig(command);
      await withDatabase(config, { migrate: true }, async () => {});
      say(`Database ${describeDatabase(config.DATABASE_URL)} is up to date.`);
    });
}
