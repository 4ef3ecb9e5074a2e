import type { z } from 'zod';
import type { Problem, Problems } from '../../commands/index.ts';
import { formatPartialDate } from '../../i18n/partial-date.ts';
import type { Translator } from '../../i18n/translator.ts';
import { REQUIRED_MESSAGE } from '../zod-messages.ts';

/** Field name → message already in the reader's language. Insertion order is form order. */
export type FieldErrors = Record<string, string>;

/** A schema's custom message that is a catalogue key (`programme.error.titleRequired`). */
const CATALOGUE_KEY = /^[a-z][\w-]*(\.[\w-]+)+$/;

/** The problem of a Zod issue without a catalogue key of its own, in the kernel's words. */
function builtInProblem(issue: z.core.$ZodIssue): Problem {
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1 && issue.origin === 'string'
        ? { key: 'form.required' }
        : { key: 'form.tooShort', values: { min: Number(issue.minimum) } };
    case 'too_big':
      return { key: 'form.tooLong', values: { max: Number(issue.maximum) } };
    case 'invalid_format':
      return issue.format === 'email' ? { key: 'form.invalidEmail' } : { key: 'form.invalid' };
    case 'invalid_value':
      return { key: 'form.invalidChoice' };
    case 'invalid_type':
      return issue.message === REQUIRED_MESSAGE ? { key: 'form.required' } : { key: 'form.invalid' };
    default:
      return { key: 'form.invalid' };
  }
}

export interface ZodProblemOptions {
  /** Key for an issue without a catalogue key of its own; the kernel's own words when absent. */
  fallback?: string;
  /** Fields that are a set of checkboxes: the problems of their items gather under their name. */
  groups?: readonly string[];
}

/**
 * Zod issues as problems keyed by form field (`title`, `lessons.2.text`), the first per field.
 * A schema's custom message is a catalogue key; any other issue gets the kernel's words
 * ("Enter title") or `fallback`. Row numbers, minimum and maximum go into the values.
 */
export function problemsFromZod(error: z.ZodError, options: ZodProblemOptions = {}): Problems {
  const problems: Problems = {};
  for (const issue of error.issues) {
    const head = String(issue.path[0] ?? '_form');
    const field = options.groups?.includes(head) ? head : issue.path.map(String).join('.') || '_form';
    if (problems[field]) continue;
    const base: Problem = CATALOGUE_KEY.test(issue.message)
      ? { key: issue.message }
      : options.fallback
        ? { key: options.fallback }
        : builtInProblem(issue);
    const values: Record<string, string | number> = { ...base.values };
    const index = issue.path.find((p) => typeof p === 'number');
    if (typeof index === 'number') values.row = index + 1;
    if (issue.code === 'too_big') values.max = Number(issue.maximum);
    if (issue.code === 'too_small') values.min = Number(issue.minimum);
    problems[field] = { key: base.key, values };
  }
  return problems;
}

export interface TranslateOptions {
  /** Form fields in the order they appear; problems are listed in that order. */
  order?: readonly string[];
  /** Each field's label, for messages that name it: `{field}` (lower case) and `{label}`. */
  labels?: Record<string, string>;
}

function lowerFirst(text: string, i18n: Translator): string {
  return text.charAt(0).toLocaleLowerCase(i18n.locale) + text.slice(1);
}

/**
 * Problems in the reader's language, in form order: one sentence per field that says how to fix
 * it. Dates are written as people read them ("30 June 2027", "July 2013").
 */
export function translateProblems(
  problems: Problems,
  i18n: Translator,
  options: TranslateOptions = {},
): FieldErrors {
  const order = options.order ?? Object.keys(options.labels ?? {});
  const rank = (field: string) => {
    const head = order.findIndex((name) => field === name || field.startsWith(`${name}.`));
    return head === -1 ? order.length : head;
  };
  const errors: FieldErrors = {};
  for (const field of Object.keys(problems).sort((a, b) => rank(a) - rank(b))) {
    const problem = problems[field]!;
    const label = options.labels?.[field] ?? field;
    const dates = Object.fromEntries(
      Object.entries(problem.dates ?? {}).map(([name, iso]) => [name, formatPartialDate(i18n, iso)]),
    );
    errors[field] = i18n.t(problem.key, {
      field: lowerFirst(label, i18n),
      label,
      ...problem.values,
      ...dates,
    });
  }
  return errors;
}

/** Zod issues straight to sentences that name each field by its label ("Enter your email address"). */
export function fieldErrors(
  error: z.ZodError,
  i18n: Translator,
  labels: Record<string, string>,
): FieldErrors {
  const problems = problemsFromZod(error);
  const firstOnly: Problems = {};
  // Forms that use labels name top-level fields only: `partners.2` reports on `partners`.
  for (const [field, problem] of Object.entries(problems)) {
    const head = field.split('.')[0]!;
    if (!firstOnly[head]) firstOnly[head] = problem;
  }
  return translateProblems(firstOnly, i18n, { labels, order: [] });
}

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
