import { z } from 'zod';
import { type DateParts, partialDateField } from '../../web/form/index.ts';
import { apiPageQuery, countryQuery, optionalText, organisationRefOut } from '../programmes/index.ts';
import { EVENT_ITEM_TYPES, EVENT_KINDS, ORGANISER_ROLES } from './event.table.ts';

export const EVENT_LIMITS = {
  title: 250,
  city: 100,
  summary: 4000,
  organisation: 300,
  itemText: 2000,
  rows: 50,
  count: 10_000_000,
} as const;

/** A whole number of people or entries as typed ("80", "1 200"); blank is null. */
function countField(key: string) {
  return z
    .string()
    .trim()
    .transform((text, ctx) => {
      if (text === '') return null;
      const compact = text.replace(/[\s\u00a0\u202f,]/g, '');
      if (!/^\d+$/.test(compact) || Number(compact) > EVENT_LIMITS.count) {
        ctx.issues.push({ code: 'custom', message: key, input: text });
        return z.NEVER;
      }
      return Number(compact);
    });
}

const optionalId = (key: string) =>
  z
    .string()
    .trim()
    .max(40, { error: key })
    .transform((v) => v || null);

/**
 * The event form, field by field, as the browser sends it (strings; rows already read by
 * `readEventDraft`). Each message is a catalogue key that says how to fix the field.
 */
export const eventForm = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: 'event.error.titleRequired' })
    .max(EVENT_LIMITS.title, { error: 'event.error.titleTooLong' }),
  kind: z.enum(EVENT_KINDS, { error: 'event.error.kind' }),
  startDate: partialDateField('event.error.startDate', true),
  endDate: partialDateField('event.error.endDate', false),
  city: optionalText(EVENT_LIMITS.city, 'event.error.cityTooLong'),
  country: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .refine((v) => v === '' || /^[A-Z]{3}$/.test(v), { error: 'event.error.countryInvalid' })
    .transform((v) => v || null),
  summary: optionalText(EVENT_LIMITS.summary, 'event.error.summaryTooLong'),
  participantsCount: countField('event.error.participantsCount'),
  participantsApproximate: z
    .enum(['yes', ''], { error: 'event.error.approximate' })
    .transform((v) => v === 'yes'),
  organisers: z
    .array(
      z.object({
        organisation: z
          .string()
          .trim()
          .min(1, { error: 'event.error.organiserOrganisation' })
          .max(EVENT_LIMITS.organisation, { error: 'event.error.organisationTooLong' }),
        role: z.enum(ORGANISER_ROLES, { error: 'event.error.organiserRole' }),
      }),
    )
    .max(EVENT_LIMITS.rows, { error: 'event.error.tooManyRows' }),
  items: z
    .array(
      z.object({
        type: z.enum(EVENT_ITEM_TYPES, { error: 'event.error.itemType' }),
        text: z
          .string()
          .trim()
          .min(1, { error: 'event.error.itemText' })
          .max(EVENT_LIMITS.itemText, { error: 'event.error.itemTooLong' }),
      }),
    )
    .max(EVENT_LIMITS.rows, { error: 'event.error.tooManyRows' }),
  programmeId: optionalId('event.error.programmeUnknown'),
  parentEventId: optionalId('event.error.parentUnknown'),
  photoSubmissions: countField('event.error.photoSubmissions'),
  videoSubmissions: countField('event.error.videoSubmissions'),
});

/**
 * Neutral values put in place of fields that fail, so the service can check the others. The
 * start date stays invalid (the service then skips the rules that compare with it), and the
 * kind is the one that allows every field.
 */
export const EVENT_FORM_FALLBACK: z.output<typeof eventForm> = {
  title: '',
  kind: 'competition',
  startDate: '',
  endDate: null,
  city: null,
  country: null,
  summary: null,
  participantsCount: null,
  participantsApproximate: false,
  organisers: [],
  items: [],
  programmeId: null,
  parentEventId: null,
  photoSubmissions: null,
  videoSubmissions: null,
};

/** What the event services accept: the form's output, or the demo loader's literal data. */
export type EventInput = z.output<typeof eventForm>;

/** The form as typed, all text: what the page is drawn from again after an error. */
export interface EventDraft {
  title: string;
  kind: string;
  startDate: DateParts;
  endDate: DateParts;
  city: string;
  country: string;
  summary: string;
  participantsCount: string;
  participantsApproximate: string;
  organisers: { organisation: string; role: string }[];
  items: { type: string; text: string }[];
  programmeId: string;
  parentEventId: string;
  photoSubmissions: string;
  videoSubmissions: string;
}

// ----- API -----

export const eventParams = z.object({ id: z.string().min(1).max(40).describe('Event id') });

export const eventListQuery = z.object({
  when: z
    .enum(['upcoming', 'past'])
    .optional()
    .describe('Only events still to come (or under way), or only past ones'),
  kind: z.enum(EVENT_KINDS).optional(),
  country: countryQuery('Only events held in this country (ISO 3166-1 alpha-3)'),
  ...apiPageQuery,
});

const link = z.object({ id: z.string(), title: z.string() });

export const eventSummaryOut = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(EVENT_KINDS),
  startDate: z.string().describe('ISO 8601 date: year, month or day precision'),
  endDate: z.string().nullable(),
  location: z
    .object({
      city: z.string().nullable(),
      country: z.object({ alpha3: z.string(), name: z.string() }).nullable(),
    })
    .nullable(),
  parent: link.nullable().describe('The event this one is part of'),
});

export const eventOut = eventSummaryOut.extend({
  summary: z.string().nullable(),
  participants: z.object({ count: z.number().int(), approximate: z.boolean() }).nullable(),
  organisers: z.array(z.object({ organisation: organisationRefOut, role: z.enum(ORGANISER_ROLES) })),
  items: z.array(z.object({ type: z.enum(EVENT_ITEM_TYPES), text: z.string() })),
  programme: link.nullable(),
  submissions: z
    .object({ photos: z.number().int().nullable(), videos: z.number().int().nullable() })
    .nullable(),
  parts: z.array(eventSummaryOut).describe('Events within this one (sessions of a roundtable)'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.object({ update: z.boolean() }),
});
