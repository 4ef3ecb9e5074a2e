import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migratedDb, runCli, tempDir, withDb } from '../../test/support/cli.ts';
import { buildOrganisation, buildUser } from '../../test/support/factories.ts';
import type { TestDb } from '../../test/support/http.ts';
import { findUserByEmail } from '../auth/user.repository.ts';
import type { Db } from '../db/connection.ts';
import { newId } from '../db/ids.ts';

const dir = tempDir();
afterAll(() => dir.remove());

function usersAndOrganisations(db: Db) {
  return Promise.all([
    db.kysely.selectFrom('users').select('email').orderBy('email').execute(),
    db.kysely.selectFrom('organisations').select('name').orderBy('name').execute(),
  ]);
}

describe('corridor backup and restore on SQLite', () => {
  const url = dir.path('live.db');
  const env = { DATABASE_URL: url };

  it('round-trips: a user deleted after the backup is back after the restore', async () => {
    await migratedDb(url);
    await withDb(url, async (db) => {
      await buildUser(db as TestDb, { email: 'kept@example.org' });
      await buildOrganisation(db as TestDb, { name: 'Kept Organisation' });
    });
    const backup = dir.path('corridor-backup.db');
    const made = runCli(['backup', backup], env);
    expect(made.stderr).toMatch(/backup: 100%/); // stderr is not a terminal: percent lines, no bar
    expect(made.status).toBe(0);
    expect(made.stdout).toContain(`written to ${backup}`);

    const before = await withDb(url, usersAndOrganisations);
    await withDb(url, async (db) => {
      await db.kysely.deleteFrom('users').where('email', '=', 'kept@example.org').execute();
      expect(await findUserByEmail(db.kysely, 'kept@example.org')).toBeUndefined();
    });

    const restored = runCli(['restore', backup, '--yes'], env);
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    expect(await withDb(url, usersAndOrganisations)).toEqual(before);
    expect(existsSync(`${url}.before-restore`)).toBe(true);
    // The backup is one self-contained file, and reading it left nothing beside it.
    expect(existsSync(`${backup}-wal`)).toBe(false);
    expect(existsSync(`${backup}-shm`)).toBe(false);
  });

  it('will not overwrite an existing file without --force', () => {
    const backup = dir.path('twice.db');
    expect(runCli(['backup', backup], env).status).toBe(0);
    const again = runCli(['backup', backup], env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^corridor: .*already exists/);
    expect(runCli(['backup', backup, '--force'], env).status).toBe(0);
  });

  it('asks for --yes when there is no terminal, and changes nothing', async () => {
    const backup = dir.path('unconfirmed.db');
    expect(runCli(['backup', backup], env).status).toBe(0);
    await withDb(url, (db) => buildUser(db as TestDb, { email: 'after@example.org' }));
    const run = runCli(['restore', backup], env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^corridor: .*add --yes to confirm/);
    await withDb(url, async (db) => {
      expect(await findUserByEmail(db.kysely, 'after@example.org')).toBeDefined();
    });
  });

  it.each([
    ['a text file', 'notes.txt', /not a Corridor backup for this database: it is not a SQLite database/],
    [
      'a SQLite file without Corridor tables',
      'other.db',
      /not a Corridor backup: it is a SQLite database without/,
    ],
    ['a missing file', 'missing.db', /there is no file at/],
  ])('refuses %s and leaves the database alone', async (_label, name, message) => {
    const file = dir.path(name);
    if (name === 'notes.txt') writeFileSync(file, 'These are not the tables you are looking for.\n');
    if (name === 'other.db') {
      const other = new SQLite(file);
      other.exec('CREATE TABLE notes (body TEXT)');
      other.close();
    }
    const before = await withDb(url, usersAndOrganisations);
    const run = runCli(['restore', file, '--yes'], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(await withDb(url, usersAndOrganisations)).toEqual(before);
  });

  it('refuses while another process has the database open', async () => {
    const backup = dir.path('while-open.db');
    expect(runCli(['backup', backup], env).status).toBe(0);
    // A stand-in for a running server: a process holding the database open.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const db = new (require('better-sqlite3'))(${JSON.stringify(url)}); console.log('open'); setInterval(() => db.prepare('select 1').get(), 1000);`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise((resolve) => holder.stdout.once('data', resolve));
      const run = runCli(['restore', backup, '--yes'], env);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`is open in process ${holder.pid}`));
    } finally {
      holder.kill();
    }
  });

  it('refuses to back up a database file that does not exist', () => {
    const run = runCli(['backup', dir.path('out.db')], { DATABASE_URL: dir.path('nothing-here.db') });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/there is no database at/);
    expect(existsSync(dir.path('nothing-here.db'))).toBe(false);
  });
});

const adminUrl = process.env.TEST_DATABASE_URL;
const hasPgDump = spawnSync('pg_dump', ['--version']).status === 0;

describe.runIf(adminUrl && hasPgDump)('corridor backup and restore on PostgreSQL', () => {
  const name = `corridor_t_cli_${newId()}`;
  const url = (() => {
    const u = new URL(adminUrl ?? 'postgres://localhost/x');
    u.pathname = `/${name}`;
    return u.toString();
  })();

  async function admin(statement: string) {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(statement);
    await client.end();
  }

  afterAll(() => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  it('round-trips through pg_dump and pg_restore', async () => {
    await admin(`CREATE DATABASE ${name}`);
    await migratedDb(url);
    await withDb(url, (db) => buildUser(db as TestDb, { email: 'pg-kept@example.org' }));
    const backup = dir.path('corridor.pgdump');
    const made = runCli(['backup', backup], { DATABASE_URL: url });
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);

    await withDb(url, (db) => db.kysely.deleteFrom('users').execute());
    const sqliteBackup = dir.path('corridor-backup.db');
    const wrongKind = runCli(['restore', sqliteBackup, '--yes'], { DATABASE_URL: url });
    expect(wrongKind.status).toBe(1);
    expect(wrongKind.stderr).toMatch(/it is a SQLite database, and the database is PostgreSQL/);

    const restored = runCli(['restore', backup, '--yes'], { DATABASE_URL: url });
    expect(restored.stderr).toBe('');
    expect(restored.status).toBe(0);
    await withDb(url, async (db) => {
      expect(await findUserByEmail(db.kysely, 'pg-kept@example.org')).toBeDefined();
    });
  });
});
