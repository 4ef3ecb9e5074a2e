import type { Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { GapActionCreator } from '../../module-kit/manifest.ts';
import { findScoreForUpdate, updateScore } from './assessment.repository.ts';
import type { ItemScoreInput } from './assessment.schema.ts';
import type { ItemScoreRow } from './assessment.table.ts';
import { isGap, isScoreOf } from './scale.ts';
import { parseTexts, pick } from './texts.ts';

/** Field → catalogue key of what to fix. */
export type ItemProblems = Partial<Record<'score' | 'evidence' | 'comment', string>>;

type CurrentScore = Pick<
  ItemScoreRow,
  'id' | 'score' | 'evidence' | 'comment' | 'updated_at' | 'updated_by'
> & {
  version: number;
};

export type ItemSaveResult =
  | { ok: true; value: { id: string; version: number; changed: boolean } }
  | { ok: false; kind: 'not-found' }
  | { ok: false; kind: 'invalid'; errors: ItemProblems }
  | { ok: false; kind: 'conflict'; current: CurrentScore };

export type StartResult =
  | { ok: true; value: { id: string; round: number } }
  | { ok: false; kind: 'invalid'; errors: { templates: string } }
  | { ok: false; kind: 'conflict' };

/**
 * Starts the next round of a process with the current versions of the chosen templates, one score
 * row per item. Later edits to the templates make new versions and leave this round's items alone.
 */
export async function startRound(
  db: Db,
  actorId: string | null,
  processId: string,
  templateIds: string[],
): Promise<StartResult> {
  const ids = [...new Set(templateIds)];
  if (ids.length === 0)
    return { ok: false, kind: 'invalid', errors: { templates: 'assessment.error.templates' } };
  try {
    return await db.kysely.transaction().execute(async (trx) => {
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
      if (versions.length !== ids.length)
        return {
          ok: false,
          kind: 'invalid',
          errors: { templates: 'assessment.error.templateUnknown' },
        } as const;
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
      return { ok: true, value: { id, round } } as const;
    });
  } catch (error) {
    // Two people started a round at the same moment: the unique (process, round) refused one.
    if (/unique|duplicate/i.test(String((error as Error).message))) return { ok: false, kind: 'conflict' };
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
): Promise<ItemSaveResult> {
  const row = await findScoreForUpdate(trx, target.processId, target.assessmentId, target.scoreId);
  if (!row) return { ok: false, kind: 'not-found' };
  if (input.score !== null && !isScoreOf(row.scale, input.score))
    return { ok: false, kind: 'invalid', errors: { score: 'assessment.error.score' } };
  const current = { ...row, version: Number(row.version) };
  // Saving what is already there is never a conflict, even from a page loaded before.
  if (sameValues(row, input))
    return { ok: true, value: { id: row.id, version: current.version, changed: false } };
  if (current.version !== version) return { ok: false, kind: 'conflict', current };
  const at = now();
  const saved = await updateScore(trx, row.id, version, { ...input, updated_at: at, updated_by: actorId });
  if (!saved) {
    const fresh = await findScoreForUpdate(trx, target.processId, target.assessmentId, target.scoreId);
    return {
      ok: false,
      kind: 'conflict',
      current: { ...(fresh ?? row), version: Number(fresh?.version ?? row.version) },
    };
  }
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
  return { ok: true, value: { id: row.id, version: version + 1, changed: true } };
}

/** Saves one item's score, unless someone else saved that item since `version` was read. */
export function saveItem(
  db: Db,
  target: { processId: string; assessmentId: string; scoreId: string },
  input: ItemScoreInput,
  version: number,
  actorId: string | null,
): Promise<ItemSaveResult> {
  return db.kysely.transaction().execute((trx) => saveInTransaction(trx, target, input, version, actorId));
}

export interface BatchEntry {
  scoreId: string;
  input: ItemScoreInput;
  version: number;
}

export type BatchResult =
  | { ok: true; saved: string[]; conflicts: Map<string, CurrentScore> }
  | { ok: false; kind: 'not-found' }
  | { ok: false; kind: 'invalid'; errors: Map<string, ItemProblems> };

/**
 * "Save all changed": every changed item is saved unless someone else saved it meanwhile; those
 * are reported one by one, with both versions, and nothing of the user's is dropped.
 */
export async function saveChangedItems(
  db: Db,
  target: { processId: string; assessmentId: string },
  entries: BatchEntry[],
  actorId: string | null,
): Promise<BatchResult> {
  return db.kysely.transaction().execute(async (trx) => {
    const saved: string[] = [];
    const conflicts = new Map<string, CurrentScore>();
    const invalid = new Map<string, ItemProblems>();
    for (const entry of entries) {
      const row = await findScoreForUpdate(trx, target.processId, target.assessmentId, entry.scoreId);
      if (!row) return { ok: false, kind: 'not-found' } as const;
      if (entry.input.score !== null && !isScoreOf(row.scale, entry.input.score))
        invalid.set(entry.scoreId, { score: 'assessment.error.score' });
    }
    if (invalid.size > 0) return { ok: false, kind: 'invalid', errors: invalid } as const;
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
      } else if (result.kind === 'conflict') conflicts.set(entry.scoreId, result.current);
    }
    return { ok: true, saved, conflicts } as const;
  });
}

export type GapActionResult =
  | { ok: true; value: { href: string } }
  | { ok: false; kind: 'not-found' | 'not-a-gap' | 'already' };

/** Turns a gap into an action of the process, in one transaction with the link and its audit row. */
export async function turnGapIntoAction(
  db: Db,
  creator: GapActionCreator,
  target: { processId: string; assessmentId: string; scoreId: string },
  actorId: string | null,
  i18n: Translator,
): Promise<GapActionResult> {
  return db.kysely.transaction().execute(async (trx) => {
    const row = await findScoreForUpdate(trx, target.processId, target.assessmentId, target.scoreId);
    if (!row) return { ok: false, kind: 'not-found' } as const;
    if (!isGap(row.score)) return { ok: false, kind: 'not-a-gap' } as const;
    const existing = await trx
      .selectFrom('assessment_gap_actions')
      .select('action_id')
      .where('item_score_id', '=', row.id)
      .executeTakeFirst();
    if (existing) return { ok: false, kind: 'already' } as const;
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
    return { ok: true, value: { href: action.href } } as const;
  });
}
