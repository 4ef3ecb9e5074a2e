import { useT } from '../../web/view-context.ts';
import { ScoreFigure } from './shared.views.tsx';

/** "Round 2: 58 / 100, 7 gaps" with links, or an invitation to start the first round. */
export function PanelBody({
  base,
  latest,
}: {
  base: string;
  latest: {
    id: string;
    round: number;
    overall: number | null;
    gaps: number;
    answered: number;
    total: number;
  } | null;
}) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <section class="card" aria-labelledby="assessment-summary">
      <h2 id="assessment-summary">{t('assessment.tab')}</h2>
      {latest ? (
        <>
          <p>
            {t('assessment.panel.latest', { round: latest.round })}: <ScoreFigure value={latest.overall} />
          </p>
          <p>
            {t('assessment.panel.gaps', { count: latest.gaps })} ·{' '}
            {t('assessment.progress', {
              answered: i18n.number(latest.answered),
              total: i18n.number(latest.total),
            })}
          </p>
          <p>
            <a href={`${base}/${latest.id}/results`}>{t('assessment.results.link')}</a>
          </p>
        </>
      ) : (
        <p>
          {t('assessment.panel.none')} <a href={base}>{t('assessment.panel.start')}</a>
        </p>
      )}
    </section>
  );
}
