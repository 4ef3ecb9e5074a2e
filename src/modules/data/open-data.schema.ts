import { z } from 'zod';

/** Query and response schemas of the open data API (`/api/v1/indicators`, `/series`, `/bilateral`). */

/** An ISO 3166-1 alpha-3 country code (any case) or an aggregate code such as `AGG:WLD`. */
export const areaCode = z
  .string()
  .regex(/^([A-Za-z]{3}|AGG:[A-Za-z0-9-]{1,20})$/)
  .transform((v) => (v.startsWith('AGG:') ? v : v.toUpperCase()));

/** A year (`2020`) or a quarter (`2020-Q3`); bounds are inclusive. */
const period = z.string().regex(/^\d{4}(-Q[1-4])?$/);

const common = {
  format: z
    .enum(['json', 'csv', 'sdmx-csv'])
    .optional()
    .describe('Answer format; without it, `Accept: text/csv` gives CSV, otherwise JSON'),
  limit: z.coerce.number().int().min(1).max(10_000).default(1000).describe('Rows per page (1–10,000)'),
  cursor: z.string().max(1000).optional().describe('The `next` value of the previous page'),
};

const indicatorCode = z
  .string()
  .max(60)
  .regex(/^[A-Za-z0-9._-]+$/)
  .describe('Indicator code, e.g. `ims.stock.destination` or `BX.TRF.PWKR.CD.DT`');

export const indicatorsQuery = z.object({
  shape: z.enum(['country', 'bilateral']).optional().describe('Only indicators of this shape'),
  ...common,
});

export const seriesQuery = z.object({
  country: areaCode.describe('ISO 3166-1 alpha-3 code, or an aggregate such as `AGG:WLD`'),
  indicator: indicatorCode.optional().describe('One indicator; all country indicators when absent'),
  from: period.optional().describe('First period, inclusive: `2015` or `2015-Q1`'),
  to: period.optional().describe('Last period, inclusive: `2020` or `2020-Q4`'),
  sex: z.enum(['_T', 'F', 'M']).optional().describe('SDMX sex code: `_T` total, `F`, `M`'),
  ...common,
});

export const bilateralQuery = z.object({
  origin: areaCode.describe('Origin (sending) country, ISO alpha-3'),
  destination: areaCode.describe('Destination (receiving) country, ISO alpha-3'),
  indicator: indicatorCode.optional().describe('One bilateral indicator; all of them when absent'),
  from: period.optional(),
  to: period.optional(),
  sex: z.enum(['_T', 'F', 'M']).optional(),
  ...common,
});

export const indicatorOut = z.object({
  code: z.string(),
  name: z.string().describe('Name in the language of the request'),
  names: z.object({ en: z.string(), fr: z.string(), es: z.string(), ar: z.string() }),
  unit: z.string(),
  shape: z.enum(['country', 'bilateral']),
  source: z.string(),
  licence: z.string(),
  definition: z.string(),
  sdg: z.string().nullable(),
  ownerCountry: z.string().nullable().describe('Set for indicators a country defines itself'),
});

const observationFields = {
  indicator: z.string(),
  sex: z.string(),
  age: z.string(),
  period: z.string(),
  value: z.number(),
  unit: z.string(),
  dataset: z.string().describe('Title of the dataset the value comes from'),
  publisher: z
    .string()
    .describe('Who published the dataset (the file’s own publisher, or the one given on import)'),
  release: z.string().describe('Release of the dataset, as its publisher names it'),
  sourceRow: z.number().nullable().describe('Line or row of the value in the imported file'),
};

export const seriesOut = z.object({ country: z.string(), ...observationFields });
export const bilateralOut = z.object({ origin: z.string(), destination: z.string(), ...observationFields });

export const page = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    next: z.string().nullable().describe('Cursor of the next page, or null on the last page'),
  });
