import type { Command } from 'commander';
import { cliConfig } from '../context.ts';
import type { DemoOptions } from '../demo-run.ts';
import { withDatabase } from '../with-database.ts';

/** `demo`: the UNDP 2013 story, for trying Corridor out. */
export function demoCommands(program: Command): void {
  program
    .command('demo')
    .description('load the demo data (the UNDP 2013 story) into a database that has no content yet')
    .option(
      '--reload',
      'first delete all content (organisations, programmes…), keeping accounts, settings, the audit log and reference data',
    )
    .option('-y, --yes', 'do not ask before deleting (required when there is no terminal)')
    .action(async (options: DemoOptions, command: Command) => {
      await withDatabase(cliConfig(command), { migrate: true }, async (db) => {
        const { runDemo } = await import('../demo-run.ts');
        await runDemo(db, options);
      });
    });
}
