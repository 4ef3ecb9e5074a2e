import type { Cell } from './csv.ts';
import type { Sheet } from './xlsx.ts';

/**
 * A table whose rows are records: columns in order, each with the key it reads and its heading
 * (in the reader's language) and width. A row without a key has an empty cell there.
 */
export interface KeyedTable {
  /** The worksheet's name. */
  name: string;
  columns: readonly { key: string; label: string; width?: number }[];
  rows: readonly Record<string, Cell>[];
}

/** The keyed table as a sheet (a column without a width is 20 wide). */
export function sheetOf(table: KeyedTable): Sheet {
  return {
    name: table.name,
    header: table.columns.map((c) => c.label),
    rows: table.rows.map((row) => table.columns.map((c) => row[c.key] ?? null)),
    widths: table.columns.map((c) => c.width ?? 20),
  };
}
