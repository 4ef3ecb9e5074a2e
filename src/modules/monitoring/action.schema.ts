import { z } from 'zod';
import type { Problems } from '../../commands/index.ts';
import {
  amountText,
  asBody,
  type DateParts,
  datePartsOf,
  itemsOf,
  listOf,
  NO_DATE,
  parseAmount,
  readFullDate,
  textOf,
  toDateParts,
} from '../../web/form/index.ts';
import { idParam, processParams } from '../../web/params.ts';
import { LIMITS } from './monitoring.limits.ts';
import { ACTION_STATUSES, type ActionStatus, STAGE_KEYS, type StageKey } from './monitoring.table.ts';

/** What the action services take, from the form, the API, an upload or another module. */
export interface ActionInput {
  title: string;
  /** The gap or lesson the action answers, in words. */
  answers: string | null;
  /** A link reference to the gap (set by the assessments module). */
  gapRef: string | null;
  /** An organisation id, "Name (ACRONYM)", an acronym or a name. */
  responsibleOrganisation: string | null;
  partners: string[];
  startDate: string | null;
  endDate: string | null;
  budgetMinor: number | null;
  currency: string | null;
  fundingSource: string | null;
  status: ActionStatus;
  progress: number;
  stage: StageKey | null;
  tags: string[];
  sharedWithPair: boolean;
}

/** The action form as typed, all text: what the page is drawn from again after an error. */
export interface ActionDraft {
  title: string;
  answers: string;
  gapRef: string;
  responsibleOrganisation: string;
  partners: string[];
  startDate: DateParts;
  endDate: DateParts;
  budgetAmount: string;
  currency: string;
  fundingSource: string;
  status: string;
  progress: string;
  stage: string;
  tags: string[];
  sharedWithPair: boolean;
}

/** The order of fields on the form, which is also the order of the error summary. */
export const ACTION_FIELDS = [
  'title',
  'answers',
  'gapRef',
  'responsibleOrganisation',
  'partners',
  'startDate',
  'endDate',
  'budgetAmount',
  'currency',
  'fundingSource',
  'status',
  'progress',
  'stage',
  'tags',
] as const;

export const EMPTY_ACTION_DRAFT: ActionDraft = {
  title: '',
  answers: '',
  gapRef: '',
  responsibleOrganisation: '',
  partners: [],
  startDate: NO_DATE,
  endDate: NO_DATE,
  budgetAmount: '',
  currency: '',
  fundingSource: '',
  status: 'planned',
  progress: '0',
  stage: '',
  tags: [],
  sharedWithPair: false,
};

export function readActionDraft(raw: unknown): ActionDraft {
  const body = asBody(raw);
  return {
    title: textOf(body, 'title'),
    answers: textOf(body, 'answers'),
    gapRef: textOf(body, 'gapRef'),
    responsibleOrganisation: textOf(body, 'responsibleOrganisation'),
    partners: itemsOf(body, 'partners'),
    startDate: datePartsOf(body, 'startDate'),
    endDate: datePartsOf(body, 'endDate'),
    budgetAmount: textOf(body, 'budgetAmount'),
    currency: textOf(body, 'currency'),
    fundingSource: textOf(body, 'fundingSource'),
    status: textOf(body, 'status'),
    progress: textOf(body, 'progress'),
    stage: textOf(body, 'stage'),
    tags: listOf(body, 'tags'),
    sharedWithPair: textOf(body, 'sharedWithPair') === '1',
  };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * Reads the typed form into service input, field by field: every field that cannot be read is
 * reported, and the others still go to the service so that all problems show at once.
 */
export function parseActionDraft(draft: ActionDraft): { input: ActionInput; problems: Problems } {
  const problems: Problems = {};
  const date = (name: 'startDate' | 'endDate') => {
    const read = readFullDate(draft[name]);
    if (read.ok) return read.value;
    problems[name] = { key: `action.error.${name}.${read.problem}` };
    return null;
  };
  const amount = parseAmount(draft.budgetAmount, blankToNull(draft.currency)?.toUpperCase() ?? null);
  if (!amount.ok)
    problems.budgetAmount = {
      key: amount.problem === 'negative' ? 'action.error.budgetNegative' : 'action.error.budgetInvalid',
    };
  const status = (ACTION_STATUSES as readonly string[]).includes(draft.status)
    ? (draft.status as ActionStatus)
    : null;
  if (!status) problems.status = { key: 'action.error.status' };
  const progressText = draft.progress.trim().replace(/%$/, '').trim();
  let progress = 0;
  if (progressText !== '') {
    if (!/^\d{1,3}$/.test(progressText) || Number(progressText) > 100)
      problems.progress = { key: 'action.error.progress' };
    else progress = Number(progressText);
  }
  const stage =
    draft.stage === ''
      ? null
      : (STAGE_KEYS as readonly string[]).includes(draft.stage)
        ? (draft.stage as StageKey)
        : null;
  if (draft.stage !== '' && !stage) problems.stage = { key: 'action.error.stage' };
  const input: ActionInput = {
    title: draft.title.trim(),
    answers: blankToNull(draft.answers),
    gapRef: blankToNull(draft.gapRef),
    responsibleOrganisation: blankToNull(draft.responsibleOrganisation),
    partners: draft.partners.map((p) => p.trim()).filter(Boolean),
    startDate: date('startDate'),
    endDate: date('endDate'),
    budgetMinor: amount.ok ? amount.value : null,
    currency: blankToNull(draft.currency)?.toUpperCase() ?? null,
    fundingSource: blankToNull(draft.fundingSource),
    status: status ?? 'planned',
    progress,
    stage,
    tags: draft.tags,
    sharedWithPair: draft.sharedWithPair,
  };
  return { input, problems };
}

/** The edit form's starting values. */
export function draftFromAction(action: {
  title: string;
  answers: string | null;
  gapRef: string | null;
  responsibleLabel: string | null;
  partnerLabels: string[];
  startDate: string | null;
  endDate: string | null;
  budget: { amountMinor: number; currency: string } | null;
  fundingSource: string | null;
  status: string;
  progress: number;
  stage: string | null;
  tags: string[];
  sharedWithPair: boolean;
}): ActionDraft {
  return {
    title: action.title,
    answers: action.answers ?? '',
    gapRef: action.gapRef ?? '',
    responsibleOrganisation: action.responsibleLabel ?? '',
    partners: action.partnerLabels,
    startDate: toDateParts(action.startDate),
    endDate: toDateParts(action.endDate),
    budgetAmount: action.budget ? amountText(action.budget.amountMinor, action.budget.currency) : '',
    currency: action.budget?.currency ?? '',
    fundingSource: action.fundingSource ?? '',
    status: action.status,
    progress: String(action.progress),
    stage: action.stage ?? '',
    tags: action.tags,
    sharedWithPair: action.sharedWithPair,
  };
}

// ----- API -----

/** The shared process path parameter (decision 60). */
export { processParams };
/** `/processes/:id/actions/:actionId`: ids are checked by the lookups (a malformed one is a 404). */
export const actionParams = processParams.extend({ actionId: idParam.describe('Action id') });

export const actionListQuery = z.object({
  status: z.enum(ACTION_STATUSES).optional().describe('Only actions with this status'),
  overdue: z
    .enum(['true', 'false'])
    .optional()
    .describe('`true`: only overdue actions (end date past, not done or cancelled)'),
  limit: z.coerce.number().int().min(1).max(200).default(100).describe('Page size, 1 to 200'),
  cursor: z.string().max(60).optional().describe('The `next` value of the previous page'),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD');

/** The fields of an action in the API; organisations by id. */
const actionShape = {
  title: z
    .string()
    .max(LIMITS.title * 2)
    .describe('What will be done'),
  answers: z
    .string()
    .max(LIMITS.answers * 2)
    .nullable()
    .describe('The gap or lesson it answers'),
  gapRef: z
    .string()
    .max(LIMITS.gapRef * 2)
    .nullable()
    .describe('A link reference to an assessment gap'),
  responsibleOrganisationId: z.string().max(40).nullable().describe('Organisation id'),
  partnerIds: z
    .array(z.string().max(40))
    .max(LIMITS.partners * 2)
    .describe('Organisation ids'),
  startDate: isoDate.nullable().describe('YYYY-MM-DD'),
  endDate: isoDate.nullable().describe('YYYY-MM-DD, on or after the start'),
  budget: z
    .object({
      amountMinor: z
        .number()
        .int()
        .describe('The amount in the minor unit of the currency (cents for USD, none for JPY), 0 or more'),
      currency: z.string().max(3).describe('ISO 4217'),
    })
    .nullable(),
  fundingSource: z
    .string()
    .max(LIMITS.fundingSource * 2)
    .nullable(),
  status: z.enum(ACTION_STATUSES),
  progress: z.number().int().min(0).max(100).describe('Percent complete; a done action is 100'),
  stage: z.enum(STAGE_KEYS).nullable().describe('The GMG stage it belongs to'),
  tags: z.array(z.string().max(60)).max(100).describe('Taxonomy term ids, e.g. `sdg:10.7`'),
  sharedWithPair: z.boolean().describe('Shown read-only in the paired process'),
};

/** An action as the API takes it (POST): only the title is required. */
export const actionInputSchema = z.object({
  title: actionShape.title,
  answers: actionShape.answers.default(null),
  gapRef: actionShape.gapRef.default(null),
  responsibleOrganisationId: actionShape.responsibleOrganisationId.default(null),
  partnerIds: actionShape.partnerIds.default([]),
  startDate: actionShape.startDate.default(null),
  endDate: actionShape.endDate.default(null),
  budget: actionShape.budget.default(null),
  fundingSource: actionShape.fundingSource.default(null),
  status: actionShape.status.default('planned'),
  progress: actionShape.progress.default(0),
  stage: actionShape.stage.default(null),
  tags: actionShape.tags.default([]),
  sharedWithPair: actionShape.sharedWithPair.default(false),
});

/** A change to an action (PATCH): the fields to change, and the version read. */
export const actionPatchSchema = z
  .object(actionShape)
  .partial()
  .extend({ version: z.number().int().describe('The version you read; a stale one answers 409') });

export function toActionInput(body: z.output<typeof actionInputSchema>): ActionInput {
  return {
    title: body.title.trim(),
    answers: body.answers?.trim() || null,
    gapRef: body.gapRef?.trim() || null,
    responsibleOrganisation: body.responsibleOrganisationId,
    partners: body.partnerIds,
    startDate: body.startDate,
    endDate: body.endDate,
    budgetMinor: body.budget?.amountMinor ?? null,
    currency: body.budget?.currency.toUpperCase() ?? null,
    fundingSource: body.fundingSource?.trim() || null,
    status: body.status,
    progress: body.progress,
    stage: body.stage,
    tags: body.tags,
    sharedWithPair: body.sharedWithPair,
  };
}

/** Form field → JSON pointer of the API body, for problem+json answers. */
export const ACTION_POINTERS: Record<string, string> = {
  responsibleOrganisation: '/responsibleOrganisationId',
  budgetAmount: '/budget/amountMinor',
  currency: '/budget/currency',
};

const organisationOut = z.object({ id: z.string(), name: z.string(), acronym: z.string().nullable() });

export const actionOut = z.object({
  id: z.string(),
  processId: z.string(),
  title: z.string(),
  answers: z.string().nullable(),
  gapRef: z.string().nullable(),
  gapHref: z
    .string()
    .nullable()
    .describe('Where the assessment gap this action was made from is shown (set when made from a gap)'),
  responsibleOrganisation: organisationOut.nullable(),
  partners: z.array(organisationOut),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  budget: z.object({ amountMinor: z.number().int(), currency: z.string() }).nullable(),
  fundingSource: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  progress: z.number().int(),
  stage: z.enum(STAGE_KEYS).nullable(),
  tags: z.array(z.string()),
  sharedWithPair: z.boolean(),
  overdue: z.boolean().describe('End date past and neither done nor cancelled'),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
