import type { Translator } from '../../i18n/translator.ts';
import type { ProcessReportProvider } from '../../module-kit/manifest.ts';
import { useT } from '../../web/view-context.ts';
import { presentItem, type ScoredItem, scoreLabel } from './assessment.presenter.ts';
import { itemScores, listAssessments } from './assessment.repository.ts';
import { type AreaResult, roundResult } from './assessment.results.ts';
import { ScoreFigure, ScoreTag, Shown } from './shared.views.tsx';

/** The newest result of one checklist: the round it comes from, its areas and its gaps. */
interface LatestResult {
  assessmentId: string;
  round: number;
  date: string;
  checklist: string;
  areas: AreaResult[];
  gaps: ScoredItem[];
}

/**
 * The latest round of each checklist the process has used (a round may score only some of them,
 * so a checklist left out of round 2 keeps its round 1 result), newest round first.
 */
export function latestResults(
  rounds: { id: string; round: number; created_at: string }[],
  items: ScoredItem[],
): LatestResult[] {
  const seen = new Set<string>();
  const results: LatestResult[] = [];
  for (const round of [...rounds].sort((a, b) => b.round - a.round)) {
    const own = items.filter((i) => i.assessmentId === round.id);
    const checklists = [...new Set(own.map((i) => i.templateSlug))].filter((slug) => !seen.has(slug));
    for (const slug of checklists) {
      seen.add(slug);
      const ofChecklist = own.filter((i) => i.templateSlug === slug);
      const result = roundResult(ofChecklist);
      results.push({
        assessmentId: round.id,
        round: round.round,
        date: round.created_at,
        checklist: ofChecklist[0]!.templateTitle.text,
        areas: result.areas,
        gaps: result.gaps,
      });
    }
  }
  return results;
}

const scoreText = (i18n: Translator, score: number | null) =>
  score === null
    ? i18n.t('assessment.result.noScore')
    : i18n.t('assessment.result.outOf100', { score: i18n.number(score) });

function AssessmentReport({ processId, results }: { processId: string; results: LatestResult[] }) {
  const i18n = useT();
  const { t } = i18n;
  if (results.length === 0) return <p class="muted">{t('assessment.list.empty')}</p>;
  const gaps = results.flatMap((r) => r.gaps.map((gap) => ({ gap, result: r })));
  return (
    <>
      <p>{t('assessment.report.lead')}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('assessment.field.area')}</th>
              <th scope="col">{t('assessment.field.round')}</th>
              <th scope="col" class="num">
                {t('assessment.field.score')}
              </th>
              <th scope="col" class="num">
                {t('assessment.field.gaps')}
              </th>
            </tr>
          </thead>
          <tbody>
            {results.flatMap((r) =>
              r.areas.map((area) => (
                <tr>
                  <th scope="row" dir="auto">
                    {area.label}
                  </th>
                  <td>
                    <a href={`/processes/${processId}/assessments/${r.assessmentId}/results`}>
                      {t('assessment.round', { round: r.round })}
                    </a>{' '}
                    <span class="muted small">{i18n.date(r.date)}</span>
                  </td>
                  <td class="num">
                    <ScoreFigure value={area.score} />
                  </td>
                  <td class="num">{i18n.number(area.gaps)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <h4>{t('assessment.report.gaps', { count: gaps.length })}</h4>
      {gaps.length === 0 ? (
        <p class="muted">{t('assessment.gaps.none')}</p>
      ) : (
        <ul class="assessment-gaps">
          {gaps.map(({ gap, result }) => (
            <li class="assessment-gap">
              <p class="assessment-gap__question">
                <span dir="auto">{gap.area.label}</span>: <Shown text={gap.question} />{' '}
                <ScoreTag score={gap.score} />
              </p>
              <p class="small muted">
                <a href={`/processes/${processId}/assessments/${result.assessmentId}/results#gap-${gap.id}`}>
                  {t('assessment.round', { round: result.round })}
                </a>
                {gap.actionHref ? (
                  <>
                    {' · '}
                    <a href={gap.actionHref}>{t('assessment.gap.seeAction')}</a>
                  </>
                ) : (
                  ` · ${t('assessment.report.noAction')}`
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * The process report's assessment results: for each checklist its latest round, with the score
 * per sector (or governance domain) and the gaps, each saying whether an action answers it.
 */
export const assessmentReportSection: ProcessReportProvider = async (db, process, _actor, i18n) => {
  const rounds = await listAssessments(db.kysely, process.id);
  const items = (
    await itemScores(
      db.kysely,
      rounds.map((r) => r.id),
    )
  ).map((row) => presentItem(row, i18n));
  const results = latestResults(rounds, items);
  const { t } = i18n;
  const area = t('assessment.field.area');
  const round = t('assessment.field.round');
  const rows = [
    ...results.flatMap((r) =>
      r.areas.map((a) => ({
        [area]: a.label,
        [round]: t('assessment.round', { round: r.round }),
        [t('assessment.field.score')]: scoreText(i18n, a.score),
        [t('assessment.field.gaps')]: a.gaps,
      })),
    ),
    ...results.flatMap((r) =>
      r.gaps.map((gap) => ({
        [t('assessment.report.gap')]: gap.question.text,
        [area]: gap.area.label,
        [round]: t('assessment.round', { round: r.round }),
        [t('assessment.field.score')]: scoreLabel(i18n, gap.score),
        [t('assessment.report.action')]: gap.actionHref
          ? t('assessment.report.hasAction')
          : t('assessment.report.noAction'),
      })),
    ),
  ];
  return {
    order: 30,
    titleKey: 'assessment.report.heading',
    node: <AssessmentReport processId={process.id} results={results} />,
    rows,
    empty: t('assessment.list.empty'),
  };
};
