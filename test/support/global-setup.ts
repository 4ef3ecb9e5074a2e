import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { prepareDatabase } from '../../src/bootstrap.ts';
import { openDb } from '../../src/db/connection.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated SQLite database with reference data, as a file to load into memory. */
    sqliteTemplate: string;
    /** A migrated PostgreSQL database that `CREATE DATABASE … TEMPLATE` copies; '' without PostgreSQL. */
    postgresTemplate: string;
  }
}

/**
 * Migrates one database per dialect once per run; every test file then copies it (freshDb in
 * databases.ts) instead of running every migration and loading the reference lists again: on
 * PostgreSQL a copy takes a fraction of a second, a migration about three (issue 8, item 9).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-template-'));
  const sqliteFile = join(dir, 'template.sqlite');
  const sqlite = openDb(':memory:');
  await prepareDatabase(sqlite);
  writeFileSync(sqliteFile, sqlite.sqlite?.serialize() ?? Buffer.alloc(0));
  await sqlite.close();
  project.provide('sqliteTemplate', sqliteFile);

  const adminUrl = process.env.TEST_DATABASE_URL;
  let postgresTemplate = '';
  if (adminUrl) {
    postgresTemplate = `corridor_tpl_${process.pid}_${Date.now()}`;
    await adminQuery(adminUrl, `CREATE DATABASE ${postgresTemplate}`);
    const url = new URL(adminUrl);
    url.pathname = `/${postgresTemplate}`;
    const template = openDb(url.toString(), { poolSize: 2 });
    await prepareDatabase(template);
    await template.close();
    // No one may stay connected to a template while it is copied.
    await adminQuery(
      adminUrl,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${postgresTemplate}' AND pid <> pg_backend_pid()`,
    );
  }
  project.provide('postgresTemplate', postgresTemplate);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (adminUrl && postgresTemplate) {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${postgresTemplate} WITH (FORCE)`);
    }
  };
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
