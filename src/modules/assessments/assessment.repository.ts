import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { AssessmentRow, ItemScoreRow } from './assessment.table.ts';

export async function listAssessments(db: Kysely<Database>, processId: string) {
  return db
    .selectFrom('assessments as a')
    .leftJoin('users as u', 'u.id', 'a.created_by')
    .select(['a.id', 'a.round', 'a.created_at', 'a.updated_at', 'u.name as created_by_name'])
    .where('a.process_id', '=', processId)
    .orderBy('a.round', 'desc')
    .execute();
}

export async function findAssessment(
  db: Kysely<Database>,
  processId: string,
  assessmentId: string,
): Promise<AssessmentRow | undefined> {
  return db
    .selectFrom('assessments')
    .selectAll()
    .where('id', '=', assessmentId)
    .where('process_id', '=', processId)
    .executeTakeFirst();
}

export async function findRound(
  db: Kysely<Database>,
  processId: string,
  round: number,
): Promise<AssessmentRow | undefined> {
  return db
    .selectFrom('assessments')
    .selectAll()
    .where('process_id', '=', processId)
    .where('round', '=', round)
    .executeTakeFirst();
}

export async function latestAssessment(
  db: Kysely<Database>,
  processId: string,
): Promise<AssessmentRow | undefined> {
  return db
    .selectFrom('assessments')
    .selectAll()
    .where('process_id', '=', processId)
    .orderBy('round', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The template versions of a round, in the order they were chosen. */
export async function templatesOfAssessment(db: Kysely<Database>, assessmentId: string) {
  return db
    .selectFrom('assessment_templates as at')
    .innerJoin('checklist_template_versions as v', 'v.id', 'at.template_version_id')
    .innerJoin('checklist_templates as t', 't.id', 'v.template_id')
    .select([
      'v.id as version_id',
      'v.version',
      'v.title_json',
      't.id as template_id',
      't.slug',
      't.kind',
      't.scale',
      't.sector',
      't.level',
      't.current_version',
    ])
    .where('at.assessment_id', '=', assessmentId)
    .orderBy('at.position')
    .execute();
}

export type AssessmentTemplateRow = Awaited<ReturnType<typeof templatesOfAssessment>>[number];

/** Every item of one or more rounds with its score, question, template and any action made from it. */
export async function itemScores(db: Kysely<Database>, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .selectFrom('assessment_item_scores as s')
    .innerJoin('checklist_template_items as i', 'i.id', 's.template_item_id')
    .innerJoin('assessment_templates as at', (join) =>
      join
        .onRef('at.assessment_id', '=', 's.assessment_id')
        .onRef('at.template_version_id', '=', 'i.template_version_id'),
    )
    .innerJoin('checklist_template_versions as v', 'v.id', 'i.template_version_id')
    .innerJoin('checklist_templates as t', 't.id', 'v.template_id')
    .leftJoin('users as u', 'u.id', 's.updated_by')
    .leftJoin('assessment_gap_actions as g', 'g.item_score_id', 's.id')
    .select([
      's.id',
      's.assessment_id',
      's.score',
      's.evidence',
      's.comment',
      's.version',
      's.updated_at',
      'u.name as updated_by_name',
      'i.item_key',
      'i.domain',
      'i.position',
      'i.question_json',
      'i.guidance_json',
      'i.evidence_json',
      'v.id as version_id',
      'v.title_json',
      't.id as template_id',
      't.slug',
      't.kind',
      't.scale',
      't.sector',
      't.level',
      'g.action_href',
    ])
    .where('s.assessment_id', 'in', assessmentIds)
    .orderBy('s.assessment_id')
    .orderBy('at.position')
    .orderBy('i.position')
    .execute();
}

export type ItemScoreDetail = Awaited<ReturnType<typeof itemScores>>[number];

/** Only what the overview and list need: each round's score values. */
export async function scoreValues(db: Kysely<Database>, assessmentIds: string[]) {
  if (assessmentIds.length === 0) return [];
  return db
    .selectFrom('assessment_item_scores')
    .select(['assessment_id', 'score'])
    .where('assessment_id', 'in', assessmentIds)
    .execute();
}

/** One score row with the scale of its item, only if it belongs to that round of that process. */
export async function findScoreForUpdate(
  trx: Transaction<Database>,
  processId: string,
  assessmentId: string,
  scoreId: string,
) {
  return trx
    .selectFrom('assessment_item_scores as s')
    .innerJoin('assessments as a', 'a.id', 's.assessment_id')
    .innerJoin('checklist_template_items as i', 'i.id', 's.template_item_id')
    .innerJoin('checklist_template_versions as v', 'v.id', 'i.template_version_id')
    .innerJoin('checklist_templates as t', 't.id', 'v.template_id')
    .selectAll('s')
    .select(['t.scale', 'a.round', 'i.question_json', 'v.title_json', 't.kind', 'i.domain'])
    .where('s.id', '=', scoreId)
    .where('s.assessment_id', '=', assessmentId)
    .where('a.process_id', '=', processId)
    .executeTakeFirst();
}

/** Saves a score only if nobody saved it since `version` was read; false when someone did. */
export async function updateScore(
  trx: Transaction<Database>,
  scoreId: string,
  version: number,
  values: Pick<ItemScoreRow, 'score' | 'evidence' | 'comment' | 'updated_at' | 'updated_by'>,
): Promise<boolean> {
  const result = await trx
    .updateTable('assessment_item_scores')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', scoreId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The versions of every item of a round, for the page's "changed since you loaded it" check. */
export async function scoreVersions(db: Kysely<Database>, assessmentId: string) {
  return db
    .selectFrom('assessment_item_scores as s')
    .leftJoin('users as u', 'u.id', 's.updated_by')
    .select(['s.id', 's.version', 'u.name as updated_by_name'])
    .where('s.assessment_id', '=', assessmentId)
    .execute();
}
