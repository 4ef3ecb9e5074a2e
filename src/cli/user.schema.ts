import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/passwords.ts';

/** Input of the `corridor user` commands; messages name the option to fix. */

export const ROLES = ['admin', 'moderator', 'user'] as const;
export const STATUSES = ['pending', 'active', 'deactivated'] as const;

const email = z
  .string({ error: '--email is required' })
  .trim()
  .min(1, '--email is required')
  .max(254, '--email must be 254 characters or fewer')
  .pipe(
    z.email({
      error: (issue) => `--email "${String(issue.input)}" is not an email address, like name@example.org`,
    }),
  );

const password = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `--password must be ${PASSWORD_MIN_LENGTH} characters or more`)
  .max(PASSWORD_MAX_LENGTH, `--password must be ${PASSWORD_MAX_LENGTH} characters or fewer`);

const role = z.enum(ROLES, {
  error: (issue) => `--role must be admin, moderator or user, not "${String(issue.input)}"`,
});
const status = z.enum(STATUSES, {
  error: (issue) => `--status must be pending, active or deactivated, not "${String(issue.input)}"`,
});

/** `corridor user create`. */
export const createUserInput = z.object({
  email,
  /** The name shown on the site. */
  name: z
    .string({ error: '--name is required' })
    .trim()
    .min(1, '--name must not be empty')
    .max(200, '--name must be 200 characters or fewer'),
  role: role.default('user'),
  /** When absent, a password is generated and printed once. */
  password: password.optional(),
});

/** `corridor user list` filters. */
export const listUsersInput = z.object({ status: status.optional(), role: role.optional() });

/** `corridor user reset-password`: a link by default, or a new password set directly. */
export const resetPasswordInput = z.object({ email, password: password.optional() });
