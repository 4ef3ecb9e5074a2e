import type { ProcessSummaryProvider } from '../../module-kit/manifest.ts';
import { latestAssessment, scoreValues } from './assessment.repository.ts';
import { quickResult } from './assessment.results.ts';
import { PanelBody } from './panel.views.tsx';

/** The workspace overview's panel: the latest round's overall score and its gaps. */
export const assessmentSummary: ProcessSummaryProvider = async (db, process) => {
  const latest = await latestAssessment(db.kysely, process.id);
  const base = `/processes/${process.id}/assessments`;
  if (!latest) return { order: 30, node: <PanelBody base={base} latest={null} /> };
  const values = await scoreValues(db.kysely, [latest.id]);
  const quick = quickResult(values.map((v) => v.score));
  return {
    order: 30,
    node: (
      <PanelBody
        base={base}
        latest={{ id: latest.id, round: latest.round, total: values.length, ...quick }}
      />
    ),
  };
};
