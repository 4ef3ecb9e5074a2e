import type { z } from 'zod';
import { normaliseInput } from '../web/text-input.ts';

/**
 * A mistake or refusal to report in one line (`corridor: …`) without a stack trace. Exit code 2
 * means the input was not valid (nothing was done); 1 means the command could not be carried out.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Bad input: exit code 2, nothing written. */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}

/** Parses command input with a zod schema; the first problem becomes a one-line usage error. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  // The same text as the web stores (decision 50): a password set here must match one typed there.
  const parsed = schema.safeParse(normaliseInput(input));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw usageError(issue?.message ?? 'invalid input');
}

/** The one line to print for an unexpected error: its message, or its code when it has none. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND') {
    return `cannot reach the database server (${error.message || code}); is it running, and is the URL right?`;
  }
  if (error.message) return error.message;
  // pg reports an unreachable server as an AggregateError with an empty message.
  const inner = error instanceof AggregateError ? (error.errors[0] as Error | undefined) : undefined;
  if (inner?.message) return inner.message;
  return (error as NodeJS.ErrnoException).code ?? error.name;
}
