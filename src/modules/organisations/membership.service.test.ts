import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from '../../../test/support/databases.ts';
import { buildOrganisation } from '../../../test/support/factories.ts';
import { buildUser, type TestDb } from '../../../test/support/http.ts';
import { changeMemberRole, removeMember } from './membership.service.ts';
import { addMembership, membershipsOf } from './organisation.test-helpers.ts';

describe.each(DIALECTS)('membership commands on %s', (dialect) => {
  let db: TestDb;
  beforeAll(async () => {
    db = await freshDb(dialect);
  });
  afterAll(() => db.drop());

  async function twoOwners() {
    const organisation = await buildOrganisation(db);
    const [a, b] = await Promise.all([buildUser(db), buildUser(db)]);
    await addMembership(db, organisation.id, a.id, 'owner');
    await addMembership(db, organisation.id, b.id, 'owner');
    return { id: organisation.id, a: a.id, b: b.id };
  }

  it('keeps one owner when two owners demote each other at the same moment', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { id, a, b } = await twoOwners();
      const results = await Promise.all([
        changeMemberRole(db, a, id, b, 'member'),
        changeMemberRole(db, b, id, a, 'member'),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.kind)).toEqual(['refused']);
      expect(Object.values(await membershipsOf(db, id)).filter((role) => role === 'owner')).toHaveLength(1);
    }
  });

  it('keeps one owner when two owners remove each other at the same moment', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { id, a, b } = await twoOwners();
      const results = await Promise.all([removeMember(db, a, id, b), removeMember(db, b, id, a)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(Object.values(await membershipsOf(db, id))).toEqual(['owner']);
    }
  });
});
