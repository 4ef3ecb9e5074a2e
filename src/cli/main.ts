import { Command } from 'commander';
import { prepareDatabase } from '../bootstrap.ts';
import { loadConfig } from '../config.ts';
import { openDb } from '../db/connection.ts';
import { startServer } from '../server.ts';

const program = new Command();
program
  .name('corridor')
  .description('Corridor: mainstreaming migration into development planning')
  .showHelpAfterError();

program
  .command('serve')
  .description('start the web server (migrates, and on first start creates an admin and loads the demo)')
  .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
  .action(async (options: { port?: string }) => {
    const config = loadConfig(process.env, options.port ? { PORT: Number(options.port) } : {});
    await startServer(config);
  });

program
  .command('migrate')
  .description('bring the database schema up to date')
  .action(async () => {
    const db = openDb(loadConfig().DATABASE_URL);
    await prepareDatabase(db);
    await db.close();
    process.stdout.write('Database is up to date.\n');
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`corridor: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
