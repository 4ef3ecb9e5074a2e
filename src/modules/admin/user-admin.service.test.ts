import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from '../../../test/support/databases.ts';
import { buildUser } from '../../../test/support/http.ts';
import { auditRowsFor, userRow } from './admin.test-helpers.ts';
import { changeUserRole, deactivateUser } from './user-admin.service.ts';

describe.each(DIALECTS)('the last active admin on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    db = await freshDb(dialect);
  });
  afterAll(() => db.drop());

  it('is never demoted or deactivated, even by an admin whose own rights ended meanwhile', async () => {
    const acting = await buildUser(db, { role: 'admin' });
    const last = await buildUser(db, { role: 'admin' });
    // The acting admin's request was authorised, then another admin deactivated them.
    await db.kysely.updateTable('users').set({ status: 'deactivated' }).where('id', '=', acting.id).execute();
    const demote = await changeUserRole(db, acting, { userId: last.id, version: 1, role: 'moderator' });
    expect(demote).toEqual({
      ok: false,
      kind: 'refused',
      problems: { _form: { key: 'admin.error.lastAdmin' } },
    });
    const deactivate = await deactivateUser(db, acting, { userId: last.id, version: 1 });
    expect(deactivate).toEqual({
      ok: false,
      kind: 'refused',
      problems: { _form: { key: 'admin.error.lastAdmin' } },
    });
    expect(await userRow(db, last.id)).toMatchObject({ role: 'admin', status: 'active', version: 1 });
    expect((await auditRowsFor(db, last.id)).map((a) => a.action)).toEqual(['user.create']);
  });

  it('survives two admins demoting each other at the same moment: exactly one wins', async () => {
    // Repeated: without the row locks, PostgreSQL lets both through most of the time.
    for (let round = 0; round < 4; round++) {
      await db.kysely.updateTable('users').set({ role: 'user' }).where('role', '=', 'admin').execute();
      const a = await buildUser(db, { role: 'admin' });
      const b = await buildUser(db, { role: 'admin' });
      const results = await Promise.all([
        changeUserRole(db, a, { userId: b.id, version: 1, role: 'user' }),
        changeUserRole(db, b, { userId: a.id, version: 1, role: 'user' }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([
        { ok: false, kind: 'refused', problems: { _form: { key: 'admin.error.lastAdmin' } } },
      ]);
      const admins = await db.kysely
        .selectFrom('users')
        .select('id')
        .where('role', '=', 'admin')
        .where('status', '=', 'active')
        .execute();
      expect(admins).toHaveLength(1);
    }
  });
});
