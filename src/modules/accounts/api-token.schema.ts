import { z } from 'zod';

/** The name a person gives a token to remember what uses it ("Monitoring dashboard"). */
export const tokenNameInput = z.object({
  name: z
    .string({ error: (issue) => (issue.input === undefined ? 'account.error.tokenNameRequired' : undefined) })
    .trim()
    .min(1, 'account.error.tokenNameRequired')
    .max(100),
});

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
  createdAt: z.string().describe('ISO 8601, UTC'),
  lastUsedAt: z.string().nullable().describe('ISO 8601, UTC; null when never used'),
});

/** The user an API token acts for. */
export const meOut = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(['admin', 'moderator', 'user']),
});
