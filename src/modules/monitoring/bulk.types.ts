import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { ColumnSpec, RawRow } from './bulk.parse.ts';
import type { IndicatorContext } from './indicator.service.ts';

/** What is wrong with one cell of an uploaded row: its column and a catalogue key. */
export interface RowProblem {
  column: string;
  key: string;
  values?: Record<string, string | number>;
}

/** One row after checking: its problems (none when valid) and what saving it would change. */
export interface CheckedRow<C> {
  row: number;
  cells: Record<string, string>;
  problems: RowProblem[];
  /** Null when the row has problems. */
  change: C | null;
}

/** A kind of upload: its columns, how its rows are checked, and how valid ones are saved. */
export interface BulkHandler<C> {
  columns: ColumnSpec[];
  /** Checks every row against the process as it is now (locks, existing values, names). */
  check(
    db: Kysely<Database>,
    context: IndicatorContext,
    rows: RawRow[],
    today: string,
  ): Promise<CheckedRow<C>[]>;
  /** Saves the valid rows that change something, inside the caller's transaction; answers how many. */
  save(trx: Transaction<Database>, context: IndicatorContext, rows: CheckedRow<C>[]): Promise<number>;
  /** True when saving this change would change nothing. */
  unchanged(change: C): boolean;
}

/** Thrown inside a save when a record changed between the check and the write: the transaction rolls back. */
export class BulkConflict extends Error {
  constructor() {
    super('BulkConflict');
  }
}
