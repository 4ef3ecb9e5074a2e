import { Browser, type TestDb } from '../../../test/support/http.ts';
import { SESSION_COOKIE } from '../../app.ts';
import type { PlatformRole, UserStatus } from '../../auth/auth.table.ts';
import { createSession } from '../../auth/session.repository.ts';
import { newId } from '../../db/ids.ts';
import type { App } from '../../web/app-types.ts';

/** Test support for the admin module (not a test file itself). */

/** A browser signed in as `user` through a real session row. */
export async function signedIn(app: App, db: TestDb, user: { id: string }): Promise<Browser> {
  const browser = new Browser(app);
  browser.cookies.set(SESSION_COOKIE, await createSession(db.kysely, user.id, { days: 14 }));
  return browser;
}

export { apiToken } from '../../../test/support/api-token.ts';

/**
 * Inserts many users at once, without hashing passwords (buildUser hashes each, ~60 ms). Names and
 * emails are numbered `Bulk 0001`… so orders are easy to predict; creation times one second apart.
 */
export async function insertManyUsers(
  db: TestDb,
  count: number,
  pick: (i: number) => { status?: UserStatus; role?: PlatformRole; name?: string } = () => ({}),
): Promise<
  { id: string; name: string; email: string; status: UserStatus; role: PlatformRole; created_at: string }[]
> {
  const base = Date.parse('2025-01-01T00:00:00.000Z');
  const rows = Array.from({ length: count }, (_, i) => {
    const chosen = pick(i);
    const at = new Date(base + i * 1000).toISOString();
    return {
      id: newId(),
      email: `bulk${String(i).padStart(4, '0')}@example.org`,
      name: chosen.name ?? `Bulk ${String(i).padStart(4, '0')}`,
      password_hash: 'not-a-real-hash',
      role: chosen.role ?? ('user' as PlatformRole),
      status: chosen.status ?? ('active' as UserStatus),
      locale: null,
      created_at: at,
      updated_at: at,
      approved_at: null,
      approved_by: null,
      version: 1,
    };
  });
  for (let i = 0; i < rows.length; i += 200) {
    await db.kysely
      .insertInto('users')
      .values(rows.slice(i, i + 200))
      .execute();
  }
  return rows;
}

/** Audit rows about one entity, oldest first. */
export async function auditRowsFor(db: TestDb, entityId: string) {
  return db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .where('entity_id', '=', entityId)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** Reads a user row straight from the database. */
export async function userRow(db: TestDb, id: string) {
  return db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}
