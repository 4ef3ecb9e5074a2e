import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../auth/passwords.ts';

/**
 * Input schemas of the account forms. A message that is a catalogue key (`account.error.…`) is
 * translated by `fieldErrors`; the others get the generic "Enter …" / "… must be N characters".
 */

/** A string whose absence is reported with `requiredKey` ("Enter your email address"). */
function text(requiredKey: string) {
  return z.string({ error: (issue) => (issue.input === undefined ? requiredKey : undefined) });
}

/** A person's name as they want it shown: 1 to 200 characters. */
export const personName = z.string().trim().min(1).max(200);

/** An email address, trimmed; compared lower-cased by the user repository. RFC 5321: 254 at most. */
export const emailAddress = text('account.error.emailRequired')
  .trim()
  .min(1, 'account.error.emailRequired')
  .max(254)
  .pipe(z.email());

/** A new password: length is what matters (NIST SP 800-63B), no composition rules. */
export const newPassword = text('account.error.passwordRequired')
  .min(1, 'account.error.passwordRequired')
  .min(PASSWORD_MIN_LENGTH)
  .max(PASSWORD_MAX_LENGTH);

/** Adds the "type it again" check: the confirmation must equal `password`. */
function withConfirmation<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({
      ...shape,
      password: newPassword,
      confirmation: text('account.error.confirmationRequired').max(PASSWORD_MAX_LENGTH),
    })
    .superRefine(
      (input, ctx) => {
        const value = input as { password: string; confirmation: string };
        if (value.confirmation === '')
          ctx.addIssue({
            code: 'custom',
            path: ['confirmation'],
            message: 'account.error.confirmationRequired',
          });
        else if (value.confirmation !== value.password)
          ctx.addIssue({ code: 'custom', path: ['confirmation'], message: 'account.error.passwordMismatch' });
      },
      {
        // Run even when other fields failed, so every problem is listed at once.
        when: (payload) => {
          const v = payload.value as Record<string, unknown> | undefined;
          return typeof v?.password === 'string' && typeof v?.confirmation === 'string';
        },
      },
    );
}

export const signUpInput = withConfirmation({
  name: personName,
  email: emailAddress,
  /** Where they work, as typed; the admin sees it when approving. Optional. */
  organisation: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type SignUpInput = z.infer<typeof signUpInput>;

export const signInInput = z.object({
  email: emailAddress,
  password: text('account.error.signInPasswordRequired')
    .min(1, 'account.error.signInPasswordRequired')
    .max(PASSWORD_MAX_LENGTH),
  /** Where to go after signing in; checked by `safeNext` before use. */
  next: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInInput>;

/** Accepting an invitation: the email comes from the invitation unless it has none. */
export const invitationInput = withConfirmation({
  name: personName,
  email: emailAddress.optional(),
});
export type InvitationInput = z.infer<typeof invitationInput>;

export const resetPasswordInput = withConfirmation({});
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

export const changePasswordInput = withConfirmation({
  currentPassword: text('account.error.currentPasswordRequired')
    .min(1, 'account.error.currentPasswordRequired')
    .max(PASSWORD_MAX_LENGTH),
});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

export const changeNameInput = z.object({
  name: personName,
  /**
   * The row version the form was loaded with: a stale one is a conflict, never an overwrite. At
   * most the largest integer column value: PostgreSQL refuses to compare a larger one (a 500).
   */
  version: z.coerce.number().int().min(1).max(2_147_483_647),
});
export type ChangeNameInput = z.infer<typeof changeNameInput>;

/** Path parameter of the one-time link routes: a base64url secret. */
export const linkSecret = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/);
