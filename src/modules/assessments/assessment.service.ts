import type { Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import {
  conflict,
  invalid,
  notFound,
  ok,
  type Problems,
  type Result,
  refused,
  transact,
} from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { GapActionCreator } from '../../module-kit/manifest.ts';
import { findScoreForUpdate, updateScore } from './assessment.repository.ts';
import type { ItemScoreInput } from './assessment.schema.ts';
import { isGap, isScoreOf } from './scale.ts';
import { parseTexts, pick } from './texts.ts';

/** One item saved: its version now, and whether anything changed. */
export interface ItemSaved {
  id: string;
  version: number;
  changed: boolean;
}

/**
 * Starts the next round of a process with the current versions of the chosen templates, one score
 * row per item. Later edits to the templates make new versions and leave this round's items alone.
 */
export async function startRound(
  db: Db,
  actorId: string | null,
  processId: string,
  templateIds: string[],
): Promise<Result<{ id: string; round: number }>> {
  const ids = [...new Set(templateIds)];
  if (ids.length === 0) return invalid({ templates: 'assessment.error.templates' });
  try {
    return await transact(db.kysely, async (trx) => {
      const versions = await trx
        .selectFrom('checklist_templates as t')
        .innerJoin('checklist_template_versions as v', (join) =>
          join.onRef('v.template_id', '=', 't.id').onRef('v.version', '=', 't.current_version'),
        )
        .select(['t.id as template_id', 'v.id as version_id', 't.position', 't.slug'])
        .where('t.id', 'in', ids)
        .orderBy('t.position')
        .orderBy('t.slug')
        .execute();
      if (versions.length !== ids.length) return invalid({ templates: 'assessment.error.templateUnknown' });
      const last = await trx
        .selectFrom('assessments')
        .select((eb) => eb.fn.max('round').as('round'))
        .where('process_id', '=', processId)
        .executeTakeFirst();
      const round = Number(last?.round ?? 0) + 1;
      const id = newId();
      const at = now();
      await trx
        .insertInto('assessments')
        .values({ id, process_id: processId, round, created_at: at, created_by: actorId, updated_at: at })
        .execute();
      await trx
        .insertInto('assessment_templates')
        .values(
          versions.map((v, position) => ({ assessment_id: id, template_version_id: v.version_id, position })),
        )
        .execute();
      const items = await trx
        .selectFrom('checklist_template_items')
        .select('id')
        .where(
          'template_version_id',
          'in',
          versions.map((v) => v.version_id),
        )
        .execute();
      await trx
        .insertInto('assessment_item_scores')
        .values(
          items.map((item) => ({
            id: newId(),
            assessment_id: id,
            template_item_id: item.id,
            score: null,
            evidence: null,
            comment: null,
            updated_at: null,
            updated_by: null,
          })),
        )
        .execute();
      await recordAudit(trx, {
        actorId,
        action: 'assessment.start',
        entityType: 'assessment',
        entityId: id,
        after: { processId, round, templates: versions.map((v) => v.slug), items: items.length },
      });
      return ok({ id, round });
    });
  } catch (error) {
    // Two people started a round at the same moment: the unique (process, round) refused one.
    if (/unique|duplicate/i.test(String((error as Error).message))) return conflict();
    throw error;
  }
}

function sameValues(
  a: { score: string | null; evidence: string | null; comment: string | null },
  b: ItemScoreInput,
) {
  return a.score === b.score && (a.evidence ?? null) === b.evidence && (a.comment ?? null) === b.comment;
}

/** Saves one item in the caller's transaction (shared by the single save and "save all changed"). */
async function saveInTransaction(
  trx: Transaction<Database>,
  target: { processId: string; assessmentId: string; scoreId: string },
  input: ItemScoreInput,
  version: number,
  actorId: string | null,
): Promise<Result<ItemSaved>> {
  const row = await findScoreForUpdate(trx, target.processId, target.assessmentId, target.scoreId);
  if (!row) return notFound();
  if (input.score !== null && !isScoreOf(row.scale, input.score))
    return invalid({ score: 'assessment.error.score' });
  const current = Number(row.version);
  // Saving what is already there is never a conflict, even from a page loaded before.
  if (sameValues(row, input)) return ok({ id: row.id, version: current, changed: false });
  if (current !== version) return conflict(current);
  const at = now();
  const saved = await updateScore(trx, row.id, version, { ...input, updated_at: at, updated_by: actorId });
  if (!saved) return conflict(version + 1);
  await trx
    .updateTable('assessments')
    .set({ updated_at: at })
    .where('id', '=', target.assessmentId)
    .execute();
  await recordAudit(trx, {
    actorId,
    action: 'assessment.item.score',
    entityType: 'assessment_item_score',
    entityId: row.id,
    before: { score: row.score, evidence: row.evidence, comment: row.comment, version },
    after: { ...input, version: version + 1 },
  });
  return ok({ id: row.id, version: version + 1, changed: true });
}

/** Saves one item's score, unless someone else saved that item since `version` was read. */
export function saveItem(
  db: Db,
  target: { processId: string; assessmentId: string; scoreId: string },
  input: ItemScoreInput,
  version: number,
  actorId: string | null,
): Promise<Result<ItemSaved>> {
  return transact(db.kysely, (trx) => saveInTransaction(trx, target, input, version, actorId));
}

export interface BatchEntry {
  scoreId: string;
  input: ItemScoreInput;
  version: number;
}

/** What "save all changed" did: the items saved, and those someone else saved meanwhile. */
export interface BatchSaved {
  saved: string[];
  conflicts: string[];
}

/**
 * "Save all changed": every changed item is saved unless someone else saved it meanwhile; those
 * are reported one by one, with both versions, and nothing of the user's is dropped. A score off
 * an item's scale refuses the whole batch; its problem is on `items.<id>.score`, as the form
 * names the field.
 */
export async function saveChangedItems(
  db: Db,
  target: { processId: string; assessmentId: string },
  entries: BatchEntry[],
  actorId: string | null,
): Promise<Result<BatchSaved>> {
  return transact(db.kysely, async (trx) => {
    const saved: string[] = [];
    const conflicts: string[] = [];
    const problems: Problems = {};
    for (const entry of entries) {
      const row = await findScoreForUpdate(trx, target.processId, target.assessmentId, entry.scoreId);
      if (!row) return notFound();
      if (entry.input.score !== null && !isScoreOf(row.scale, entry.input.score))
        problems[`items.${entry.scoreId}.score`] = { key: 'assessment.error.score' };
    }
    if (Object.keys(problems).length > 0) return invalid(problems);
    for (const entry of entries) {
      const result = await saveInTransaction(
        trx,
        { ...target, scoreId: entry.scoreId },
        entry.input,
        entry.version,
        actorId,
      );
      if (result.ok) {
        if (result.value.changed) saved.push(entry.scoreId);
      } else if (result.kind === 'conflict') conflicts.push(entry.scoreId);
    }
    return ok({ saved, conflicts });
  });
}

/**
 * Turns a gap into an action of the process, in one transaction with the link and its audit row.
 * An item that is not a gap, or one already turned into an action, is refused (`_form` says why).
 */
export async function turnGapIntoAction(
  db: Db,
  creator: GapActionCreator,
  target: { processId: string; assessmentId: string; scoreId: string },
  actorId: string | null,
  i18n: Translator,
): Promise<Result<{ href: string }>> {
  return transact(db.kysely, async (trx) => {
    const row = await findScoreForUpdate(trx, target.processId, target.assessmentId, target.scoreId);
    if (!row) return notFound();
    if (!isGap(row.score)) return refused({ _form: 'assessment.flash.notAGap' });
    const existing = await trx
      .selectFrom('assessment_gap_actions')
      .select('action_id')
      .where('item_score_id', '=', row.id)
      .executeTakeFirst();
    if (existing) return refused({ _form: 'assessment.flash.actionExists' });
    const question = pick(parseTexts(row.question_json)!, i18n.locale).text;
    const template = pick(parseTexts(row.title_json)!, i18n.locale).text;
    const area =
      row.kind === 'governance' && row.domain ? i18n.t(`checklist.domain.${row.domain}`) : template;
    const title = question.length > 200 ? `${question.slice(0, 199)}…` : question;
    const href = `/processes/${target.processId}/assessments/${target.assessmentId}/results#gap-${row.id}`;
    const action = await creator(trx, {
      processId: target.processId,
      title,
      gapRef: {
        kind: 'assessment-item',
        id: row.id,
        assessmentId: target.assessmentId,
        round: row.round,
        label: i18n.t('assessment.gap.label', { round: row.round, area, question: title }),
        href,
      },
      actorId,
    });
    await trx
      .insertInto('assessment_gap_actions')
      .values({ item_score_id: row.id, action_id: action.id, action_href: action.href, created_at: now() })
      .execute();
    await recordAudit(trx, {
      actorId,
      action: 'assessment.gap.action',
      entityType: 'assessment_item_score',
      entityId: row.id,
      after: { actionId: action.id, title },
    });
    return ok({ href: action.href });
  });
}
