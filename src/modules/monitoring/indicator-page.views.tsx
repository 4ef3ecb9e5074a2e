import { Tag } from '../../web/components/tag.tsx';
import { useT } from '../../web/view-context.ts';
import { ProcessFrame, type ProcessSpace } from '../processes/index.ts';
import { formatValue, progressSentence } from './indicator.format.ts';
import type { Indicator, ReportedValue } from './indicator.presenter.ts';
import { MissingReports, valueLabel } from './indicator.views.tsx';
import { DateText, TagIds } from './monitoring.components.tsx';
import type { TermRecord } from './monitoring.tags.ts';

/** One indicator: its definition, the chart of progress against targets, targets and values. */
export function IndicatorPage({
  context,
  indicator,
  values,
  chart,
  terms,
}: {
  context: ProcessSpace;
  indicator: Indicator;
  values: ReportedValue[];
  chart: string | null;
  terms: TermRecord[];
}) {
  const i18n = useT();
  const { t } = i18n;
  const base = `/processes/${context.process.id}/indicators/${indicator.id}`;
  const totals = values.filter((v) => v.sex === '_T' && v.age === '_T');
  return (
    <ProcessFrame
      process={context.frame}
      active="indicators"
      title={indicator.name}
      trail={[{ label: indicator.name }]}
      actions={
        context.may.edit ? (
          <a class="button button--primary" href={`${base}/values/new`}>
            {t('indicator.value.add')}
          </a>
        ) : undefined
      }
    >
      <MissingReports years={indicator.progress.missingYears} />
      <p>{progressSentence(i18n, indicator.progress, indicator.baseline !== null)}</p>
      <dl class="details">
        {indicator.definition ? (
          <>
            <dt>{t('indicator.field.definition')}</dt>
            <dd dir="auto">{indicator.definition}</dd>
          </>
        ) : null}
        <dt>{t('indicator.field.unit')}</dt>
        <dd>{t(`indicator.unit.${indicator.unit}`)}</dd>
        <dt>{t('indicator.field.direction')}</dt>
        <dd>{t(`indicator.direction.${indicator.direction}`)}</dd>
        <dt>{t('indicator.field.disaggregation')}</dt>
        <dd>{t(`indicator.disaggregation.${indicator.disaggregation}`)}</dd>
        <dt>{t('indicator.field.baseline')}</dt>
        <dd class="figure">
          {indicator.baseline ? (
            t('indicator.valueInYear', {
              value: formatValue(i18n, indicator.unit, indicator.baseline.value),
              year: indicator.baseline.year,
            })
          ) : (
            <span class="muted">{t('monitoring.notGiven')}</span>
          )}
        </dd>
        {indicator.dataCode ? (
          <>
            <dt>{t('indicator.field.dataCode')}</dt>
            <dd>
              <code>{indicator.dataCode}</code>
            </dd>
          </>
        ) : null}
        {indicator.tags.length > 0 ? (
          <>
            <dt>{t('monitoring.tags')}</dt>
            <dd>
              <TagIds ids={indicator.tags} terms={terms} />
            </dd>
          </>
        ) : null}
      </dl>
      {context.may.edit ? (
        <p>
          <a href={`${base}/edit`}>{t('indicator.edit')}</a>
        </p>
      ) : null}

      <h3>{t('indicator.chart.title')}</h3>
      {chart ? (
        <figure class="chart">
          {/* It scrolls sideways on a phone: focusable, so that the keyboard can scroll it too. */}
          <section
            class="chart__frame"
            aria-label={t('indicator.chart.title')}
            tabindex={0}
            dangerouslySetInnerHTML={{ __html: chart }}
          />
          <figcaption class="muted">
            {t('indicator.chart.caption', { unit: t(`indicator.unit.${indicator.unit}`) })}{' '}
            <a href={`${base}/chart.csv`}>{t('monitoring.download.csv')}</a>
          </figcaption>
          <details>
            <summary>{t('indicator.chart.table')}</summary>
            <ChartTable indicator={indicator} totals={totals} />
          </details>
        </figure>
      ) : (
        <p class="muted">{t('indicator.chart.empty')}</p>
      )}

      <h3>{t('indicator.targets')}</h3>
      {indicator.targets.length === 0 ? (
        <p class="muted">{t('indicator.targets.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('indicator.year')}</th>
                <th scope="col" class="num">
                  {t('indicator.target')}
                </th>
              </tr>
            </thead>
            <tbody>
              {indicator.targets.map((target) => (
                <tr>
                  <td>{target.year}</td>
                  <td class="num">{formatValue(i18n, indicator.unit, target.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3>{t('indicator.values')}</h3>
      {values.length === 0 ? (
        <p class="muted">{t('indicator.noValues')}</p>
      ) : (
        <section class="table-wrap" aria-label={t('indicator.values')} tabindex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('indicator.field.period')}</th>
                <th scope="col">{t('indicator.field.group')}</th>
                <th scope="col" class="num">
                  {t('indicator.field.value')}
                </th>
                <th scope="col">{t('indicator.field.source')}</th>
                <th scope="col">{t('indicator.field.reportedOn')}</th>
                <th scope="col">{t('indicator.field.reportedBy')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('monitoring.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {values.map((value) => (
                <tr>
                  <td>{value.period}</td>
                  <td>{valueLabel(t, value)}</td>
                  <td class="num">{formatValue(i18n, indicator.unit, value.value)}</td>
                  <td dir="auto">{value.source ?? <span class="muted">{t('monitoring.notGiven')}</span>}</td>
                  <td>
                    <DateText iso={value.reportedOn} />
                  </td>
                  <td>{value.reportedBy?.name ?? <span class="muted">{t('monitoring.someone')}</span>}</td>
                  <td>
                    {value.locked ? (
                      <Tag label={t('indicator.lock.locked')} tone="warning" />
                    ) : context.may.edit ? (
                      <a href={`${base}/values/${value.id}/edit`}>
                        {t('indicator.value.change')}
                        <span class="visually-hidden">
                          {' '}
                          {t('indicator.value.of', { period: value.period, group: valueLabel(t, value) })}
                        </span>
                      </a>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <p>
        <a href={`/processes/${context.process.id}/indicators`}>{t('indicator.backToList')}</a>
      </p>
    </ProcessFrame>
  );
}

/** The chart's data as a table: each year with the reported total and the target. */
function ChartTable({ indicator, totals }: { indicator: Indicator; totals: ReportedValue[] }) {
  const i18n = useT();
  const { t } = i18n;
  const rows = chartRows(indicator, totals);
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('indicator.field.period')}</th>
            <th scope="col" class="num">
              {t('indicator.chart.reported')}
            </th>
            <th scope="col" class="num">
              {t('indicator.target')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <td>
                {row.period}
                {row.baseline ? ` (${t('indicator.field.baseline')})` : ''}
              </td>
              <td class="num">
                {row.reported === null ? '—' : formatValue(i18n, indicator.unit, row.reported)}
              </td>
              <td class="num">{row.target === null ? '—' : formatValue(i18n, indicator.unit, row.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The rows behind the chart, shared by its table and its CSV: one per period, in time order. */
export function chartRows(indicator: Indicator, totals: Pick<ReportedValue, 'period' | 'value'>[]) {
  const rows = new Map<
    string,
    { period: string; reported: number | null; target: number | null; baseline: boolean }
  >();
  const row = (period: string) => {
    let found = rows.get(period);
    if (!found) {
      found = { period, reported: null, target: null, baseline: false };
      rows.set(period, found);
    }
    return found;
  };
  if (indicator.baseline) {
    const baselineRow = row(String(indicator.baseline.year));
    baselineRow.baseline = true;
    baselineRow.reported = indicator.baseline.value;
  }
  for (const total of totals) row(total.period).reported = total.value;
  for (const target of indicator.targets) row(String(target.year)).target = target.value;
  return [...rows.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
}
