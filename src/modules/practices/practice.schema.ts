import { z } from 'zod';
import { CURRENCIES, parseAmount } from '../../web/form/index.ts';
import { apiPageQuery, countryQuery, optionalText, organisationRefOut } from '../programmes/index.ts';
import {
  GOVERNMENT_LEVELS,
  LINK_KINDS,
  LOCALES,
  PARTNER_ROLES,
  PRACTICE_STATUSES,
  REPLICATION_PROGRESS,
} from './practice.table.ts';

export const PRACTICE_LIMITS = {
  title: 250,
  summary: 4000,
  place: 120,
  text: 8000,
  short: 500,
  organisation: 300,
  rows: 30,
  id: 40,
} as const;

const country = (key: string) =>
  z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine((v) => v === '' || /^[A-Z]{3}$/.test(v), { error: key })
    .transform((v) => v || null);

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, key: string) =>
  z.union([z.enum(values), z.literal('')], { error: key }).transform((v) => (v === '' ? null : v));

const year = (key: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || (/^\d{4}$/.test(v) && Number(v) >= 1900 && Number(v) <= 2100), { error: key })
    .transform((v) => v || null);

const optionalId = (key: string) =>
  z
    .string()
    .trim()
    .max(PRACTICE_LIMITS.id, { error: key })
    .transform((v) => v || null);

/**
 * The practice form, field by field, as the browser sends it (strings; rows already read by
 * `readPracticeDraft`). Each message is a catalogue key that says how to fix the field.
 */
export const practiceForm = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: 'practice.error.titleRequired' })
    .max(PRACTICE_LIMITS.title, { error: 'practice.error.titleTooLong' }),
  summary: z
    .string()
    .trim()
    .min(1, { error: 'practice.error.summaryRequired' })
    .max(PRACTICE_LIMITS.summary, { error: 'practice.error.summaryTooLong' }),
  locale: z.enum(LOCALES, { error: 'practice.error.locale' }),
  translations: z
    .array(
      z.object({
        locale: z.enum(LOCALES, { error: 'practice.error.locale' }),
        title: z.string().trim().max(PRACTICE_LIMITS.title, { error: 'practice.error.titleTooLong' }),
        summary: z.string().trim().max(PRACTICE_LIMITS.summary, { error: 'practice.error.summaryTooLong' }),
      }),
    )
    .max(3, { error: 'practice.error.tooManyRows' }),
  organisations: z
    .array(
      z.object({
        organisation: z
          .string()
          .trim()
          .min(1, { error: 'practice.error.organisationRequired' })
          .max(PRACTICE_LIMITS.organisation, { error: 'practice.error.organisationTooLong' }),
        role: z.enum(PARTNER_ROLES, { error: 'practice.error.partnerRole' }),
      }),
    )
    .max(PRACTICE_LIMITS.rows, { error: 'practice.error.tooManyRows' }),
  country: country('practice.error.countryInvalid'),
  region: optionalText(PRACTICE_LIMITS.place, 'practice.error.placeTooLong'),
  city: optionalText(PRACTICE_LIMITS.place, 'practice.error.placeTooLong'),
  level: optionalChoice(GOVERNMENT_LEVELS, 'practice.error.level'),
  origin: country('practice.error.countryInvalid'),
  destination: country('practice.error.countryInvalid'),
  tags: z.array(z.string().max(60)).max(100, { error: 'practice.error.tooManyRows' }),
  targetGroups: optionalText(PRACTICE_LIMITS.short, 'practice.error.textTooLong'),
  startYear: year('practice.error.year'),
  endYear: year('practice.error.year'),
  budget: z.string().trim().max(40, { error: 'practice.error.budget' }),
  currency: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine((v) => v === '' || CURRENCIES.has(v), { error: 'practice.error.currency' })
    .transform((v) => v || null),
  funders: optionalText(PRACTICE_LIMITS.short, 'practice.error.textTooLong'),
  activities: optionalText(PRACTICE_LIMITS.text, 'practice.error.textTooLong'),
  results: optionalText(PRACTICE_LIMITS.text, 'practice.error.textTooLong'),
  evidence: z
    .array(
      z.object({
        label: z
          .string()
          .trim()
          .min(1, { error: 'practice.error.evidenceLabel' })
          .max(PRACTICE_LIMITS.short, { error: 'practice.error.textTooLong' }),
        figure: optionalText(60, 'practice.error.textTooLong'),
        source: optionalText(PRACTICE_LIMITS.short, 'practice.error.textTooLong'),
      }),
    )
    .max(PRACTICE_LIMITS.rows, { error: 'practice.error.tooManyRows' }),
  budgetLine: z.enum(['yes', ''], { error: 'practice.error.invalid' }).transform((v) => v === 'yes'),
  localLaw: z.enum(['yes', ''], { error: 'practice.error.invalid' }).transform((v) => v === 'yes'),
  plan: z.enum(['yes', ''], { error: 'practice.error.invalid' }).transform((v) => v === 'yes'),
  links: z
    .array(
      z.object({
        kind: z.enum(LINK_KINDS, { error: 'practice.error.linkKind' }),
        id: z
          .string()
          .trim()
          .min(1, { error: 'practice.error.linkUnknown' })
          .max(PRACTICE_LIMITS.id, { error: 'practice.error.linkUnknown' }),
      }),
    )
    .max(PRACTICE_LIMITS.rows, { error: 'practice.error.tooManyRows' }),
  callId: optionalId('practice.error.callUnknown'),
  replicatesId: optionalId('practice.error.replicatesUnknown'),
  replicationProgress: optionalChoice(REPLICATION_PROGRESS, 'practice.error.progress'),
});

/** Neutral values for fields that fail, so the service can check the others. */
export const PRACTICE_FORM_FALLBACK: z.output<typeof practiceForm> = {
  title: '',
  summary: '',
  locale: 'en',
  translations: [],
  organisations: [],
  country: null,
  region: null,
  city: null,
  level: null,
  origin: null,
  destination: null,
  tags: [],
  targetGroups: null,
  startYear: null,
  endYear: null,
  budget: '',
  currency: null,
  funders: null,
  activities: null,
  results: null,
  evidence: [],
  budgetLine: false,
  localLaw: false,
  plan: false,
  links: [],
  callId: null,
  replicatesId: null,
  replicationProgress: null,
};

/** What the practice services accept: the form's output, or the demo loader's literal data. */
export type PracticeInput = z.output<typeof practiceForm>;

/** The form as typed, all text: what the page is drawn from again after an error. */
export interface PracticeDraft {
  title: string;
  summary: string;
  locale: string;
  translations: { locale: string; title: string; summary: string }[];
  organisations: { organisation: string; role: string }[];
  country: string;
  region: string;
  city: string;
  level: string;
  origin: string;
  destination: string;
  tags: string[];
  targetGroups: string;
  startYear: string;
  endYear: string;
  budget: string;
  currency: string;
  funders: string;
  activities: string;
  results: string;
  evidence: { label: string; figure: string; source: string }[];
  budgetLine: string;
  localLaw: string;
  plan: string;
  links: { kind: string; id: string }[];
  callId: string;
  replicatesId: string;
  replicationProgress: string;
}

/** The budget in minor units of its currency, or why it cannot be read. */
export function budgetOf(input: Pick<PracticeInput, 'budget' | 'currency'>) {
  return parseAmount(input.budget, input.currency);
}

// ----- Comments, reviewers, reviews -----

export const commentForm = z.object({
  body: z
    .string()
    .trim()
    .min(1, { error: 'practice.error.commentRequired' })
    .max(PRACTICE_LIMITS.text, { error: 'practice.error.textTooLong' }),
});

export const assignForm = z.object({
  reviewer: z
    .string()
    .trim()
    .min(3, { error: 'practice.error.reviewerUnknown' })
    .max(320, { error: 'practice.error.reviewerUnknown' }),
});

// ----- API -----

export const practiceParams = z.object({ id: z.string().min(1).max(40).describe('Practice id') });

export const practiceListQuery = z.object({
  country: countryQuery('Only practices in this country (ISO 3166-1 alpha-3)'),
  region: z.string().max(PRACTICE_LIMITS.place).optional().describe('Only practices in this region'),
  theme: z.string().max(60).optional().describe('Only practices tagged with this taxonomy term'),
  level: z.enum(GOVERNMENT_LEVELS).optional(),
  origin: countryQuery('Corridor: country of origin'),
  destination: countryQuery('Corridor: country of destination'),
  partner: z.enum(PARTNER_ROLES).optional().describe('Only practices with a partner of this type'),
  status: z.enum(PRACTICE_STATUSES).optional().describe('Moderators only: practices in this state'),
  promising: z.enum(['yes']).optional().describe('Only practices found promising by peer review'),
  ...apiPageQuery,
});

const countryOut = z.object({ alpha3: z.string(), name: z.string() }).nullable();

export const practiceSummaryOut = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  locale: z.string().describe('The language the practice was written in'),
  status: z.enum(PRACTICE_STATUSES),
  country: countryOut,
  region: z.string().nullable(),
  city: z.string().nullable(),
  level: z.enum(GOVERNMENT_LEVELS).nullable(),
  corridor: z.object({ origin: countryOut, destination: countryOut }),
  promising: z.boolean(),
  publishedAt: z.string().nullable(),
  updatedAt: z.string(),
});

const termOut = z.object({ id: z.string(), scheme: z.string(), label: z.string() });

export const practiceOut = practiceSummaryOut.extend({
  translations: z.array(
    z.object({
      field: z.enum(['title', 'summary']),
      locale: z.string(),
      text: z.string(),
      original: z.boolean(),
    }),
  ),
  organisations: z.array(z.object({ organisation: organisationRefOut, role: z.enum(PARTNER_ROLES) })),
  tags: z.array(termOut),
  targetGroups: z.string().nullable(),
  period: z.object({ start: z.string().nullable(), end: z.string().nullable() }),
  budget: z.object({ amountMinor: z.number(), currency: z.string().nullable() }).nullable(),
  funders: z.string().nullable(),
  activities: z.string().nullable(),
  results: z.string().nullable(),
  evidence: z.array(
    z.object({ label: z.string(), figure: z.string().nullable(), source: z.string().nullable() }),
  ),
  institutionalised: z.object({ budgetLine: z.boolean(), localLaw: z.boolean(), plan: z.boolean() }),
  links: z.array(z.object({ kind: z.enum(LINK_KINDS), id: z.string(), title: z.string() })),
  call: z.object({ id: z.string(), title: z.string() }).nullable(),
  replicates: z.object({ id: z.string(), title: z.string() }).nullable(),
  replicationProgress: z.enum(REPLICATION_PROGRESS).nullable(),
  review: z
    .object({
      count: z.number().int(),
      average: z.number().nullable(),
      spread: z.number().nullable(),
      needsThirdReviewer: z.boolean(),
    })
    .describe('The summary of submitted peer reviews'),
  demo: z.boolean(),
  version: z.number().int(),
  actions: z.record(z.string(), z.boolean()),
});
