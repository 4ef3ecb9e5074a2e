import type { Db } from '../../db/connection.ts';
import type { ProcessSummaryProvider } from '../../module-kit/manifest.ts';
import { useT } from '../../web/view-context.ts';
import { loadActions } from './action.load.ts';
import { rollupItem } from './action.presenter.ts';
import { rollupOf } from './action.repository.ts';
import { loadIndicators } from './indicator.load.ts';
import { ProgressBar } from './monitoring.components.tsx';
import { type RollupResult, rollUp } from './rollup.ts';

/** What the workspace overview shows of the plan and its monitoring. */
export interface MonitoringFigures {
  plan: RollupResult;
  actions: number;
  overdue: number;
  indicators: number;
  /** Indicator-years with a target, ended, without a reported total. */
  missingReports: number;
}

export async function monitoringFigures(db: Db, processId: string): Promise<MonitoringFigures> {
  const [actions, method, indicators] = await Promise.all([
    loadActions(db, processId),
    rollupOf(db.kysely, processId),
    loadIndicators(db, processId),
  ]);
  return {
    plan: rollUp(actions.map(rollupItem), method),
    actions: actions.length,
    overdue: actions.filter((a) => a.overdue).length,
    indicators: indicators.length,
    missingReports: indicators.reduce((n, i) => n + i.progress.missingYears.length, 0),
  };
}

function MonitoringPanel({ processId, figures }: { processId: string; figures: MonitoringFigures }) {
  const { t } = useT();
  return (
    <div class="card monitoring-summary">
      <h3>
        <a href={`/processes/${processId}/actions`}>{t('monitoring.summary.title')}</a>
      </h3>
      {figures.actions === 0 ? (
        <p class="muted">{t('monitoring.summary.noActions')}</p>
      ) : (
        <>
          <p>
            <ProgressBar percent={figures.plan.percent} label={t('action.rollup.plan')} />{' '}
            {t('monitoring.summary.plan', { count: figures.actions })}
          </p>
          <p>
            {figures.overdue === 0 ? (
              t('monitoring.summary.noOverdue')
            ) : (
              <a href={`/processes/${processId}/actions?overdue=1`}>
                {t('monitoring.summary.overdue', { count: figures.overdue })}
              </a>
            )}
          </p>
        </>
      )}
      {figures.indicators === 0 ? (
        <p class="muted">{t('monitoring.summary.noIndicators')}</p>
      ) : (
        <>
          <p>
            <a href={`/processes/${processId}/indicators`}>
              {t('monitoring.summary.indicators', { count: figures.indicators })}
            </a>
          </p>
          <p>
            {figures.missingReports === 0
              ? t('monitoring.summary.noMissing')
              : t('monitoring.summary.missing', { count: figures.missingReports })}
          </p>
        </>
      )}
    </div>
  );
}

/** The panel on the process overview: overall plan progress, overdue actions, missing reports. */
export const monitoringSummary: ProcessSummaryProvider = async (db, process) => {
  const figures = await monitoringFigures(db, process.id);
  return { order: 40, node: <MonitoringPanel processId={process.id} figures={figures} /> };
};
