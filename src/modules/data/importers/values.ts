/**
 * Reading cell values as publishers write them. A cell is a number, a missing value (empty, `..`,
 * `-`, `NA`, UN DESA's `—` and `~`), or text where a number was expected (reported, not stored),
 * or a formula the file holds without its saved result (reported as such).
 */
export type CellValue =
  | { kind: 'number'; value: number }
  | { kind: 'missing' }
  | { kind: 'text'; text: string; reason: 'not-a-number' | 'formula-without-value' };

/** An exceljs formula cell (`{ formula }` or `{ sharedFormula }`) saved without its result. */
function unsavedFormula(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const cell = raw as { formula?: unknown; sharedFormula?: unknown; result?: unknown };
  if (cell.formula === undefined && cell.sharedFormula === undefined) return null;
  if (cell.result !== undefined && cell.result !== null) return null;
  return `=${String(cell.formula ?? cell.sharedFormula)}`.slice(0, 80);
}

const MISSING = new Set(['', '..', '-', '–', '—', '~', 'na', 'n/a', 'nan', '#n/a', 'null']);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function readNumber(raw: unknown): CellValue {
  if (raw === null || raw === undefined) return { kind: 'missing' };
  if (typeof raw === 'number')
    return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'missing' };
  const formula = unsavedFormula(raw);
  if (formula) return { kind: 'text', text: formula, reason: 'formula-without-value' };
  const text = plainText(raw).trim();
  if (MISSING.has(text.toLowerCase())) return { kind: 'missing' };
  // Thousands separators as spaces (including no-break spaces) are common in hand-made files.
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (NUMBER.test(compact)) return { kind: 'number', value: Number(compact) };
  return { kind: 'text', text: text.slice(0, 80), reason: 'not-a-number' };
}

/** The text of an exceljs cell value (rich text, formula results, hyperlinks) or of a plain value. */
export function plainText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  if (typeof raw === 'object') {
    const value = raw as {
      richText?: { text: string }[];
      result?: unknown;
      text?: unknown;
      error?: string;
    };
    if (value.richText) return value.richText.map((r) => r.text).join('');
    if (unsavedFormula(raw)) return '';
    if ('result' in value) return plainText(value.result);
    if (value.text !== undefined) return plainText(value.text);
    if (value.error) return value.error;
  }
  return String(raw);
}

/** An exceljs cell value reduced to a string, number or null (formulas give their result, if saved). */
export function cellScalar(raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'string') return raw;
  // Kept whole, so that readNumber can say the formula has no saved value.
  if (unsavedFormula(raw)) return raw;
  if (typeof raw === 'object' && raw !== null && 'result' in raw)
    return cellScalar((raw as { result: unknown }).result);
  const text = plainText(raw);
  return text === '' ? null : text;
}

/** `2020`, `2020Q3`, `2020-Q3`, `2020 Q3`, `Q3 2020`, `2020q3 [YR2020Q3]` → `2020` / `2020-Q3`; null otherwise. */
export function readPeriod(raw: unknown): string | null {
  const text = plainText(raw).trim();
  const year = /^(\d{4})(?:\.0+)?(?:\s*\[YR\d{4}\])?$/i.exec(text);
  if (year) return year[1]!;
  const quarter = /^(\d{4})\s*-?\s*Q([1-4])(?:\s*\[YR\d{4}Q[1-4]\])?$/i.exec(text);
  if (quarter) return `${quarter[1]}-Q${quarter[2]}`;
  const quarterFirst = /^[Qq]([1-4])\s*-?\s*(\d{4})$/.exec(text);
  if (quarterFirst) return `${quarterFirst[2]}-Q${quarterFirst[1]}`;
  return null;
}

/** Spreadsheet column letters for a 1-based column number (1 → A, 28 → AB). */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `Table 1!G12` for a 1-based column and row. */
export function cellRef(sheet: string, column: number, row: number): string {
  return `${sheet}!${columnLetters(column)}${row}`;
}

/** Folds case and runs of spaces, for matching headers like `Receiving Countries  Name`. */
export function headerKey(raw: unknown): string {
  return plainText(raw).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** An Excel date serial (the `Last Updated Date` of a WDI .xls) or a date text as `YYYY-MM-DD`. */
export function readDate(raw: unknown): string | null {
  if (typeof raw === 'number' && raw > 20000 && raw < 80000) {
    return new Date(Date.UTC(1899, 11, 30) + raw * 86_400_000).toISOString().slice(0, 10);
  }
  const text = plainText(raw).trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  return null;
}
