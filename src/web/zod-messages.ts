import { z } from 'zod';

/**
 * Zod 4 leaves the rejected value out of its issues (unless every parse asks for it), so a form
 * could not tell "you left this empty" from "this is not a number". A global error map sees the
 * value: a missing one gets the message `Required`, which `fieldErrors` turns into "Enter …" and
 * the API shows as is. Schemas' own messages still win.
 */
export const REQUIRED_MESSAGE = 'Required';

z.config({
  customError: (issue) =>
    issue.code === 'invalid_type' && issue.input === undefined ? REQUIRED_MESSAGE : undefined,
});
