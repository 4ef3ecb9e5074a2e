import { z } from 'zod';
import type { Translator } from '../../i18n/translator.ts';
import { describeHold, type presentReleaseRow } from './import.presenter.ts';
import { confirmedBy, HOLD_CODES, type HoldReason } from './release.checks.ts';

// What the import API answers, as its OpenAPI document describes it.

export const holdOut = z.object({
  code: z.enum(HOLD_CODES),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
  confirmWith: z
    .enum(['replace', 'acceptErrors'])
    .describe('The query flag of `POST /api/v1/imports` that confirms it (make-current confirms all)'),
});

export function holdList(i18n: Translator, reasons: HoldReason[] | undefined) {
  return (reasons ?? []).map((r) => ({ ...r, message: describeHold(i18n, r), confirmWith: confirmedBy(r) }));
}

const entryOut = z.object({
  file: z.string(),
  line: z.number().optional(),
  cell: z.string().optional(),
  reason: z.string(),
  values: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: z.string(),
});

const failureOut = z
  .object({
    code: z.string(),
    line: z.number().optional(),
    cell: z.string().optional(),
    values: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
  })
  .nullable();

export const releaseOut = z.object({
  id: z.string(),
  dataset: z.object({ code: z.string(), title: z.string() }),
  label: z.string(),
  fileName: z.string(),
  kind: z.string(),
  status: z.enum(['running', 'complete', 'failed', 'held']),
  isCurrent: z.boolean(),
  progress: z.number().nullable(),
  rowsRead: z.number(),
  valuesStored: z.number(),
  skipped: z.number(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

export const releaseReportOut = releaseOut.extend({
  sha256: z.string(),
  valuesMissing: z.number(),
  reasons: z.record(z.string(), z.number()),
  failure: failureOut,
  entries: z.array(entryOut),
  entriesCapped: z.boolean(),
  publisher: z.string().describe('The publisher this release credits (the file’s, or the one given)'),
  held: z.array(holdOut).describe('Why the release was not made current (status `held`)'),
  confirmed: z.array(holdOut).describe('What was confirmed when it was made current'),
});

export const problemOut = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number(),
    code: z.string(),
    detail: z.string(),
    instance: z.string(),
    failure: z
      .object({
        code: z.string(),
        line: z.number().optional(),
        cell: z.string().optional(),
        values: z.record(z.string(), z.union([z.string(), z.number()])),
      })
      .nullable()
      .optional()
      .describe('`ImportFailed`: why the file could not be read, and where'),
    errors: z
      .array(z.object({ location: z.string(), pointer: z.string(), detail: z.string() }))
      .optional()
      .describe('`ValidationFailed`: what to change, parameter by parameter'),
  })
  .describe('`ImportFailed` (the file cannot be read), `EmptyFile`, or `ValidationFailed`');

export const startOut = z.object({
  id: z.string().nullable(),
  status: z
    .enum(['running', 'unchanged', 'restored', 'not-current', 'dry-run'])
    .describe(
      '`unchanged`: this file is the current release; `restored`: it was stored but not current and is current again; `not-current`: it is stored but stays not current until confirmed (see `held`)',
    ),
  held: z.array(holdOut).optional(),
  rowsRead: z.number().optional(),
  valuesStored: z.number().optional(),
  skipped: z.number().optional(),
  reasons: z.record(z.string(), z.number()).optional(),
});

export function toReleaseOut(release: ReturnType<typeof presentReleaseRow>) {
  return {
    id: release.id,
    dataset: { code: release.datasetCode, title: release.datasetTitle },
    label: release.label,
    fileName: release.fileName,
    kind: release.kind,
    status: release.status,
    isCurrent: release.isCurrent,
    progress: release.progress,
    rowsRead: release.rowsRead,
    valuesStored: release.valuesStored,
    skipped: release.skipped,
    startedAt: release.startedAt,
    finishedAt: release.finishedAt,
  };
}
