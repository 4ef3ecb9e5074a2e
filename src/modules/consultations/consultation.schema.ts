import { z } from 'zod';
import { processParams } from '../../web/params.ts';
import { AUDIENCES, STANCES } from './consultation.table.ts';

/** Length limits, shared by the forms, the API and the views (`maxlength`). */
export const LIMITS = {
  title: 200,
  introduction: 4000,
  sectionTitle: 200,
  sectionBody: 20_000,
  sections: 30,
  organisation: 300,
  invited: 50,
  comment: 4000,
  summary: 8000,
  reason: 500,
} as const;

const text = (max: number, required: string, tooLong: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(max, { error: tooLong });

/**
 * The draft form of a consultation, as the browser sends it (rows already read by
 * `readConsultationDraft`). `sections` is absent once the consultation is open: its text is fixed.
 */
export const consultationForm = z.object({
  /** What is being consulted on, e.g. "Draft chapter on migration for the national plan". */
  title: text(LIMITS.title, 'consultation.error.titleRequired', 'consultation.error.titleTooLong'),
  /** Why the consultation is held and how comments will be used. */
  introduction: z
    .string()
    .trim()
    .max(LIMITS.introduction, { error: 'consultation.error.introductionTooLong' })
    .transform((v) => v || null),
  /** Who may take part: `invited` organisations only, or the `public` (any signed-in user). */
  audience: z.enum(AUDIENCES, { error: 'consultation.error.audienceRequired' }),
  /** Invited organisations by name, acronym or id. */
  invited: z
    .array(z.string().trim().max(LIMITS.organisation, { error: 'consultation.error.organisationTooLong' }))
    .max(LIMITS.invited, { error: 'consultation.error.tooManyInvited' }),
  /** The draft's sections, in order. */
  sections: z
    .array(
      z.object({
        title: text(
          LIMITS.sectionTitle,
          'consultation.error.sectionTitleRequired',
          'consultation.error.sectionTitleTooLong',
        ),
        body: text(
          LIMITS.sectionBody,
          'consultation.error.sectionBodyRequired',
          'consultation.error.sectionBodyTooLong',
        ),
      }),
    )
    .max(LIMITS.sections, { error: 'consultation.error.tooManySections' })
    .optional(),
});
export type ConsultationForm = z.input<typeof consultationForm>;
export type ConsultationInput = z.output<typeof consultationForm>;

/** A new consultation through the API: a draft, opened later with `POST …/open`. */
export const consultationApiInput = z.object({
  title: consultationForm.shape.title,
  introduction: z
    .string()
    .trim()
    .max(LIMITS.introduction, { error: 'consultation.error.introductionTooLong' })
    .nullable()
    .default(null),
  audience: consultationForm.shape.audience,
  invited: consultationForm.shape.invited
    .default([])
    .describe('Invited organisations by name, acronym or id'),
  sections: consultationForm.shape.sections.unwrap().default([]).describe('The draft, section by section'),
});

/** The version read, for a change of state (`open`). */
export const versionInput = z.object({
  version: z.number().int().min(1).describe('The version you read; a stale one answers 409'),
});

/** Closing through the API: the summary of what changed, and the version read. */
export const closeApiInput = z.object({
  summary: closeInputSummary(),
  version: z.number().int().min(1).describe('The version you read; a stale one answers 409'),
});

/** A comment on a section (HTML form and API). */
export const commentInput = z.object({
  /** The comment, 1 to 4,000 characters. */
  body: text(LIMITS.comment, 'consultation.error.commentRequired', 'consultation.error.commentTooLong'),
  /** The organisation the author speaks for: one they belong to. Empty: themselves. */
  organisationId: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => v || null),
});
export type CommentInput = z.output<typeof commentInput>;

/** Support, objection, or `none` to withdraw one's position on a section. */
export const stanceInput = z.object({
  stance: z.enum([...STANCES, 'none'], { error: 'consultation.error.stanceRequired' }),
});

/** What changed in the draft as a result of the consultation. */
function closeInputSummary() {
  return text(LIMITS.summary, 'consultation.error.summaryRequired', 'consultation.error.summaryTooLong');
}

export const closeInput = z.object({
  summary: closeInputSummary(),
  version: z.coerce.number().int().min(1).catch(0),
});

export const hideInput = z.object({
  /** Why the comment is hidden; kept in the audit log and shown to moderators. */
  reason: text(LIMITS.reason, 'consultation.error.reasonRequired', 'consultation.error.reasonTooLong'),
});

/** Route parameters. */
/** The shared process path parameter (decision 60). */
export { processParams };
export const consultationParams = processParams.extend({ cid: z.string().min(1).max(40) });
export const sectionParams = consultationParams.extend({ sid: z.string().min(1).max(40) });
export const commentParams = consultationParams.extend({ commentId: z.string().min(1).max(40) });

const organisationOut = z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() });

export const commentOut = z.object({
  id: z.string(),
  sectionId: z.string(),
  /** Null for a hidden comment, unless the reader may moderate. */
  body: z.string().nullable(),
  author: z.object({ id: z.string(), name: z.string() }).nullable(),
  organisation: organisationOut.nullable(),
  createdAt: z.string(),
  hidden: z.boolean(),
  /** Only for readers who may moderate. */
  hiddenReason: z.string().nullable().optional(),
});

export const sectionOut = z.object({
  id: z.string(),
  position: z.number(),
  title: z.string(),
  body: z.string(),
  support: z.number(),
  object: z.number(),
  comments: z.array(commentOut),
});

export const consultationSummaryOut = z.object({
  id: z.string(),
  processId: z.string(),
  title: z.string(),
  audience: z.enum(AUDIENCES),
  status: z.enum(['draft', 'open', 'closed']),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  sectionCount: z.number(),
  commentCount: z.number(),
});

export const consultationOut = consultationSummaryOut.extend({
  introduction: z.string().nullable(),
  closingSummary: z.string().nullable(),
  invited: z.array(organisationOut),
  version: z.number(),
  sections: z.array(sectionOut),
  /** What the caller may do now. */
  actions: z.object({ comment: z.boolean(), moderate: z.boolean(), edit: z.boolean(), close: z.boolean() }),
});
