import { z } from 'zod';
import { isPartialDate } from '../../i18n/partial-date.ts';
import { partialDateField } from '../../web/form/index.ts';
import { pageNumber } from '../../web/paging.ts';
import { processParams } from '../../web/params.ts';
import { LESSON_STAGES } from './lesson.table.ts';

export const LIMITS = { text: 4000, source: 300, tag: 40, tags: 10, themes: 20 } as const;

/** Free tags as typed in one field, separated by commas: trimmed, blanks dropped, duplicates (any case) merged. */
export function splitTags(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,،;]/)) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out;
}

const tagList = z
  .array(
    z
      .string()
      .trim()
      .min(1, { error: 'lessons.error.tagEmpty' })
      .max(LIMITS.tag, { error: 'lessons.error.tagTooLong' }),
  )
  .max(LIMITS.tags, { error: 'lessons.error.tooManyTags' });

const themeList = z
  .array(z.string().trim().min(1).max(80))
  .max(LIMITS.themes, { error: 'lessons.error.themeUnknown' })
  .transform((ids) => [...new Set(ids.map((id) => (id.startsWith('theme:') ? id : `theme:${id}`)))]);

const text = z
  .string({ error: 'lessons.error.textRequired' })
  .trim()
  .min(1, { error: 'lessons.error.textRequired' })
  .max(LIMITS.text, { error: 'lessons.error.textTooLong' });

const source = z
  .string()
  .trim()
  .max(LIMITS.source, { error: 'lessons.error.sourceTooLong' })
  .transform((v) => v || null);

/** A lesson as the service takes it (from the form or the API). */
export interface LessonInput {
  text: string;
  themes: string[];
  tags: string[];
  stage: (typeof LESSON_STAGES)[number] | null;
  date: string | null;
  source: string | null;
}

/** The lesson form as the browser sends it; every message is a catalogue key that says how to fix it. */
export const lessonForm = z.object({
  text,
  themes: themeList,
  tags: z.string().max(1000, { error: 'lessons.error.tagTooLong' }).transform(splitTags).pipe(tagList),
  stage: z
    .union([z.literal(''), z.enum(LESSON_STAGES)], { error: 'lessons.error.stageUnknown' })
    .transform((v) => v || null),
  date: partialDateField('lessons.error.date', false),
  source,
});

/** The same lesson through the API: `date` as ISO text of year, month or day precision. */
export const lessonApiInput = z.object({
  /** What was learned, 1 to 4,000 characters. */
  text,
  /** Theme term ids, e.g. `theme:political-buy-in` (the `theme:` prefix may be left out). */
  themes: themeList.default([]),
  /** The team's own tags, at most 10 of 40 characters each. */
  tags: tagList.default([]),
  /** The stage of the process the lesson comes from. */
  stage: z.enum(LESSON_STAGES, { error: 'lessons.error.stageUnknown' }).nullable().default(null),
  /** When it was learned: `2013`, `2013-07` or `2013-07-15`. */
  date: z.string().refine(isPartialDate, { error: 'lessons.error.date.real' }).nullable().default(null),
  /** Where the lesson was recorded, if it comes from a document. */
  source: source.nullable().default(null),
});

export const lessonApiUpdate = lessonApiInput.extend({
  /** The version read; a stale one answers 409. */
  version: z.number().int().min(1),
});

/** Filters of the cross-country view and `GET /api/v1/lessons`. */
export const lessonFilters = z.object({
  /** A theme term id (`theme:data`) or code (`data`), or `none` for lessons without a theme. */
  theme: z
    .string()
    .trim()
    .max(80)
    .optional()
    .transform((v) => (!v ? undefined : v === 'none' || v.startsWith('theme:') ? v : `theme:${v}`)),
  /** ISO 3166-1 alpha-3 code of the process's country. */
  country: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toUpperCase() : undefined))
    .pipe(
      z
        .string()
        .regex(/^[A-Z]{3}$/, { error: 'lessons.error.countryUnknown' })
        .optional(),
    ),
});

export const pageInput = z.object({ page: pageNumber });

export const cursorQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

/** The shared process path parameter (decision 60). */
export { processParams };
export const lessonParams = processParams.extend({ lid: z.string().min(1).max(40) });

const themeOut = z.object({ id: z.string(), name: z.string() });

export const lessonOut = z.object({
  id: z.string(),
  processId: z.string(),
  text: z.string(),
  themes: z.array(themeOut),
  tags: z.array(z.string()),
  stage: z.enum(LESSON_STAGES).nullable(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
  process: z
    .object({ id: z.string(), title: z.string(), country: z.string(), countryName: z.string() })
    .optional(),
});
