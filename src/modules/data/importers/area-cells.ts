import type { AreaResolver } from '../country-codes.ts';
import type { SkipReason } from '../import.types.ts';

/**
 * What an area column holds, as its publisher documents it or the file's header declares it:
 * ISO alpha-3 codes, ISO alpha-2 codes, or anything (names, alpha-3 and M49 codes mixed).
 */
export type AreaColumnKind = 'alpha3' | 'alpha2' | 'any';

/** One cell of an area column: an area, the file's "not available", or a reason not to store it. */
export type AreaCell =
  | { kind: 'area'; code: string }
  | { kind: 'missing'; text: string }
  | { kind: 'skip'; reason: SkipReason; values: Record<string, string> };

/**
 * "Not available" markers of area columns, recognised before any code is looked up. `NA` is one
 * only where it cannot be a code: in an alpha-2 column it is Namibia, and in a column of anything
 * it could be either, so it is reported there rather than guessed.
 */
const MISSING: Record<AreaColumnKind, readonly string[]> = {
  alpha3: ['', 'na', 'n/a', '..', '-', '–', '—'],
  alpha2: ['', 'n/a', '..', '-', '–', '—'],
  any: ['', 'n/a', '..', '-', '–', '—'],
};

/** The kind a column's header declares: `iso2`, `ISO alpha-2`, `alpha2 code`… or `iso3`…; else `any`. */
export function declaredKind(header: string): AreaColumnKind {
  const key = header.toLowerCase();
  if (/(iso|alpha)[\s_-]*(alpha[\s_-]*)?(code[\s_-]*)?2(?!\d)/.test(key)) return 'alpha2';
  if (/(iso|alpha)[\s_-]*(alpha[\s_-]*)?(code[\s_-]*)?3(?!\d)/.test(key)) return 'alpha3';
  return 'any';
}

/** Reads one area cell of a column of the given kind. */
export function readAreaCell(areas: AreaResolver, kind: AreaColumnKind, raw: string): AreaCell {
  const text = raw.trim();
  if (MISSING[kind].includes(text.toLowerCase())) return { kind: 'missing', text };
  if (/^[A-Za-z]{2}$/.test(text)) {
    if (kind === 'alpha2') return asCell(areas.byAlpha2(text), text);
    // `NA` in a column of anything: Namibia, or "not available"? The file does not say.
    if (text.toLowerCase() === 'na')
      return { kind: 'skip', reason: 'ambiguous-code', values: { name: text } };
    return { kind: 'skip', reason: 'two-letter-code', values: { name: text } };
  }
  return asCell(areas.resolve(text), text);
}

function asCell(match: ReturnType<AreaResolver['resolve']>, name: string): AreaCell {
  if (match.kind !== 'unknown') return { kind: 'area', code: match.code };
  return match.ambiguous
    ? { kind: 'skip', reason: 'ambiguous-area', values: { name, areas: match.ambiguous.join(', ') } }
    : { kind: 'skip', reason: 'unknown-area', values: { name } };
}
