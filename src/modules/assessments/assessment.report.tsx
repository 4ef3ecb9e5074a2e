import type { ProcessReportProvider } from '../manifest.ts';
import { presentItem } from './assessment.presenter.ts';
import { itemScores, latestAssessment } from './assessment.repository.ts';
import { roundResult } from './assessment.results.ts';
import { AreaTable } from './results.views.tsx';
import { ScoreFigure, ScoreTag, Shown } from './shared.views.tsx';

/**
 * The report's assessment section: the latest round's overall score, its score per sector or
 * domain and its gaps (the results page and the comparison of rounds have the rest).
 */
export const assessmentReportSection: ProcessReportProvider = async (db, process, _actor, i18n) => {
  const latest = await latestAssessment(db.kysely, process.id);
  if (!latest) return null;
  const items = (await itemScores(db.kysely, [latest.id])).map((row) => presentItem(row, i18n));
  const result = roundResult(items);
  const { t } = i18n;
  const outOf100 = (score: number | null) =>
    score === null
      ? t('assessment.result.noScore')
      : t('assessment.result.outOf100', { score: i18n.number(score) });
  const answered = `${i18n.number(result.answered)} ${t('assessment.result.ofTotal', { total: result.total })}`;
  return {
    order: 30,
    titleKey: 'assessment.report.heading',
    node: (
      <>
        <p>
          <a href={`/processes/${process.id}/assessments/${latest.id}/results`}>
            {t('assessment.round', { round: latest.round })}
          </a>
          {': '}
          {t('assessment.field.overall')} <ScoreFigure value={result.overall} /> ·{' '}
          {t('assessment.field.answered')} {answered}
        </p>
        <AreaTable areas={result.areas} />
        {result.gaps.length > 0 ? (
          <>
            <h3>{t('assessment.gaps.title')}</h3>
            <ul>
              {result.gaps.map((gap) => (
                <li>
                  <Shown text={gap.question} /> <ScoreTag score={gap.score} />{' '}
                  <span class="muted small">{gap.area.label}</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </>
    ),
    rows: [
      {
        [t('assessment.field.round')]: t('assessment.round', { round: latest.round }),
        [t('assessment.field.overall')]: outOf100(result.overall),
        [t('assessment.field.answered')]: answered,
        [t('assessment.field.gaps')]: result.gaps.length,
      },
      ...result.areas.map((area) => ({
        [t('assessment.field.area')]: area.label,
        [t('assessment.field.score')]: outOf100(area.score),
        [t('assessment.field.gaps')]: area.gaps,
      })),
      ...result.gaps.map((gap) => ({
        [t('assessment.report.gap')]: gap.question.text,
        [t('assessment.field.area')]: gap.area.label,
        [t('assessment.field.score')]: gap.score ? t(`assessment.score.${gap.score}`) : '',
      })),
    ],
  };
};
