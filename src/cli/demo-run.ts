import { recordAudit } from '../audit/audit.repository.ts';
import { firstStart, prepareDatabase } from '../bootstrap.ts';
import type { Db } from '../db/connection.ts';
import { countRows, deleteContent, planContentTables } from '../db/content-tables.ts';
import { loadDemo } from '../demo.ts';
import { describeDatabase } from './context.ts';
import { CliError } from './errors.ts';
import { confirm, say } from './io.ts';
import { firstActiveAdminId } from './user-admin.ts';

export interface DemoOptions {
  reload?: boolean;
  yes?: boolean;
}

function listCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
}

/** Loads the demo; with `reload`, first empties every module content table (after confirmation). */
export async function runDemo(db: Db, options: DemoOptions): Promise<void> {
  const plan = await planContentTables(db);
  const before = await countRows(db.kysely, plan.deleteOrder);
  const total = Object.values(before).reduce((sum, n) => sum + n, 0);
  if (total > 0 && !options.reload) {
    throw new CliError(
      `the database already has content (${listCounts(before)}); "corridor demo --reload" replaces it with the demo`,
    );
  }
  if (total > 0) {
    await confirm(
      `Delete all ${total} rows of content (${listCounts(before)}) in ${describeDatabase(db.url)} and load the demo again? Accounts, settings and the audit log are kept.`,
      options,
    );
    await db.kysely.transaction().execute(async (trx) => {
      const deleted = await deleteContent(trx, db.dialect, plan);
      await recordAudit(trx, {
        actorId: null,
        action: 'demo.wipe',
        entityType: 'database',
        entityId: 'content',
        // Only the tables that had rows: the audit row says what was lost, not the whole schema.
        before: Object.fromEntries(Object.entries(deleted).filter(([, n]) => n > 0)),
      });
    });
    // Reference loaders refill any code list that went with the content.
    await prepareDatabase(db);
    say(`Deleted ${total} rows of content.`);
  }
  const created = await firstStart(db, { demo: true });
  if (created) {
    say('A first administrator account was created. This password is shown only once:');
    say(`  email:    ${created.email}`);
    say(`  password: ${created.password}`);
  } else {
    await loadDemo(db, await firstActiveAdminId(db.kysely));
  }
  const after = listCounts(await countRows(db.kysely, plan.deleteOrder));
  say(after ? `Demo loaded: ${after}.` : 'Demo loaded (no module has demo content yet).');
}
