import { z } from 'zod';
import { pageNumber } from '../../web/paging.ts';

const alpha3 = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'data.corridor.error.country')
  .transform((v) => v.toUpperCase());

/** The corridor explorer's query: an origin and a different destination. */
export const corridorQuery = z
  .object({
    origin: alpha3,
    destination: alpha3,
  })
  .refine((q) => q.origin !== q.destination, { message: 'data.corridor.error.same', path: ['destination'] });

/** The corridor ranking's filters. */
export const rankingQuery = z.object({
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((v) => v.toUpperCase())
    .optional()
    .catch(undefined),
  page: pageNumber,
});
