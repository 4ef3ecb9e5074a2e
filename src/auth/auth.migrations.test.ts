import { Migrator } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../test/support/databases.ts';
import { type Db, type DialectName, openDb } from '../db/connection.ts';
import { newId } from '../db/ids.ts';
import { allMigrations, migrateToLatest } from '../db/migrate.ts';

const SCOPES = '2026-12-07-0100-api-token-scope-expiry';

/** An empty database, not migrated (freshDb migrates to the latest at once). */
async function emptyDb(dialect: DialectName): Promise<{ db: Db; drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const db = openDb(':memory:');
    return { db, drop: () => db.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `corridor_t_${newId()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openDb(url.toString(), { poolSize: 2 });
  return {
    db,
    drop: async () => {
      await db.close();
      const dropper = new pg.Client({ connectionString: adminUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

describe.each(DIALECTS)('API token scopes and expiry, migrated on %s', (dialect) => {
  let subject: Awaited<ReturnType<typeof emptyDb>>;
  beforeAll(async () => {
    subject = await emptyDb(dialect);
  });
  afterAll(() => subject.drop());

  it('turns the tokens made before into read-write tokens that never expire', async () => {
    const names = Object.keys(allMigrations()).sort();
    const before = names[names.indexOf(SCOPES) - 1]!;
    const migrator = new Migrator({
      db: subject.db.kysely,
      provider: { getMigrations: async () => allMigrations() },
    });
    const partial = await migrator.migrateTo(before);
    expect(partial.error).toBeUndefined();
    const at = new Date().toISOString();
    await subject.db.kysely
      .insertInto('users')
      .values({
        id: 'u1',
        email: 'old@example.org',
        name: 'Old',
        password_hash: 'x',
        role: 'user',
        status: 'active',
        locale: null,
        created_at: at,
        updated_at: at,
        approved_at: null,
        approved_by: null,
      })
      .execute();
    // The columns of the time, and nothing else.
    await subject.db.kysely
      .insertInto('api_tokens')
      .values({
        id: 't1',
        user_id: 'u1',
        name: 'Old script',
        token_hash: 'h1',
        prefix: 'cor_abcdef',
        created_at: at,
        last_used_at: null,
        revoked_at: null,
      })
      .execute();
    await migrateToLatest(subject.db);
    const row = await subject.db.kysely
      .selectFrom('api_tokens')
      .select(['scope', 'expires_at'])
      .where('id', '=', 't1')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ scope: 'read-write', expires_at: null });
  });
});
