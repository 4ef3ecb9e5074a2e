import { z } from 'zod';
import { TOKEN_SCOPES } from '../../auth/auth.table.ts';

/** A calendar date that exists (2027-02-30 does not). */
function isRealDate(value: string): boolean {
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

/** The new token form (and its schema for any client that posts it). */
export const tokenInput = z.object({
  /** The name a person gives a token to remember what uses it ("Monitoring dashboard"). */
  name: z
    .string({ error: (issue) => (issue.input === undefined ? 'account.error.tokenNameRequired' : undefined) })
    .trim()
    .min(1, 'account.error.tokenNameRequired')
    .max(100),
  /** `read`: GET and HEAD requests only; `read-write`: everything the user may do. */
  scope: z.enum(TOKEN_SCOPES, { error: 'account.error.tokenScopeRequired' }),
  /** Optional last day the token works (YYYY-MM-DD, until the end of that day UTC); after today. */
  expiresOn: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() || undefined : value),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'account.error.tokenExpiryInvalid')
      .refine(isRealDate, 'account.error.tokenExpiryInvalid')
      .refine((value) => value > new Date().toISOString().slice(0, 10), 'account.error.tokenExpiryPast')
      .optional(),
  ),
});

export type TokenInput = z.infer<typeof tokenInput>;

export const tokenParams = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9]{1,40}$/)
    .describe('Token id'),
});

/** An API token as listed: never the token itself, which is shown once at creation. */
export const tokenOut = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the token, to tell tokens apart'),
  scope: z.enum(TOKEN_SCOPES).describe('`read`: GET and HEAD only; `read-write`: every method'),
  createdAt: z.string().describe('ISO 8601, UTC'),
  expiresAt: z.string().nullable().describe('ISO 8601, UTC: when the token stops working; null: never'),
  lastUsedAt: z.string().nullable().describe('ISO 8601, UTC, to the minute; null when never used'),
});

/** The user an API token acts for. */
export const meOut = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'moderator', 'user']),
});
