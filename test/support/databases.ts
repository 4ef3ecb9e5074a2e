import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { type Db, type DialectName, openDb } from '../../src/db/connection.ts';
import { newId } from '../../src/db/ids.ts';

/**
 * The databases every repository and HTTP test runs on: SQLite always, PostgreSQL when
 * TEST_DATABASE_URL is set (`.ci/run` sets it). Each test file gets its own fresh database.
 */
export const DIALECTS: DialectName[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** The run's migrated templates (test/support/global-setup.ts); empty when it did not run. */
function templates(): { sqlite: string; postgres: string } {
  try {
    return { sqlite: inject('sqliteTemplate') ?? '', postgres: inject('postgresTemplate') ?? '' };
  } catch {
    return { sqlite: '', postgres: '' };
  }
}

/**
 * Opens a new, empty, migrated database with reference data; `drop()` removes it. A copy of the
 * run's template when there is one, else migrated here.
 */
export async function freshDb(dialect: DialectName): Promise<Db & { drop(): Promise<void> }> {
  const template = templates();
  if (dialect === 'sqlite') {
    if (template.sqlite && existsSync(template.sqlite)) {
      const db = openDb(':memory:', { sqliteImage: readFileSync(template.sqlite) });
      return { ...db, drop: () => db.close() };
    }
    const db = openDb(':memory:');
    await prepareDatabase(db);
    return { ...db, drop: () => db.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const name = `corridor_t_${newId()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(
    template.postgres ? `CREATE DATABASE ${name} TEMPLATE ${template.postgres}` : `CREATE DATABASE ${name}`,
  );
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openDb(url.toString(), { poolSize: 4 });
  if (!template.postgres) await prepareDatabase(db);
  return {
    ...db,
    drop: async () => {
      await db.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      // pg's pool resolves `end()` before its clients' sockets are closed: wait for them to go,
      // or FORCE kills a closing connection and its client throws an uncaught error.
      for (let i = 0; i < 40; i += 1) {
        const { rows } = await dropper.query(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
          [name],
        );
        if (rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
