import type { Translator } from '../../i18n/translator.ts';
import type { ProcessReportProvider } from '../../module-kit/manifest.ts';
import { useT } from '../../web/view-context.ts';
import { loadActions } from './action.load.ts';
import { type Action, rollupItem } from './action.presenter.ts';
import { rollupOf } from './action.repository.ts';
import { RollupSentence } from './action.views.tsx';
import { formatValue, progressSentence } from './indicator.format.ts';
import { loadIndicators } from './indicator.load.ts';
import type { Indicator } from './indicator.presenter.ts';
import { ActionStatusTags, DateText, ProgressBar } from './monitoring.components.tsx';
import { type RollupResult, rollUp } from './rollup.ts';

function latestText(i18n: Translator, indicator: Indicator): string {
  const { latest } = indicator.progress;
  return latest
    ? i18n.t('indicator.valueInPeriod', {
        value: formatValue(i18n, indicator.unit, latest.value),
        period: latest.period,
      })
    : i18n.t('indicator.noValues');
}

function targetText(i18n: Translator, indicator: Indicator): string {
  const { target } = indicator.progress;
  return target
    ? i18n.t('indicator.valueInYear', {
        value: formatValue(i18n, indicator.unit, target.value),
        year: target.year,
      })
    : i18n.t('monitoring.notGiven');
}

/** The action plan as the printable report shows it: read-only, no links to edit. */
function ActionsReport({ actions, plan }: { actions: Action[]; plan: RollupResult }) {
  const { t } = useT();
  if (actions.length === 0) return <p class="muted">{t('action.list.empty')}</p>;
  return (
    <>
      <RollupSentence result={plan} />
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('action.field.title')}</th>
              <th scope="col">{t('action.field.endDate')}</th>
              <th scope="col">{t('action.field.status')}</th>
              <th scope="col">{t('action.field.progress')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr>
                <td dir="auto">
                  {action.title}
                  {action.answers || action.gapRef ? (
                    <p class="small muted" dir="auto">
                      {t('monitoring.report.answers', { what: action.answers || action.gapRef || '' })}
                    </p>
                  ) : null}
                </td>
                <td>
                  <DateText iso={action.endDate} />
                </td>
                <td>
                  <ActionStatusTags status={action.status} overdue={action.overdue} />
                </td>
                <td>
                  <ProgressBar percent={action.progress} label={action.title} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** The indicators with their latest value, target and progress, read-only. */
function IndicatorsReport({ indicators }: { indicators: Indicator[] }) {
  const i18n = useT();
  const { t } = i18n;
  if (indicators.length === 0) return <p class="muted">{t('monitoring.summary.noIndicators')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('indicator.field.name')}</th>
            <th scope="col">{t('indicator.latest')}</th>
            <th scope="col">{t('indicator.target')}</th>
            <th scope="col">{t('indicator.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr>
              <td dir="auto">{indicator.name}</td>
              <td class="figure">{latestText(i18n, indicator)}</td>
              <td class="figure">{targetText(i18n, indicator)}</td>
              <td>{progressSentence(i18n, indicator.progress, indicator.baseline !== null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The process report's sections on the action plan and on its indicators, each with its rows for
 * the PDF; both always appear, saying so when there is nothing yet.
 */
export const monitoringReportSection: ProcessReportProvider = async (db, process, _actor, i18n) => {
  const [actions, indicators, method] = await Promise.all([
    loadActions(db, process.id),
    loadIndicators(db, process.id),
    rollupOf(db.kysely, process.id),
  ]);
  const { t } = i18n;
  const plan = rollUp(actions.map(rollupItem), method);
  return [
    {
      order: 40,
      titleKey: 'action.list.title',
      node: <ActionsReport actions={actions} plan={plan} />,
      rows: actions.map((a) => ({
        [t('action.field.title')]: a.title,
        [t('action.field.status')]: a.overdue
          ? `${t(`action.status.${a.status}`)}, ${t('action.overdue')}`
          : t(`action.status.${a.status}`),
        [t('action.field.progress')]: t('monitoring.percent', { value: i18n.number(a.progress) }),
        [t('action.field.endDate')]: a.endDate ? i18n.date(a.endDate, 'long') : '',
        [t('action.field.answers')]: a.answers || a.gapRef || '',
      })),
      empty: t('action.list.empty'),
    },
    {
      order: 50,
      titleKey: 'indicator.tab',
      node: <IndicatorsReport indicators={indicators} />,
      rows: indicators.map((i) => ({
        [t('indicator.field.name')]: i.name,
        [t('indicator.latest')]: latestText(i18n, i),
        [t('indicator.target')]: targetText(i18n, i),
        [t('indicator.progress')]: progressSentence(i18n, i.progress, i.baseline !== null),
      })),
      empty: t('monitoring.summary.noIndicators'),
    },
  ];
};
