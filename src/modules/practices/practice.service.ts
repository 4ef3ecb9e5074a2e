import { recordAudit } from '../../audit/audit.repository.ts';
import { type Actor, actorId } from '../../auth/actor.ts';
import {
  conflict,
  notFound,
  ok,
  type Problems,
  problemsOf,
  type Result,
  transact,
} from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import { newId, now } from '../../db/ids.ts';
import { removeDocumentsOf } from '../../documents/index.ts';
import { today } from '../../web/form/index.ts';
import { setTags } from '../taxonomy/index.ts';
import { type CheckedPractice, checkPractice } from './practice.checks.ts';
import { PRACTICE_DOCUMENTS } from './practice.documents.ts';
import { canCreatePractice } from './practice.policy.ts';
import {
  insertPractice,
  practiceRow,
  replacePracticeParts,
  updatePracticeRow,
} from './practice.repository.ts';
import type { PracticeInput } from './practice.schema.ts';
import { standingOf } from './practice.standing.ts';

/** The problems the service would find with `input`, without saving anything. */
export async function practiceProblems(
  db: Db,
  input: PracticeInput,
  practiceId: string | null,
): Promise<Problems> {
  const current = practiceId ? await practiceRow(db.kysely, practiceId) : undefined;
  const checked = await checkPractice(db.kysely, input, practiceId, today(), current?.call_id ?? null);
  return checked.ok ? {} : problemsOf(checked);
}

function columns(input: PracticeInput, checked: CheckedPractice) {
  return {
    title: input.title,
    summary: input.summary,
    locale: input.locale,
    country_alpha3: input.country,
    region: input.region,
    city: input.city,
    level: input.level,
    origin_alpha3: input.origin,
    destination_alpha3: input.destination,
    target_groups: input.targetGroups,
    start_date: input.startYear,
    end_date: input.endYear,
    budget_minor: checked.budgetMinor,
    currency: checked.budgetMinor === null ? null : input.currency,
    funders: input.funders,
    activities: input.activities,
    results: input.results,
    inst_budget_line: input.budgetLine ? 1 : 0,
    inst_local_law: input.localLaw ? 1 : 0,
    inst_plan: input.plan ? 1 : 0,
    call_id: input.callId,
    replicates_id: input.replicatesId,
    replication_progress: input.replicatesId ? input.replicationProgress : null,
  };
}

function parts(input: PracticeInput, checked: CheckedPractice) {
  const translations = [
    { field: 'title' as const, locale: input.locale, text: input.title, is_original: 1 },
    { field: 'summary' as const, locale: input.locale, text: input.summary, is_original: 1 },
    ...input.translations.flatMap((t) => [
      ...(t.title ? [{ field: 'title' as const, locale: t.locale, text: t.title, is_original: 0 }] : []),
      ...(t.summary
        ? [{ field: 'summary' as const, locale: t.locale, text: t.summary, is_original: 0 }]
        : []),
    ]),
  ];
  return { translations, organisations: checked.organisations, evidence: input.evidence, links: input.links };
}

/** Writes up a new practice as a draft of its author. */
export async function createPractice(
  db: Db,
  actor: Actor,
  input: PracticeInput,
  options: { demo?: boolean } = {},
): Promise<Result<{ id: string }>> {
  if (!canCreatePractice(actor) && !options.demo) return notFound();
  return transact(db.kysely, async (trx) => {
    const checked = await checkPractice(trx, input, null, today());
    if (!checked.ok) return checked;
    const id = newId();
    const at = now();
    const values = columns(input, checked.value);
    await insertPractice(trx, {
      id,
      ...values,
      status: 'draft',
      promising: 0,
      review_average: null,
      review_spread: null,
      review_count: 0,
      needs_third: 0,
      demo: options.demo ? 1 : 0,
      created_by: actorId(actor),
      created_at: at,
      updated_at: at,
      submitted_at: null,
      published_at: null,
    });
    await replacePracticeParts(trx, id, parts(input, checked.value));
    const tags = await setTags(trx, 'practice', id, input.tags);
    await recordAudit(trx, {
      actorId: actorId(actor),
      action: 'practice.create',
      entityType: 'practice',
      entityId: id,
      after: { ...values, organisations: checked.value.organisations, tags: tags.added },
    });
    return ok({ id });
  });
}

/** Saves a new version of a practice, unless someone saved another since `version` was read. */
export async function updatePractice(
  db: Db,
  actor: Actor,
  id: string,
  version: number,
  input: PracticeInput,
): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const current = await practiceRow(trx, id);
    if (!current) return notFound();
    const may = await standingOf(trx, actor, current);
    if (!may.edit) return notFound();
    if (current.version !== version) return conflict(current.version);
    const checked = await checkPractice(trx, input, id, today(), current.call_id);
    if (!checked.ok) return checked;
    const values = columns(input, checked.value);
    if (!(await updatePracticeRow(trx, id, version, { ...values, updated_at: now() })))
      return conflict(version + 1);
    await replacePracticeParts(trx, id, parts(input, checked.value));
    const tags = await setTags(trx, 'practice', id, input.tags);
    const { version: _v, ...before } = current;
    await recordAudit(trx, {
      actorId: actorId(actor),
      action: 'practice.update',
      entityType: 'practice',
      entityId: id,
      before,
      after: { ...values, organisations: checked.value.organisations, tags },
    });
    return ok({ id });
  });
}

/** Deletes a practice with its documents: the author's draft, or any practice by a moderator. */
export async function deletePractice(db: Db, actor: Actor, id: string): Promise<Result<{ id: string }>> {
  return transact(db.kysely, async (trx) => {
    const current = await practiceRow(trx, id);
    if (!current) return notFound();
    const may = await standingOf(trx, actor, current);
    if (!may.read) return notFound();
    if (!may.delete) return notFound();
    await removeDocumentsOf(trx, PRACTICE_DOCUMENTS, id, actorId(actor));
    await setTags(trx, 'practice', id, []);
    await trx.deleteFrom('practices').where('id', '=', id).execute();
    const { version: _v, ...before } = current;
    await recordAudit(trx, {
      actorId: actorId(actor),
      action: 'practice.delete',
      entityType: 'practice',
      entityId: id,
      before,
    });
    return ok({ id });
  });
}
