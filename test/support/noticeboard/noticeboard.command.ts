import type { Command } from 'commander';
import { cliConfig } from '../../../src/cli/context.ts';
import { openDb } from '../../../src/db/connection.ts';
import type { CliKit } from '../../../src/module-kit/cli-kit.ts';
import { listNotices } from './noticeboard.repository.ts';

/** `corridor noticeboard`: prints the notices, one a line. */
export function noticeboardCommand(program: Command, kit: CliKit): void {
  program
    .command('noticeboard')
    .description('print the notices pinned to the board')
    .action(async (_options: unknown, command: Command) => {
      const db = openDb(cliConfig(command).DATABASE_URL);
      try {
        await kit.prepareDatabase(db);
        for (const notice of await listNotices(db.kysely)) process.stdout.write(`${notice.text}\n`);
      } finally {
        await db.close();
      }
    });
}
