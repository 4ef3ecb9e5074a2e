import { z } from 'zod';
import { cursorCodec } from '../../web/cursor.ts';
import { asBody, type FormBody, listOf, textOf } from '../../web/form/index.ts';
import { apiPageQuery } from '../programmes/index.ts';
import { CONTENT_LOCALES, GUIDANCE_KINDS } from './learning.table.ts';

export const GUIDANCE_LIMITS = { title: 200, summary: 1000, body: 50_000, changeNote: 300 } as const;

/** The guidance form as the browser sends it. Each message is a key that says how to fix the field. */
export const guidanceForm = z.object({
  kind: z.enum(GUIDANCE_KINDS, { error: 'guidance.error.kind' }),
  locale: z.enum(CONTENT_LOCALES, { error: 'guidance.error.locale' }),
  title: z
    .string()
    .trim()
    .min(1, { error: 'guidance.error.titleRequired' })
    .max(GUIDANCE_LIMITS.title, { error: 'guidance.error.titleTooLong' }),
  summary: z
    .string()
    .trim()
    .min(1, { error: 'guidance.error.summaryRequired' })
    .max(GUIDANCE_LIMITS.summary, { error: 'guidance.error.summaryTooLong' }),
  body: z
    .string()
    .trim()
    .min(1, { error: 'guidance.error.bodyRequired' })
    .max(GUIDANCE_LIMITS.body, { error: 'guidance.error.bodyTooLong' }),
  checklistTemplateId: z
    .string()
    .trim()
    .max(64, { error: 'guidance.error.checklist' })
    .regex(/^[A-Za-z0-9_-]*$/, { error: 'guidance.error.checklist' })
    .transform((v) => v || null),
  /** Another document this one translates: both then share one family. Create only. */
  translationOf: z
    .string()
    .trim()
    .max(64, { error: 'guidance.error.translationOf' })
    .transform((v) => v || null),
  changeNote: z
    .string()
    .trim()
    .max(GUIDANCE_LIMITS.changeNote, { error: 'guidance.error.changeNoteTooLong' }),
  tags: z.array(z.string().max(80)).max(60, { error: 'guidance.error.tags' }),
});

export type GuidanceInput = z.output<typeof guidanceForm>;

/** What the person typed, as the form shows it again. */
export interface GuidanceDraft {
  kind: string;
  locale: string;
  title: string;
  summary: string;
  body: string;
  checklistTemplateId: string;
  translationOf: string;
  changeNote: string;
  tags: string[];
}

export const EMPTY_GUIDANCE_DRAFT: GuidanceDraft = {
  kind: 'note',
  locale: 'en',
  title: '',
  summary: '',
  body: '',
  checklistTemplateId: '',
  translationOf: '',
  changeNote: '',
  tags: [],
};

export const GUIDANCE_FALLBACK: GuidanceInput = {
  kind: 'note',
  locale: 'en',
  title: '',
  summary: '',
  body: '',
  checklistTemplateId: null,
  translationOf: null,
  changeNote: '',
  tags: [],
};

export function readGuidanceDraft(raw: unknown): GuidanceDraft {
  const body: FormBody = asBody(raw);
  return {
    kind: textOf(body, 'kind'),
    locale: textOf(body, 'locale'),
    title: textOf(body, 'title'),
    summary: textOf(body, 'summary'),
    body: textOf(body, 'body'),
    checklistTemplateId: textOf(body, 'checklistTemplateId'),
    translationOf: textOf(body, 'translationOf'),
    changeNote: textOf(body, 'changeNote'),
    tags: listOf(body, 'tags'),
  };
}

export const guidanceListQuery = z.object({
  kind: z.enum(GUIDANCE_KINDS).optional().describe('Only this kind: note, handbook or checklist'),
  locale: z.enum(CONTENT_LOCALES).optional().describe('Only documents written in this language'),
  term: z
    .string()
    .max(80)
    .optional()
    .describe('Only documents tagged with this taxonomy term (a theme or sector)'),
  ...apiPageQuery,
});

/** The page's filters: a damaged value reads as no filter. */
export const guidancePageQuery = z.object({
  kind: z.enum(GUIDANCE_KINDS).optional().catch(undefined),
  locale: z.enum(CONTENT_LOCALES).optional().catch(undefined),
  term: z.string().max(80).optional().catch(undefined),
  after: z.string().max(400).optional().catch(undefined),
});

export const versionParams = z.object({
  id: z.string().min(1).max(64),
  number: z.coerce.number().int().min(1).max(1_000_000),
});

const termOut = z.object({ id: z.string(), scheme: z.string(), name: z.string() });

export const guidanceSummaryOut = z.object({
  id: z.string(),
  kind: z.enum(GUIDANCE_KINDS),
  locale: z.enum(CONTENT_LOCALES),
  title: z.string(),
  summary: z.string(),
  version: z.number().int().describe('The number of the current version'),
  updatedAt: z.string(),
});

export const guidanceOut = guidanceSummaryOut.extend({
  body: z.string(),
  checklistTemplateId: z.string().nullable(),
  languages: z.array(z.object({ id: z.string(), locale: z.enum(CONTENT_LOCALES), title: z.string() })),
  terms: z.array(termOut),
  versions: z.array(
    z.object({
      number: z.number().int(),
      changeNote: z.string(),
      editedAt: z.string(),
      editor: z.string().nullable(),
    }),
  ),
  actions: z.object({ edit: z.boolean() }),
});

/** `[title, id]` of a page's last document: the library's keyset cursor (pages and API). */
export const guidanceCursor = cursorCodec(
  z.tuple([z.string(), z.string()]).transform(([title, id]) => ({ title, id })),
);
