import { z } from 'zod';
import { notFound } from './errors.ts';

/**
 * Path parameters shared by every module (decision 60). An id in a path is opaque text: ids made
 * by `newId()` (16 lower-case letters and digits), keys and slugs all pass, and whether it names
 * a record the caller may see is the lookup's answer, so a malformed id and a missing one both
 * answer 404 and cannot be told apart. The length cap keeps absurd paths out of queries.
 */
export const MAX_ID_LENGTH = 64;

/** One id in a path. */
export const idParam = z.string().min(1).max(MAX_ID_LENGTH);

/** `/…/:id`. */
export const idParams = z.object({ id: idParam.describe('Id') });

/** `/processes/:id/…`. */
export const processParams = z.object({ id: idParam.describe('Process id') });

/**
 * The path parameters of a route that declares no `schema.params` (pages, upload hooks), parsed
 * by its schema: a malformed one answers 404, as a missing record does.
 */
export function parseParams<S extends z.ZodType>(schema: S, params: unknown): z.output<S> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw notFound();
  return parsed.data;
}
