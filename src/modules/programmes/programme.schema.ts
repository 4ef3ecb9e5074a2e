import { z } from 'zod';
import { type DateParts, fromDateParts } from '../../i18n/partial-date.ts';
import { LESSON_THEMES, PARTICIPANT_ROLES, PROGRAMME_STATUSES } from './programme.table.ts';

/** Every ISO 4217 code the runtime knows (current and historic). */
export const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

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

/** Largest budget accepted, in major units: keeps minor units well inside 2^53. */
const MAX_BUDGET = 1_000_000_000_000;

/** A day / month / year group turned into an ISO date of year, month or day precision. */
export function partialDateField<R extends boolean>(prefix: string, required: R) {
  type Out = R extends true ? string : string | null;
  return z
    .object({ day: z.string(), month: z.string(), year: z.string() })
    .transform((parts: DateParts, ctx) => {
      const read = fromDateParts(parts, { required });
      // A required date never reads as null: fromDateParts reports `required` instead.
      if (read.ok) return read.value as Out;
      ctx.issues.push({ code: 'custom', message: `${prefix}.${read.problem}`, input: parts });
      return z.NEVER;
    });
}

/**
 * An amount as people type it ("9,500,000", "9 500 000.50") → minor units (cents), matching
 * `Translator.money`, which reads every currency in hundredths.
 */
const budgetAmount = z
  .string()
  .trim()
  .transform((text, ctx) => {
    if (text === '') return null;
    const compact = text.replace(/[\s\u00a0\u202f,]/g, '');
    if (/^-\d/.test(compact)) {
      ctx.issues.push({ code: 'custom', message: 'programme.error.budgetNegative', input: text });
      return z.NEVER;
    }
    if (!/^\d+(\.\d{1,2})?$/.test(compact) || Number(compact) > MAX_BUDGET) {
      ctx.issues.push({ code: 'custom', message: 'programme.error.budgetInvalid', input: text });
      return z.NEVER;
    }
    const [whole = '0', cents = ''] = compact.split('.');
    return Number(whole) * 100 + Number(cents.padEnd(2, '0'));
  });

const currency = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .refine((v) => v === '' || CURRENCIES.has(v), { error: 'programme.error.currencyUnknown' })
  .transform((v) => v || null);

const optionalText = (max: number, key: string) =>
  z
    .string()
    .trim()
    .max(max, { error: key })
    .transform((v) => v || null);

/**
 * The programme form, field by field, as the browser sends it (strings; rows already read by
 * `readProgrammeDraft`). Each message is a catalogue key that says how to fix the field.
 */
export const programmeForm = z.object({
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
  budgetAmount,
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
});

/** Neutral values put in place of fields that fail, so the service can check the others. */
export const PROGRAMME_FORM_FALLBACK: z.output<typeof programmeForm> = {
  title: '',
  shortName: null,
  summary: null,
  status: 'planned',
  startDate: null,
  endDate: null,
  budgetAmount: null,
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
  const { budgetAmount: amountMinor, currency: code, ...rest } = parsed;
  const budget = amountMinor !== null && code !== null ? { amountMinor, currency: code } : null;
  return { ...rest, budget, budgetParts: { amountMinor, currency: code } };
}

// ----- API -----

export const programmeParams = z.object({
  id: z.string().min(1).max(40).describe('Programme id'),
});

export const programmeListQuery = z.object({
  status: z.enum(PROGRAMME_STATUSES).optional().describe('Only programmes with this status'),
  country: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .transform((v) => v.toUpperCase())
    .optional()
    .describe('Only programmes covering this country (ISO 3166-1 alpha-3)'),
  limit: z.coerce.number().int().min(1).max(100).default(50).describe('Page size, 1 to 100'),
  cursor: z.string().max(400).optional().describe('The `next` value of the previous page'),
});

const organisationOut = z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() });

export const programmeSummaryOut = z.object({
  id: z.string(),
  title: z.string(),
  shortName: z.string().nullable(),
  status: z.enum(PROGRAMME_STATUSES),
  startDate: z.string().nullable().describe('ISO 8601 date: year, month or day precision'),
  endDate: z.string().nullable(),
  budget: z
    .object({ amountMinor: z.number().int().describe('Cents of the currency'), currency: z.string() })
    .nullable(),
  leadOrganisation: organisationOut,
  countries: z.array(z.object({ alpha3: z.string(), name: z.string() })),
});

export const programmeOut = programmeSummaryOut.extend({
  summary: z.string().nullable(),
  participants: z.array(z.object({ organisation: organisationOut, role: z.enum(PARTICIPANT_ROLES) })),
  outputs: z.array(z.object({ number: z.number().int(), text: z.string() })),
  lessons: z.array(
    z.object({ label: z.string(), text: z.string(), theme: z.enum(LESSON_THEMES).nullable() }),
  ),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.object({ update: z.boolean() }).describe('What the caller may do with this programme'),
});
