import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';

/** Field name → catalogue key of the message shown beside it; `_form` is for the whole form. */
export type FieldKeys = Record<string, string>;

/**
 * What a command returns: its value, or why it did nothing: `invalid` input (messages per field),
 * a `conflict` (someone saved first) or `not-found` (the record went away meanwhile).
 */
export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; code: 'invalid' | 'conflict' | 'not-found'; errors: FieldKeys };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const invalid = <T>(errors: FieldKeys): Result<T> => ({ ok: false, code: 'invalid', errors });
export const conflict = <T>(): Result<T> => ({
  ok: false,
  code: 'conflict',
  errors: { _form: 'error.versionConflict' },
});
export const gone = <T>(): Result<T> => ({ ok: false, code: 'not-found', errors: {} });

class Rollback extends Error {
  constructor(readonly result: Result<never>) {
    super('rollback');
  }
}

/**
 * Runs a command in one transaction. A failed result rolls the transaction back, so a command may
 * fail at any step (a version check after an insert) and still change nothing.
 */
export async function transact<T>(
  db: Kysely<Database>,
  command: (trx: Transaction<Database>) => Promise<Result<T>>,
): Promise<Result<T>> {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await command(trx);
      if (!result.ok) throw new Rollback(result as Result<never>);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}
