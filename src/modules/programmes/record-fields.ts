import { z } from 'zod';

/**
 * Schema pieces the programme and event forms and APIs share (events take them from this
 * module's index), so that both read and answer alike.
 */

/** Optional text of at most `max` characters; blank is null. `key` says it is too long. */
export const optionalText = (max: number, key: string) =>
  z
    .string()
    .trim()
    .max(max, { error: key })
    .transform((v) => v || null);

/** An organisation as the API names it inside another record. */
export const organisationRefOut = z.object({
  id: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
});

/** A country filter of an API list: ISO 3166-1 alpha-3, any case. */
export const countryQuery = (description: string) =>
  z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((v) => v.toUpperCase())
    .optional()
    .describe(description);

/** The page size and cursor of an API list read a page at a time. */
export const apiPageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(50).describe('Page size, 1 to 100'),
  cursor: z.string().max(400).optional().describe('The `next` value of the previous page'),
};
