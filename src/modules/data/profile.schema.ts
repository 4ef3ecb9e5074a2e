import { z } from 'zod';
import { LOCALES } from '../../i18n/locales.ts';

/** Longest narrative accepted: about four pages of text. */
export const NARRATIVE_MAX = 10_000;

/** The narrative form (HTML post). */
export const narrativeInput = z.object({
  /** The text, plain; blank lines separate paragraphs. */
  body: z.string().trim().min(1, 'data.narrative.error.body').max(NARRATIVE_MAX),
  /** The language the text is written in. */
  lang: z.enum(LOCALES, { message: 'data.narrative.error.lang' }),
  /** The version the editor started from; 0 when there was no narrative yet. */
  version: z.coerce.number().int().min(0),
});
export type NarrativeInput = z.infer<typeof narrativeInput>;

/** `/countries/:alpha3/profile…` path parameter. */
export const profileParams = z.object({
  alpha3: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((v) => v.toUpperCase()),
});

export const figureParams = profileParams.extend({
  figure: z.string().regex(/^[a-z-]{1,40}$/),
});
