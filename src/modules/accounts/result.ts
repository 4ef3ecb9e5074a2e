/**
 * What a command returns: its value, or what went wrong. `errors` is either a field → catalogue
 * key map (shown beside the fields) or a fixed code the route turns into a page or a status.
 */
export type Result<T, E = FieldKeys> = { ok: true; value: T } | { ok: false; errors: E };

/** Field name → catalogue key of the message to show beside it. `_form` is for the whole form. */
export type FieldKeys = Record<string, string>;

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function failed<E>(errors: E): { ok: false; errors: E } {
  return { ok: false, errors };
}
