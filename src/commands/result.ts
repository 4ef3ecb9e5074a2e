import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

/**
 * A problem with one field, as a catalogue key and the values its message names. `dates` are
 * ISO dates (`2027-06-30`, or `2013-07`, `2013`) that the page writes as people read them.
 * The form field is the key of the `Problems` record, `_form` for the whole form.
 */
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
  dates?: Record<string, string>;
}

/** Field name as the form names it (`title`, `lessons.2.text`, `_form`) → its problem. */
export type Problems = Record<string, Problem>;

/**
 * Why a command did nothing. A closed union: every route maps each kind the same way
 * (`src/web/command-reply.ts`), so a new kind is added here and there, never in a module.
 * - `invalid`: the input breaks a rule; `problems` says what to change, field by field.
 * - `conflict`: someone saved the record since it was read (its version moved on).
 * - `not-found`: the record is missing, or the actor may not see it (both look the same).
 * - `refused`: the actor may see the record but the rules forbid this change to it.
 * - `locked`: the reporting period is locked (reviewed); unlock it first.
 */
export type Failure =
  | { ok: false; kind: 'invalid'; problems: Problems }
  | { ok: false; kind: 'conflict'; currentVersion?: number }
  | { ok: false; kind: 'not-found' }
  | { ok: false; kind: 'refused'; problems: Problems }
  | { ok: false; kind: 'locked'; year: number };

export type FailureKind = Failure['kind'];

/** What every service command answers: its value, or a failure. */
export type Result<T> = { ok: true; value: T } | Failure;

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** A catalogue key alone, or a whole problem with values. */
export type ProblemLike = string | Problem;

function toProblems(problems: Record<string, ProblemLike>): Problems {
  return Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => [
      field,
      typeof problem === 'string' ? { key: problem } : problem,
    ]),
  );
}

export const invalid = (problems: Record<string, ProblemLike>): Failure => ({
  ok: false,
  kind: 'invalid',
  problems: toProblems(problems),
});

export const conflict = (currentVersion?: number): Failure =>
  currentVersion === undefined
    ? { ok: false, kind: 'conflict' }
    : { ok: false, kind: 'conflict', currentVersion };

export const notFound = (): Failure => ({ ok: false, kind: 'not-found' });

export const refused = (problems: Record<string, ProblemLike> = {}): Failure => ({
  ok: false,
  kind: 'refused',
  problems: toProblems(problems),
});

export const locked = (year: number): Failure => ({ ok: false, kind: 'locked', year });

/** The problems a failure carries for the form (a conflict names the whole form). */
export function problemsOf(failure: Failure): Problems {
  switch (failure.kind) {
    case 'invalid':
    case 'refused':
      return failure.problems;
    case 'conflict':
      return { _form: { key: 'error.versionConflict' } };
    case 'locked':
      return { _form: { key: 'error.periodLocked', values: { year: failure.year } } };
    case 'not-found':
      return {};
  }
}

class Rollback extends Error {
  constructor(readonly failure: Failure) {
    super('rollback');
  }
}

/**
 * The one way a command opens a transaction. A failed result rolls it back, so a command may
 * fail at any step (a version check after an insert) and still change nothing; a thrown error
 * rolls back too and is thrown on.
 */
export async function transact<T>(
  db: Kysely<Database>,
  command: (trx: Transaction<Database>) => Promise<Result<T>>,
): Promise<Result<T>> {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await command(trx);
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.failure;
    throw error;
  }
}
