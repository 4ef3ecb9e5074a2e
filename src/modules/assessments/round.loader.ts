import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import { notFound } from '../../web/errors.ts';
import { loadProcessSpace, type ProcessAction, type ProcessSpace } from '../processes/index.ts';
import { presentItem, presentTemplateInRound, type ScoredItem } from './assessment.presenter.ts';
import {
  findAssessment,
  findRound,
  itemScores,
  listAssessments,
  scoreValues,
  templatesOfAssessment,
} from './assessment.repository.ts';
import { type Comparison, compareRounds, quickResult } from './assessment.results.ts';
import type { AssessmentRow } from './assessment.table.ts';
import type { RoundSummary } from './round-list.views.tsx';
import type { Section } from './scoring.views.tsx';
import { presentTemplateSummary, type TemplateSummary } from './template.presenter.ts';
import { listTemplates } from './template.repository.ts';
import { parseTexts, pick } from './texts.ts';

export interface LoadedRound {
  context: ProcessSpace;
  assessment: AssessmentRow;
  sections: Section[];
  items: ScoredItem[];
}

/** A round with its items, after checking the actor may `action` on the process (else 404). */
export async function loadRound(
  db: Db,
  actor: Actor,
  i18n: Translator,
  processId: string,
  assessmentId: string,
  action: ProcessAction,
): Promise<LoadedRound> {
  const context = await loadProcessSpace(db.kysely, actor, processId, action, i18n);
  const assessment = await findAssessment(db.kysely, processId, assessmentId);
  if (!assessment) throw notFound();
  const [templates, rows] = await Promise.all([
    templatesOfAssessment(db.kysely, assessment.id),
    itemScores(db.kysely, [assessment.id]),
  ]);
  const items = rows.map((r) => presentItem(r, i18n));
  const sections = templates.map((row) => {
    const own = items.filter((i) => i.versionId === row.version_id);
    return {
      ...presentTemplateInRound(row, i18n),
      total: own.length,
      answered: own.filter((i) => i.score !== null).length,
    };
  });
  return { context, assessment, sections, items };
}

/** The section asked for (by template version id), or the first. */
export function pickSection(round: LoadedRound, wanted: unknown): Section {
  const section = round.sections.find((s) => s.versionId === wanted) ?? round.sections[0];
  if (!section) throw notFound();
  return section;
}

/** The assessments tab of a process: its rounds, and what starting the next one offers. */
export interface RoundList {
  rounds: RoundSummary[];
  /** The checklists the actor may start a round with (none when they may not edit the process). */
  templates: TemplateSummary[];
  /** The checklists of the last round, ticked for the next one unless the team chooses otherwise. */
  lastTemplateIds: string[];
}

/** Every round of the process with its quick result, newest first, and the templates to start one. */
export async function loadRoundList(db: Db, context: ProcessSpace, i18n: Translator): Promise<RoundList> {
  const processId = context.process.id;
  const rows = await listAssessments(db.kysely, processId);
  const values = await scoreValues(
    db.kysely,
    rows.map((r) => r.id),
  );
  const rounds = await Promise.all(
    rows.map(async (r) => {
      const own = values.filter((v) => v.assessment_id === r.id).map((v) => v.score);
      const templates = await templatesOfAssessment(db.kysely, r.id);
      return {
        id: r.id,
        round: r.round,
        createdAt: r.created_at,
        createdByName: r.created_by_name,
        templates: templates.map((tpl) => pick(parseTexts(tpl.title_json)!, i18n.locale).text),
        total: own.length,
        ...quickResult(own),
      };
    }),
  );
  const templates = context.may.edit
    ? (await listTemplates(db.kysely)).map((r) => presentTemplateSummary(r, i18n))
    : [];
  const last = rows[0] ? await templatesOfAssessment(db.kysely, rows[0].id) : [];
  return { rounds, templates, lastTemplateIds: last.map((tpl) => tpl.template_id) };
}

/** Two rounds of a process compared item by item, or why they cannot be (a catalogue key). */
export type RoundComparison = { ok: true; comparison: Comparison } | { ok: false; problemKey: string };

/** Compares round `from` with round `to` of the process. */
export async function loadComparison(
  db: Db,
  processId: string,
  from: number,
  to: number,
  i18n: Translator,
): Promise<RoundComparison> {
  const [a, b] = await Promise.all([
    findRound(db.kysely, processId, from),
    findRound(db.kysely, processId, to),
  ]);
  if (!a || !b) return { ok: false, problemKey: 'assessment.compare.unknownRound' };
  if (a.id === b.id) return { ok: false, problemKey: 'assessment.compare.sameRound' };
  const items = (await itemScores(db.kysely, [a.id, b.id])).map((r) => presentItem(r, i18n));
  return {
    ok: true,
    comparison: compareRounds(
      items.filter((i) => i.assessmentId === a.id),
      items.filter((i) => i.assessmentId === b.id),
    ),
  };
}
