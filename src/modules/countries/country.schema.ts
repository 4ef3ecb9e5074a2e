import { z } from 'zod';

/** Path parameter: an ISO 3166-1 alpha-3 code, any case. */
export const countryParams = z.object({
  alpha3: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((v) => v.toUpperCase())
    .describe('ISO 3166-1 alpha-3 code, e.g. BGD'),
});

export const countryListQuery = z.object({
  /** UN M49 region code: 002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania. */
  region: z
    .string()
    .regex(/^\d{3}$/)
    .optional()
    .describe('UN M49 region code (002, 019, 142, 150, 009)'),
});

export const countryOut = z.object({
  alpha3: z.string(),
  alpha2: z.string(),
  m49: z.string(),
  name: z.string().describe('Name in the language of the request'),
  nameEn: z.string(),
  region: z.object({ code: z.string(), name: z.string() }).nullable(),
  subregion: z.object({ code: z.string(), name: z.string() }).nullable(),
  unMember: z.boolean(),
});
