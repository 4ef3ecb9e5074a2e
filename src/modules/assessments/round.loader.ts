import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/connection.ts';
import type { Translator } from '../../i18n/translator.ts';
import { notFound } from '../../web/errors.ts';
import { loadProcessSpace, type ProcessAction, type ProcessSpace } from '../processes/index.ts';
import { presentItem, presentTemplateInRound, type ScoredItem } from './assessment.presenter.ts';
import { findAssessment, itemScores, templatesOfAssessment } from './assessment.repository.ts';
import type { AssessmentRow } from './assessment.table.ts';
import type { Section } from './scoring.views.tsx';

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
