import type { z } from 'zod';
import { formatPartialDate } from '../../i18n/partial-date.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { FieldErrors } from '../../web/forms.ts';

/**
 * Helpers shared by the programme and event forms: reading repeated rows from a flat form body,
 * and carrying field problems from schemas and services to the page in the reader's language.
 */

/** A problem with one field, as a catalogue key; `dates` are ISO dates formatted when shown. */
export interface Problem {
  key: string;
  values?: Record<string, string | number>;
  dates?: Record<string, string>;
}

/** Field name (as the form names it: `title`, `lessons.2.text`) → problem. */
export type Problems = Record<string, Problem>;

/** What a service command answers. */
export type ServiceResult<T> =
  | { ok: true; value: T }
  | { ok: false; kind: 'invalid'; errors: Problems }
  | { ok: false; kind: 'conflict'; currentVersion: number }
  | { ok: false; kind: 'not-found' };

const KEY = /^[a-z][\w-]*(\.[\w-]+)+$/;

/**
 * Turns Zod issues into problems keyed by form field. Custom messages are catalogue keys; any
 * other issue (a wrong type sent by hand) becomes `fallback`. Fields listed in `groups` (a set of
 * checkboxes) collect the problems of their items under their own name.
 */
export function problemsFromZod(error: z.ZodError, fallback: string, groups: string[] = []): Problems {
  const problems: Problems = {};
  for (const issue of error.issues) {
    const head = String(issue.path[0] ?? '_form');
    const field = groups.includes(head) ? head : issue.path.map(String).join('.') || '_form';
    if (problems[field]) continue;
    const values: Record<string, string | number> = {};
    const index = issue.path.find((p) => typeof p === 'number');
    if (typeof index === 'number') values.row = index + 1;
    if (issue.code === 'too_big') values.max = Number(issue.maximum);
    if (issue.code === 'too_small') values.min = Number(issue.minimum);
    problems[field] = { key: KEY.test(issue.message) ? issue.message : fallback, values };
  }
  return problems;
}

/** Problems in the reader's language, in the order the fields appear on the form. */
export function translateProblems(problems: Problems, i18n: Translator, order: string[] = []): FieldErrors {
  const rank = (field: string) => {
    const head = order.findIndex((name) => field === name || field.startsWith(`${name}.`));
    return head === -1 ? order.length : head;
  };
  const fields = Object.keys(problems).sort((a, b) => rank(a) - rank(b));
  const errors: FieldErrors = {};
  for (const field of fields) {
    const problem = problems[field]!;
    const dates = Object.fromEntries(
      Object.entries(problem.dates ?? {}).map(([name, iso]) => [name, formatPartialDate(i18n, iso)]),
    );
    errors[field] = i18n.t(problem.key, { ...problem.values, ...dates });
  }
  return errors;
}

type Body = Record<string, unknown>;

/** One text field of a form body (repeated fields keep their first value). */
export function textOf(body: Body, name: string): string {
  const value = body[name];
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
  return '';
}

/** Every value of a repeated field (checkboxes). */
export function listOf(body: Body, name: string): string[] {
  const value = body[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Forms never carry more rows than this; anything beyond is ignored. */
const MAX_ROWS = 100;

function rowIndices(body: Body, prefix: string): number[] {
  const pattern = new RegExp(`^${prefix.replace('.', '\\.')}\\.(\\d{1,3})(?:\\.|$)`);
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
  body: Body,
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

/** Reads single-field rows named `<prefix>.<n>`, dropping blank ones. */
export function itemsOf(body: Body, prefix: string): string[] {
  return rowIndices(body, prefix)
    .map((i) => textOf(body, `${prefix}.${i}`))
    .filter((v) => v.trim() !== '');
}

/** Blank rows offered under the filled ones, so that items can be added without JavaScript. */
export const BLANK_ROWS = 3;

/**
 * Parses each field of a form on its own, putting `fallback` values in place of those that fail.
 * Used when the form as a whole fails its schema, so that the service can still check the rest
 * (dates in order, organisations that exist) and the person sees every problem at once.
 */
export function parseFieldByField<S extends z.ZodObject>(
  schema: S,
  draft: Record<string, unknown>,
  fallback: z.output<S>,
): z.output<S> {
  const out: Record<string, unknown> = { ...fallback };
  for (const [name, field] of Object.entries(schema.shape)) {
    const parsed = (field as z.ZodType).safeParse(draft[name]);
    if (parsed.success) out[name] = parsed.data;
  }
  return out as z.output<S>;
}

/** Adds the service's problems to the schema's; for a field both found fault with, the schema's wins. */
export function mergeProblems(schemaProblems: Problems, serviceProblems: Problems): Problems {
  return { ...serviceProblems, ...schemaProblems };
}
