import type { z } from 'zod';
import { invalid, type Problems, type Result } from '../../commands/index.ts';
import { mergeProblems, parseFieldByField, problemsFromZod, type ZodProblemOptions } from './problems.ts';

export interface FormCommand<S extends z.ZodObject, T> {
  /** Neutral values for the fields that fail, so that `check` can look at the others. */
  fallback: z.output<S>;
  /** How the schema's issues become problems (`fallback` key, checkbox `groups`). */
  problems?: ZodProblemOptions;
  /** The command, run when the form passes its schema. */
  run: (input: z.output<S>) => Promise<Result<T>>;
  /** The command's own checks without saving (organisations that exist, dates in order). */
  check: (input: z.output<S>) => Promise<Problems>;
}

/**
 * Runs a form's command once the form passes its schema. When it does not, the fields that
 * passed still go through the command's checks, so the person sees every problem at once (for
 * a field both find fault with, the schema's problem wins), and nothing is saved.
 */
export async function submitForm<S extends z.ZodObject, T>(
  schema: S,
  draft: object,
  command: FormCommand<S, T>,
): Promise<Result<T>> {
  const parsed = schema.safeParse(draft);
  if (parsed.success) return command.run(parsed.data);
  const rest = parseFieldByField(schema, { ...draft }, command.fallback);
  return invalid(mergeProblems(problemsFromZod(parsed.error, command.problems), await command.check(rest)));
}
