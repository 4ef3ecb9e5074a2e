import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from '../../test/support/databases.ts';
import { buildOrganisation, buildUser } from '../../test/support/factories.ts';
import { findUserByEmail } from '../auth/user.repository.ts';
import {
  countRows,
  deleteContent,
  KEPT_TABLES,
  orderForDeletion,
  planContentTables,
} from './content-tables.ts';

describe('orderForDeletion', () => {
  it('puts each table before the tables it references', () => {
    const plan = orderForDeletion(
      ['organisations', 'memberships', 'programmes', 'programme_partners'],
      [
        { table: 'memberships', referenced: 'organisations' },
        { table: 'programme_partners', referenced: 'programmes' },
        { table: 'programme_partners', referenced: 'organisations' },
        { table: 'programmes', referenced: 'programmes' }, // a parent programme
      ],
    );
    expect(plan.cyclic).toBe(false);
    const at = (t: string) => plan.deleteOrder.indexOf(t);
    expect(at('memberships')).toBeLessThan(at('organisations'));
    expect(at('programme_partners')).toBeLessThan(at('programmes'));
    expect(at('programme_partners')).toBeLessThan(at('organisations'));
  });

  it('still lists every table when two reference each other', () => {
    const plan = orderForDeletion(
      ['a', 'b', 'c'],
      [
        { table: 'a', referenced: 'b' },
        { table: 'b', referenced: 'a' },
        { table: 'c', referenced: 'a' },
      ],
    );
    expect(plan.cyclic).toBe(true);
    expect(plan.deleteOrder[0]).toBe('c');
    expect([...plan.deleteOrder].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe.each(DIALECTS)('planContentTables on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    db = await freshDb(dialect);
  });
  afterAll(() => db.drop());

  it('finds the module content tables, referencing tables first, and none of the kept ones', async () => {
    const plan = await planContentTables(db);
    expect(plan.deleteOrder).toContain('organisations');
    expect(plan.deleteOrder.indexOf('memberships')).toBeLessThan(plan.deleteOrder.indexOf('organisations'));
    for (const kept of KEPT_TABLES) expect(plan.deleteOrder).not.toContain(kept);
  });

  it('empties the content tables in that order and leaves accounts and countries', async () => {
    const user = await buildUser(db, { email: 'stays@example.org' });
    const org = await buildOrganisation(db, { country_alpha3: 'TUN' });
    await db.kysely
      .insertInto('memberships')
      .values({ organisation_id: org.id, user_id: user.id, role: 'owner', created_at: org.created_at })
      .execute();
    const countries = await countRows(db.kysely, ['countries']);
    const plan = await planContentTables(db);
    const deleted = await db.kysely.transaction().execute((trx) => deleteContent(trx, db.dialect, plan));
    expect(deleted).toMatchObject({ memberships: 1, organisations: 1 });
    expect(await countRows(db.kysely, ['memberships', 'organisations'])).toEqual({
      memberships: 0,
      organisations: 0,
    });
    expect(await countRows(db.kysely, ['countries'])).toEqual(countries);
    expect(await findUserByEmail(db.kysely, 'stays@example.org')).toBeDefined();
  });
});
