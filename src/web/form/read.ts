/**
 * Reading what a form sent. Bodies arrive as strings, arrays for repeated fields, or nothing at
 * all (a hand-made request): every reader answers a string or a list and never throws.
 */

export type FormBody = Record<string, unknown>;

/** The body as a record; anything else (a buffer, a string, nothing) reads as an empty form. */
export function asBody(body: unknown): FormBody {
  return body && typeof body === 'object' && !Buffer.isBuffer(body) ? (body as FormBody) : {};
}

/** One text field (repeated fields keep their first value); '' when absent. */
export function textOf(body: FormBody, name: string): string {
  const value = body[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return '';
}

/** Every value of a repeated field (checkboxes), as strings. */
export function listOf(body: FormBody, name: string): string[] {
  const value = body[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Every field of the form as one string each (the first of repeated ones). */
export function formFields(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(asBody(body))) {
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value) && typeof value[0] === 'string') out[key] = value[0];
  }
  return out;
}

/**
 * What the person typed, to show it again: never the CSRF token, and never a password (a page
 * that sends a password back puts it in the browser's history and caches).
 */
export function keptValues(fields: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key === '_csrf' || /password|confirmation/i.test(key)) continue;
    kept[key] = value;
  }
  return kept;
}

/** Forms never carry more numbered rows than this; anything beyond is ignored. */
export const MAX_ROWS = 100;

/** Blank rows offered under the filled ones, so that items can be added without JavaScript. */
export const BLANK_ROWS = 3;

function rowIndices(body: FormBody, prefix: string): number[] {
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^${escaped}\\.(\\d{1,3})(?:\\.|$)`);
  const indices = new Set<number>();
  for (const key of Object.keys(body)) {
    const match = pattern.exec(key);
    if (match && Number(match[1]) < MAX_ROWS) indices.add(Number(match[1]));
  }
  return [...indices].sort((a, b) => a - b);
}

/**
 * Reads rows named `<prefix>.<n>.<field>` in the order of n, dropping rows whose `keyFields` are
 * blank (that is how a row is removed; a role chosen on an empty row does not keep it). Rows are
 * renumbered from 0 and the form is drawn again from them, so an error on `lessons.2.text`
 * always points at the third row shown.
 */
export function rowsOf<F extends string>(
  body: FormBody,
  prefix: string,
  fields: readonly F[],
  keyFields: readonly F[] = fields,
): Record<F, string>[] {
  return rowIndices(body, prefix)
    .map(
      (i) =>
        Object.fromEntries(fields.map((f) => [f, textOf(body, `${prefix}.${i}.${f}`)])) as Record<F, string>,
    )
    .filter((row) => keyFields.some((f) => row[f].trim() !== ''));
}

/** Reads single-field rows named `<prefix>.<n>` in order, dropping blank ones. */
export function itemsOf(body: FormBody, prefix: string): string[] {
  return rowIndices(body, prefix)
    .map((i) => textOf(body, `${prefix}.${i}`))
    .filter((v) => v.trim() !== '');
}

/** The record version a form was drawn at (its hidden `version` field); null when it has none. */
export function versionOf(body: FormBody): number | null {
  const version = Number.parseInt(textOf(body, 'version'), 10);
  return Number.isNaN(version) ? null : version;
}
