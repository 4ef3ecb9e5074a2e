import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from '../../test/support/databases.ts';
import {
  conflict,
  invalid,
  locked,
  notFound,
  ok,
  problemsOf,
  type Result,
  refused,
  transact,
} from './index.ts';

describe('command results', () => {
  it('turns bare catalogue keys into problems, and says what each failure means on a form', () => {
    expect(invalid({ title: 'x.required', year: { key: 'x.year', values: { max: 2 } } })).toEqual({
      ok: false,
      kind: 'invalid',
      problems: { title: { key: 'x.required' }, year: { key: 'x.year', values: { max: 2 } } },
    });
    expect(problemsOf(conflict(4))).toEqual({ _form: { key: 'error.versionConflict' } });
    expect(problemsOf(locked(2025))).toEqual({
      _form: { key: 'error.periodLocked', values: { year: 2025 } },
    });
    expect(problemsOf(refused({ role: 'x.lastOwner' }))).toEqual({ role: { key: 'x.lastOwner' } });
    expect(problemsOf(notFound())).toEqual({});
  });
});

for (const dialect of DIALECTS) {
  describe(`transact on ${dialect}`, () => {
    let db: Awaited<ReturnType<typeof freshDb>>;
    beforeAll(async () => {
      db = await freshDb(dialect);
    });
    afterAll(async () => {
      await db.drop();
    });

    const count = async () =>
      Number(
        (
          await db.kysely
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    const insert = (trx: Parameters<Parameters<typeof transact>[1]>[0]) =>
      trx
        .insertInto('audit_log')
        .values({
          id: `t${Math.random().toString(36).slice(2, 12)}`,
          at: new Date().toISOString(),
          actor_id: null,
          action: 'test.write',
          entity_type: 'test',
          entity_id: 'x',
          before_json: null,
          after_json: null,
        })
        .execute();

    async function writeThen<T>(answer: Result<T>): Promise<Result<T>> {
      return transact(db.kysely, async (trx) => {
        await insert(trx);
        return answer;
      });
    }

    it('keeps what a successful command wrote', async () => {
      const before = await count();
      expect(await writeThen(ok(1))).toEqual({ ok: true, value: 1 });
      expect(await count()).toBe(before + 1);
    });

    it('rolls back what a failed command wrote before it failed, and returns the failure', async () => {
      const before = await count();
      expect(await writeThen(conflict())).toEqual({ ok: false, kind: 'conflict' });
      expect(await writeThen(invalid({ title: 'x.required' }))).toMatchObject({ kind: 'invalid' });
      expect(await count()).toBe(before);
    });

    it('rolls back and rethrows when the command throws', async () => {
      const before = await count();
      await expect(
        transact(db.kysely, async (trx) => {
          await insert(trx);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await count()).toBe(before);
    });
  });
}
