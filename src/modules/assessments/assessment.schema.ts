import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Problems } from '../../commands/index.ts';
import { idParam, processParams } from '../../web/params.ts';
import { ALL_SCORE_VALUES } from './scale.ts';

export const EVIDENCE_MAX = 4000;
export const COMMENT_MAX = 2000;

const blankToNull = (value: unknown) => {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return null;
  // Browsers send textarea lines with CRLF: keep one form so a resent, unchanged text stays equal.
  return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value;
};

/** One item's score as a form or the API sends it. */
export const itemScoreInput = z.object({
  /** A value of the item's scale; null (or blank in a form) while not scored. */
  score: z
    .preprocess(blankToNull, z.enum(ALL_SCORE_VALUES as [string, ...string[]]).nullable())
    .describe(
      'coherence scale: not-addressed, partly, largely, fully, not-applicable; presence scale: absent, partly-present, fully-present, not-applicable; null: not scored',
    ),
  /** What shows it: documents, laws, data, with links or references. */
  evidence: z.preprocess(blankToNull, z.string().trim().max(EVIDENCE_MAX).nullable()),
  comment: z.preprocess(blankToNull, z.string().trim().max(COMMENT_MAX).nullable()),
});
export type ItemScoreInput = z.output<typeof itemScoreInput>;

/**
 * The problems of one item's fields as the form names them (`<prefix>score`, `<prefix>evidence`,
 * `<prefix>comment`; the batch form's prefix is `items.<id>.`), the first per field.
 */
export function itemScoreProblems(error: z.ZodError, prefix = ''): Problems {
  const problems: Problems = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    const name = `${prefix}${String(field)}`;
    if (problems[name]) continue;
    if (field === 'score') problems[name] = { key: 'assessment.error.score' };
    if (field === 'evidence')
      problems[name] = { key: 'assessment.error.evidenceLong', values: { max: EVIDENCE_MAX } };
    if (field === 'comment')
      problems[name] = { key: 'assessment.error.commentLong', values: { max: COMMENT_MAX } };
  }
  return problems;
}

/** The API body: the score, and the version the client read (a newer one on the server is a conflict). */
export const itemScoreBody = z.object({
  score: z.enum(ALL_SCORE_VALUES as [string, ...string[]]).nullable(),
  evidence: z.string().max(EVIDENCE_MAX).nullable().optional(),
  comment: z.string().max(COMMENT_MAX).nullable().optional(),
  version: z
    .number()
    .int()
    .min(1)
    .describe('The version of the item you read; answers 409 if it changed since'),
});

/** The form's version field; a missing or garbled one can never match, so it reads as a conflict. */
export function versionField(value: unknown): number {
  const n = Number.parseInt(String(value ?? ''), 10);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

const normal = (text: string | null) => text?.replace(/\r\n?/g, '\n').trim() ?? '';

/** A short fingerprint of an item's values, so "save all changed" can tell what the user changed. */
export function fingerprint(values: {
  score: string | null;
  evidence: string | null;
  comment: string | null;
}): string {
  return createHash('sha256')
    .update(JSON.stringify([values.score ?? '', normal(values.evidence), normal(values.comment)]))
    .digest('base64url')
    .slice(0, 16);
}

/** The shared process path parameter (decision 60). */
export { processParams };
export const assessmentParams = processParams.extend({ assessmentId: idParam });
/** `/processes/:id/assessments/:assessmentId/…/:itemId`: an item of a round. */
export const assessmentItemParams = assessmentParams.extend({ itemId: idParam });
/** Starting a round: the checklists to score, by id or by key (`sector-labour`), current versions. */
export const roundStartBody = z.object({
  templates: z
    .array(z.string().min(1).max(64))
    .min(1)
    .max(200)
    .describe('Checklist template ids or keys, e.g. ["sector-health", "governance-national"]'),
});

export const itemParams = assessmentParams.extend({ itemId: z.string().min(1).max(64) });

const scoredItemOut = z.object({
  id: z.string().describe('The item score id: use it to save the item'),
  version: z.number().int(),
  templateKey: z.string(),
  itemKey: z.string(),
  area: z.object({ key: z.string(), label: z.string() }),
  question: z.string(),
  guidance: z.string().nullable(),
  evidenceExpected: z.string().nullable(),
  scale: z.enum(['coherence', 'presence']),
  score: z.string().nullable(),
  scoreLabel: z.string(),
  evidence: z.string().nullable(),
  comment: z.string().nullable(),
  gap: z.boolean(),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});

const areaOut = z.object({
  key: z.string(),
  label: z.string(),
  score: z.number().int().nullable().describe('0–100; not applicable and unscored items left out'),
  scored: z.number().int(),
  notApplicable: z.number().int(),
  total: z.number().int(),
  gaps: z.number().int(),
});

export const assessmentSummaryOut = z.object({
  id: z.string(),
  round: z.number().int(),
  createdAt: z.string(),
  overallScore: z.number().int().nullable(),
  gaps: z.number().int(),
  answered: z.number().int(),
  href: z.string(),
});

export const assessmentOut = assessmentSummaryOut.extend({
  templates: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      version: z.number().int(),
      title: z.string(),
      kind: z.enum(['sector', 'governance']),
      scale: z.enum(['coherence', 'presence']),
    }),
  ),
  areas: z.array(areaOut),
  items: z.array(scoredItemOut),
});

export const itemOut = scoredItemOut;
export type ScoredItemOut = z.infer<typeof scoredItemOut>;
