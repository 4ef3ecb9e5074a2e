import type { Kysely, Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import {
  conflict,
  invalid,
  notFound,
  ok,
  type Problem,
  type Problems,
  problemsOf,
  type Result,
  transact,
} from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import type { GapActionInput } from '../../module-kit/manifest.ts';
import { CURRENCIES, isIsoDate } from '../../web/form/index.ts';
import {
  findAction,
  insertAction,
  partnersOf,
  replacePartners,
  saveRollup,
  updateActionIfVersion,
} from './action.repository.ts';
import type { ActionInput } from './action.schema.ts';
import { LIMITS } from './monitoring.limits.ts';
import type { ActionsTable, Rollup } from './monitoring.table.ts';
import { setTags, tagIdsOf, unknownTermIds } from './monitoring.tags.ts';
import { type OrganisationMatch, organisationLabel, resolveOrganisations } from './organisation-lookup.ts';

/** Who acts, on which process. The route has already checked the actor may edit it. */
export interface ActionContext {
  processId: string;
  actorId: string | null;
}

const tooLong = (key: string, max: number): Problem => ({ key, values: { max } });

/** The rules of one action that need no database: lengths, dates in order, budget, progress. */
export function actionRuleProblems(input: ActionInput): Problems {
  const problems: Problems = {};
  if (input.title === '') problems.title = { key: 'action.error.titleRequired' };
  else if (input.title.length > LIMITS.title)
    problems.title = tooLong('action.error.titleTooLong', LIMITS.title);
  if (input.answers && input.answers.length > LIMITS.answers)
    problems.answers = tooLong('action.error.answersTooLong', LIMITS.answers);
  if (input.gapRef && input.gapRef.length > LIMITS.gapRef)
    problems.gapRef = tooLong('action.error.gapRefTooLong', LIMITS.gapRef);
  if (input.fundingSource && input.fundingSource.length > LIMITS.fundingSource)
    problems.fundingSource = tooLong('action.error.fundingSourceTooLong', LIMITS.fundingSource);
  if (input.partners.length > LIMITS.partners)
    problems.partners = tooLong('action.error.tooManyPartners', LIMITS.partners);
  if (input.startDate !== null && !isIsoDate(input.startDate))
    problems.startDate = { key: 'action.error.startDate.real' };
  if (input.endDate !== null && !isIsoDate(input.endDate))
    problems.endDate = { key: 'action.error.endDate.real' };
  if (
    !problems.startDate &&
    !problems.endDate &&
    input.startDate &&
    input.endDate &&
    input.endDate < input.startDate
  )
    problems.endDate = { key: 'action.error.endBeforeStart', dates: { start: input.startDate } };
  if (input.budgetMinor !== null && (!Number.isSafeInteger(input.budgetMinor) || input.budgetMinor < 0))
    problems.budgetAmount = { key: 'action.error.budgetNegative' };
  if (input.currency !== null && !CURRENCIES.has(input.currency))
    problems.currency = {
      key: 'action.error.currencyUnknown',
      values: { code: input.currency.slice(0, 10) },
    };
  if (!problems.budgetAmount && input.budgetMinor !== null && input.currency === null)
    problems.currency = { key: 'action.error.currencyRequired' };
  if (!problems.currency && input.budgetMinor === null && input.currency !== null && !problems.budgetAmount)
    problems.budgetAmount = { key: 'action.error.budgetRequired' };
  if (!Number.isInteger(input.progress) || input.progress < 0 || input.progress > 100)
    problems.progress = { key: 'action.error.progress' };
  return problems;
}

function organisationProblem(ref: string, match: OrganisationMatch | undefined): Problem {
  const suggestions =
    match && match.kind !== 'found' && match.suggestions.length > 0
      ? match.suggestions.map(organisationLabel).join('; ')
      : '';
  const ambiguous = match?.kind === 'ambiguous';
  return {
    key: ambiguous
      ? 'action.error.organisationAmbiguous'
      : suggestions
        ? 'action.error.organisationSuggest'
        : 'action.error.organisationUnknown',
    values: { name: ref.slice(0, 100), suggestions },
  };
}

/** Every rule of an action: its own, then the organisations and tags it names. */
async function checkAction(
  trx: Kysely<Database>,
  dialect: Db['dialect'],
  input: ActionInput,
): Promise<Result<{ responsibleId: string | null; partnerIds: string[] }>> {
  const problems = actionRuleProblems(input);
  const refs = [...(input.responsibleOrganisation ? [input.responsibleOrganisation] : []), ...input.partners];
  const found = await resolveOrganisations(trx, dialect, refs.slice(0, LIMITS.partners + 1));
  const idOf = (ref: string) => {
    const match = found.get(ref.trim());
    return match?.kind === 'found' ? match.organisation.id : null;
  };
  let responsibleId: string | null = null;
  if (input.responsibleOrganisation) {
    responsibleId = idOf(input.responsibleOrganisation);
    if (!responsibleId)
      problems.responsibleOrganisation = organisationProblem(
        input.responsibleOrganisation,
        found.get(input.responsibleOrganisation.trim()),
      );
  }
  const partnerIds: string[] = [];
  if (!problems.partners)
    input.partners.forEach((ref, row) => {
      const id = idOf(ref);
      if (!id) problems[`partners.${row}`] = organisationProblem(ref, found.get(ref.trim()));
      else if (id === responsibleId || partnerIds.includes(id))
        problems[`partners.${row}`] = {
          key: 'action.error.partnerTwice',
          values: { name: ref.slice(0, 100) },
        };
      else partnerIds.push(id);
    });
  const unknownTags = await unknownTermIds(trx, input.tags.slice(0, 200));
  if (unknownTags.length > 0 || input.tags.length > 200)
    problems.tags = {
      key: 'action.error.tagsUnknown',
      values: { codes: unknownTags.slice(0, 5).join(', ') },
    };
  return Object.keys(problems).length > 0 ? invalid(problems) : ok({ responsibleId, partnerIds });
}

/** The problems the service would find, without saving (for a form that also failed elsewhere). */
export async function actionProblems(db: Db, input: ActionInput): Promise<Problems> {
  const checked = await checkAction(db.kysely, db.dialect, input);
  return checked.ok ? {} : problemsOf(checked);
}

function columns(input: ActionInput, responsibleId: string | null) {
  const done = input.status === 'done';
  return {
    title: input.title,
    answers: input.answers,
    gap_ref: input.gapRef,
    responsible_organisation_id: responsibleId,
    start_date: input.startDate,
    end_date: input.endDate,
    budget_minor: input.budgetMinor,
    currency: input.budgetMinor === null ? null : input.currency,
    funding_source: input.fundingSource,
    status: input.status,
    // A done action is complete, whatever was typed: the roll-up and the list must agree.
    progress: done ? 100 : input.progress,
    stage: input.stage,
    shared_with_pair: input.sharedWithPair ? 1 : 0,
  } satisfies Partial<ActionsTable>;
}

/** Adds an action to a process's plan. */
export async function createAction(
  db: Db,
  context: ActionContext,
  input: ActionInput,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const checked = await checkAction(trx, db.dialect, input);
    if (!checked.ok) return checked;
    const { responsibleId, partnerIds } = checked.value;
    const id = newId();
    const at = now();
    const values = columns(input, responsibleId);
    await insertAction(trx, {
      id,
      process_id: context.processId,
      ...values,
      gap_href: null,
      created_by: context.actorId,
      created_at: at,
      updated_at: at,
    });
    await replacePartners(trx, id, partnerIds);
    await setTags(trx, 'action', id, input.tags);
    await recordAudit(trx, {
      actorId: context.actorId,
      action: 'action.create',
      entityType: 'action',
      entityId: id,
      after: { process_id: context.processId, ...values, partners: partnerIds, tags: input.tags },
    });
    return ok({ id });
  });
}

/** Saves a new version of an action, unless someone saved another since `version` was read. */
export async function updateAction(
  db: Db,
  context: ActionContext,
  actionId: string,
  version: number,
  input: ActionInput,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const current = await findAction(trx, context.processId, actionId);
    if (!current) return notFound();
    if (current.version !== version) return conflict(current.version);
    const checked = await checkAction(trx, db.dialect, input);
    if (!checked.ok) return checked;
    const { responsibleId, partnerIds } = checked.value;
    const values = columns(input, responsibleId);
    const [partners, tags] = await Promise.all([
      partnersOf(trx, [actionId]),
      tagIdsOf(trx, 'action', [actionId]),
    ]);
    if (!(await updateActionIfVersion(trx, actionId, version, { ...values, updated_at: now() })))
      return conflict(version + 1);
    await replacePartners(trx, actionId, partnerIds);
    await setTags(trx, 'action', actionId, input.tags);
    await recordAudit(trx, {
      actorId: context.actorId,
      action: 'action.update',
      entityType: 'action',
      entityId: actionId,
      before: {
        ...snapshot(current),
        partners: (partners.get(actionId) ?? []).map((p) => p.id),
        tags: tags.get(actionId) ?? [],
      },
      after: { ...values, partners: partnerIds, tags: input.tags },
    });
    return ok({ id: actionId });
  });
}

/** The audited columns of a stored action. */
export function snapshot(row: Pick<ActionsTable, keyof ReturnType<typeof columns>>): Record<string, unknown> {
  return {
    title: row.title,
    answers: row.answers,
    gap_ref: row.gap_ref,
    responsible_organisation_id: row.responsible_organisation_id,
    start_date: row.start_date,
    end_date: row.end_date,
    budget_minor: row.budget_minor,
    currency: row.currency,
    funding_source: row.funding_source,
    status: row.status,
    progress: row.progress,
    stage: row.stage,
    shared_with_pair: row.shared_with_pair,
  };
}

/**
 * Turns a gap of an assessment into a planned action in one step, inside the caller's
 * transaction (the assessments module calls this through the manifest, after checking that the
 * actor may edit the process). Title and reference are trimmed to the action's limits.
 */
export async function createActionFromGap(
  trx: Transaction<Database>,
  input: GapActionInput,
): Promise<{ id: string; href: string }> {
  const process = await trx
    .selectFrom('processes')
    .select('id')
    .where('id', '=', input.processId)
    .executeTakeFirst();
  if (!process) throw new Error(`No process ${input.processId}`);
  const title = input.title.trim().slice(0, LIMITS.title) || input.gapRef.label.slice(0, LIMITS.title);
  const id = newId();
  const at = now();
  const values = {
    title,
    answers: null,
    gap_ref: input.gapRef.label.trim().slice(0, LIMITS.gapRef) || null,
    responsible_organisation_id: null,
    start_date: null,
    end_date: null,
    budget_minor: null,
    currency: null,
    funding_source: null,
    status: 'planned' as const,
    progress: 0,
    stage: null,
    shared_with_pair: 0,
  };
  await insertAction(trx, {
    id,
    process_id: input.processId,
    ...values,
    gap_href: input.gapRef.href,
    created_by: input.actorId,
    created_at: at,
    updated_at: at,
  });
  await recordAudit(trx, {
    actorId: input.actorId,
    action: 'action.create',
    entityType: 'action',
    entityId: id,
    after: { process_id: input.processId, ...values, from_gap: true },
  });
  return { id, href: `/processes/${input.processId}/actions/${id}` };
}

/** Chooses how action progress rolls up for a process. */
export async function setRollup(
  db: Db,
  context: ActionContext,
  rollup: Rollup,
): Promise<Result<{ rollup: Rollup }>> {
  return transact(db.kysely, async (trx) => {
    const before = await trx
      .selectFrom('monitoring_settings')
      .select('rollup')
      .where('process_id', '=', context.processId)
      .executeTakeFirst();
    await saveRollup(trx, context.processId, rollup, context.actorId, now());
    await recordAudit(trx, {
      actorId: context.actorId,
      action: 'monitoring.rollup',
      entityType: 'process',
      entityId: context.processId,
      before: { rollup: before?.rollup ?? 'average' },
      after: { rollup },
    });
    return ok({ rollup });
  });
}
