import { z } from 'zod';
import { CURRENCIES, type DateParts, parseAmount, partialDateField } from '../../web/form/index.ts';
import { LESSON_THEMES, PARTICIPANT_ROLES, PROGRAMME_STATUSES } from './programme.table.ts';
import { apiPageQuery, countryQuery, optionalText, organisationRefOut } from './record-fields.ts';

export const LIMITS = {
  title: 200,
  shortName: 40,
  summary: 4000,
  organisation: 300,
  outputText: 2000,
  lessonLabel: 8,
  lessonText: 2000,
  rows: 50,
} as const;

const currency = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => v === '' || CURRENCIES.has(v), { error: 'programme.error.currencyUnknown' })
  .transform((v) => v || null);

/**
 * The budget as typed ("9,500,000", "9 500 000.50") in the minor units of its own currency
 * (cents for USD; yen have none), as `Translator.money` shows it. Null when blank or not an
 * amount in that currency (the schema says why). Without a known currency, two decimals.
 */
export function budgetMinor(amount: string, code: string | null) {
  return parseAmount(amount, code !== null && CURRENCIES.has(code) ? code : null);
}

/**
 * The programme form, field by field, as the browser sends it (strings; rows already read by
 * `readProgrammeDraft`). Each message is a catalogue key that says how to fix the field.
 */
export const programmeForm = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, { error: 'programme.error.titleRequired' })
      .max(LIMITS.title, { error: 'programme.error.titleTooLong' }),
    shortName: optionalText(LIMITS.shortName, 'programme.error.shortNameTooLong'),
    summary: optionalText(LIMITS.summary, 'programme.error.summaryTooLong'),
    status: z.enum(PROGRAMME_STATUSES, { error: 'programme.error.status' }),
    startDate: partialDateField('programme.error.startDate', false),
    endDate: partialDateField('programme.error.endDate', false),
    budgetAmount: z.string().trim(),
    currency,
    leadOrganisation: z
      .string()
      .trim()
      .min(1, { error: 'programme.error.leadRequired' })
      .max(LIMITS.organisation, { error: 'programme.error.organisationTooLong' }),
    participants: z
      .array(
        z.object({
          organisation: z
            .string()
            .trim()
            .min(1, { error: 'programme.error.participantOrganisation' })
            .max(LIMITS.organisation, { error: 'programme.error.organisationTooLong' }),
          role: z.enum(PARTICIPANT_ROLES, { error: 'programme.error.participantRole' }),
        }),
      )
      .max(LIMITS.rows, { error: 'programme.error.tooManyRows' }),
    countries: z
      .array(z.string().regex(/^[A-Z]{3}$/, { error: 'programme.error.countryInvalid' }))
      .max(300, { error: 'programme.error.countryInvalid' }),
    outputs: z
      .array(z.string().trim().max(LIMITS.outputText, { error: 'programme.error.outputTooLong' }))
      .max(LIMITS.rows, { error: 'programme.error.tooManyRows' }),
    lessons: z
      .array(
        z.object({
          label: z
            .string()
            .trim()
            .min(1, { error: 'lesson.error.labelRequired' })
            .max(LIMITS.lessonLabel, { error: 'lesson.error.labelTooLong' }),
          text: z
            .string()
            .trim()
            .min(1, { error: 'lesson.error.textRequired' })
            .max(LIMITS.lessonText, { error: 'lesson.error.textTooLong' }),
          theme: z
            .enum([...LESSON_THEMES, ''], { error: 'lesson.error.theme' })
            .transform((v) => (v === '' ? null : v)),
        }),
      )
      .max(LIMITS.rows, { error: 'programme.error.tooManyRows' }),
  })
  .superRefine(
    (form, ctx) => {
      // The amount is read in its own currency's minor unit, so both fields are checked together.
      if (typeof form.budgetAmount !== 'string') return;
      const read = budgetMinor(form.budgetAmount, typeof form.currency === 'string' ? form.currency : null);
      if (read.ok) return;
      ctx.addIssue({
        code: 'custom',
        path: ['budgetAmount'],
        input: form.budgetAmount,
        message:
          read.problem === 'negative' ? 'programme.error.budgetNegative' : 'programme.error.budgetInvalid',
      });
    },
    // Checked even when other fields fail, so that every problem shows at once.
    { when: () => true },
  );

/** Neutral values put in place of fields that fail, so the service can check the others. */
export const PROGRAMME_FORM_FALLBACK: z.output<typeof programmeForm> = {
  title: '',
  shortName: null,
  summary: null,
  status: 'planned',
  startDate: null,
  endDate: null,
  budgetAmount: '',
  currency: null,
  leadOrganisation: '',
  participants: [],
  countries: [],
  outputs: [],
  lessons: [],
};

/** What the programme services accept: the form's output, or the demo loader's literal data. */
export type ProgrammeInput = Omit<z.output<typeof programmeForm>, 'budgetAmount' | 'currency'> & {
  budget: { amountMinor: number; currency: string } | null;
  /** Set when only one of amount and currency was given, so the service can say which is missing. */
  budgetParts?: { amountMinor: number | null; currency: string | null };
};

/** The form as typed, all text: what the page is drawn from again after an error. */
export interface ProgrammeDraft {
  title: string;
  shortName: string;
  summary: string;
  status: string;
  startDate: DateParts;
  endDate: DateParts;
  budgetAmount: string;
  currency: string;
  leadOrganisation: string;
  participants: { organisation: string; role: string }[];
  countries: string[];
  outputs: string[];
  lessons: { label: string; text: string; theme: string }[];
}

/** The form's parsed values in the shape the service takes. */
export function toProgrammeInput(parsed: z.output<typeof programmeForm>): ProgrammeInput {
  const { budgetAmount, currency: code, ...rest } = parsed;
  const read = budgetMinor(budgetAmount, code);
  const amountMinor = read.ok ? read.value : null;
  const budget = amountMinor !== null && code !== null ? { amountMinor, currency: code } : null;
  return { ...rest, budget, budgetParts: { amountMinor, currency: code } };
}

// ----- API -----

export const programmeParams = z.object({
  id: z.string().min(1).max(40).describe('Programme id'),
});

export const programmeListQuery = z.object({
  status: z.enum(PROGRAMME_STATUSES).optional().describe('Only programmes with this status'),
  country: countryQuery('Only programmes covering this country (ISO 3166-1 alpha-3)'),
  ...apiPageQuery,
});

export const programmeSummaryOut = z.object({
  id: z.string(),
  title: z.string(),
  shortName: z.string().nullable(),
  status: z.enum(PROGRAMME_STATUSES),
  startDate: z.string().nullable().describe('ISO 8601 date: year, month or day precision'),
  endDate: z.string().nullable(),
  budget: z
    .object({
      amountMinor: z.number().int().describe('Minor units of the currency (cents; yen have none)'),
      currency: z.string(),
    })
    .nullable(),
  leadOrganisation: organisationRefOut,
  countries: z.array(z.object({ alpha3: z.string(), name: z.string() })),
});

export const programmeOut = programmeSummaryOut.extend({
  summary: z.string().nullable(),
  participants: z.array(z.object({ organisation: organisationRefOut, role: z.enum(PARTICIPANT_ROLES) })),
  outputs: z.array(z.object({ number: z.number().int(), text: z.string() })),
  lessons: z.array(
    z.object({ label: z.string(), text: z.string(), theme: z.enum(LESSON_THEMES).nullable() }),
  ),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.object({ update: z.boolean() }).describe('What the caller may do with this programme'),
});
