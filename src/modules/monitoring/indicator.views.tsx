import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, Form, TextField } from '../../web/components/form.tsx';
import { Tag } from '../../web/components/tag.tsx';
import { useT } from '../../web/view-context.ts';
import { ProcessFrame, type ProcessSpace } from '../processes/index.ts';
import { formatValue, progressSentence } from './indicator.format.ts';
import type { Indicator, ReportedValue } from './indicator.presenter.ts';
import type { LockRow } from './indicator.repository.ts';
import { LinkRow, ProgressBar, TagIds } from './monitoring.components.tsx';
import type { TermRecord } from './monitoring.tags.ts';

/** Years with a target and no report, in words, never colour alone. */
export function MissingReports({ years }: { years: number[] }) {
  const { t, locale } = useT();
  if (years.length === 0) return null;
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(years.map(String));
  return (
    <p class="missing-reports">
      <Tag label={t('indicator.missing.tag')} tone="error" /> {t('indicator.missing.years', { years: list })}
    </p>
  );
}

function ProgressCell({ indicator }: { indicator: Indicator }) {
  const i18n = useT();
  const { progress } = indicator;
  const sentence = progressSentence(i18n, progress, indicator.baseline !== null);
  return (
    <>
      {progress.percent !== null ? (
        <ProgressBar percent={Math.max(0, Math.min(100, progress.percent))} label={indicator.name} />
      ) : null}
      <p class="small">{sentence}</p>
    </>
  );
}

function LocksPanel({
  context,
  locks,
  error,
  year,
}: {
  context: ProcessSpace;
  locks: LockRow[];
  error?: string;
  year?: string;
}) {
  const i18n = useT();
  const { t } = i18n;
  const base = `/processes/${context.process.id}/indicators/locks`;
  return (
    <section aria-labelledby="locks-title" class="locks">
      <h3 id="locks-title">{t('indicator.lock.title')}</h3>
      <p class="muted">{t('indicator.lock.hint')}</p>
      {locks.length === 0 ? (
        <p>{t('indicator.lock.none')}</p>
      ) : (
        <ul class="plain-list">
          {locks.map((lock) => (
            <li>
              <Tag label={t('indicator.lock.locked')} tone="warning" />{' '}
              {t('indicator.lock.row', {
                year: lock.year,
                date: i18n.date(lock.locked_at, 'long'),
                name: lock.locked_by_name ?? t('monitoring.someone'),
              })}
              {context.may.manage ? (
                <Form action={`${base}/${lock.year}/unlock`} class="inline-form">
                  {' '}
                  <button type="submit" class="link-button">
                    {t('indicator.lock.unlock', { year: lock.year })}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {context.may.manage ? (
        <Form action={base} class="form inline-fields">
          <TextField
            name="year"
            label={t('indicator.lock.year')}
            hint={t('indicator.lock.yearHint')}
            value={year ?? ''}
            error={error}
            width="short"
          />
          <Button kind="secondary">{t('indicator.lock.submit')}</Button>
        </Form>
      ) : null}
    </section>
  );
}

export function IndicatorListPage({
  context,
  indicators,
  locks,
  terms,
  lockError,
  lockYear,
}: {
  context: ProcessSpace;
  indicators: Indicator[];
  locks: LockRow[];
  terms: TermRecord[];
  lockError?: string;
  lockYear?: string;
}) {
  const i18n = useT();
  const { t } = i18n;
  const base = `/processes/${context.process.id}/indicators`;
  const missing = indicators.filter((i) => i.progress.missingYears.length > 0).length;
  return (
    <ProcessFrame
      process={context.frame}
      active="indicators"
      actions={
        context.may.edit ? (
          <a class="button button--primary" href={`${base}/new`}>
            {t('indicator.add')}
          </a>
        ) : undefined
      }
    >
      {missing > 0 ? (
        <div class="notice notice--warning">
          <p>{t('indicator.missing.notice', { count: missing })}</p>
        </div>
      ) : null}
      {indicators.length === 0 ? (
        <EmptyState message={t('indicator.list.empty')}>
          {context.may.edit ? (
            <p>
              <a href={`${base}/new`}>{t('indicator.add')}</a>
            </p>
          ) : null}
        </EmptyState>
      ) : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{t('indicator.tab')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('indicator.field.name')}</th>
                <th scope="col">{t('indicator.field.baseline')}</th>
                <th scope="col">{t('indicator.latest')}</th>
                <th scope="col">{t('indicator.target')}</th>
                <th scope="col">{t('indicator.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => (
                <tr>
                  <td>
                    <a href={`${base}/${indicator.id}`} dir="auto">
                      {indicator.name}
                    </a>
                    <p class="small muted">
                      {t(`indicator.unit.${indicator.unit}`)} ·{' '}
                      {t(`indicator.direction.${indicator.direction}`)}
                    </p>
                    <TagIds ids={indicator.tags} terms={terms} />
                    <MissingReports years={indicator.progress.missingYears} />
                  </td>
                  <td class="figure">
                    {indicator.baseline ? (
                      t('indicator.valueInYear', {
                        value: formatValue(i18n, indicator.unit, indicator.baseline.value),
                        year: indicator.baseline.year,
                      })
                    ) : (
                      <span class="muted">{t('monitoring.notGiven')}</span>
                    )}
                  </td>
                  <td class="figure">
                    {indicator.progress.latest ? (
                      t('indicator.valueInPeriod', {
                        value: formatValue(i18n, indicator.unit, indicator.progress.latest.value),
                        period: indicator.progress.latest.period,
                      })
                    ) : (
                      <span class="muted">{t('indicator.noValues')}</span>
                    )}
                  </td>
                  <td class="figure">
                    {indicator.progress.target ? (
                      t('indicator.valueInYear', {
                        value: formatValue(i18n, indicator.unit, indicator.progress.target.value),
                        year: indicator.progress.target.year,
                      })
                    ) : (
                      <span class="muted">{t('monitoring.notGiven')}</span>
                    )}
                  </td>
                  <td>
                    <ProgressCell indicator={indicator} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LinkRow>
        <a href={`${base}/export.csv`}>{t('monitoring.download.csv')}</a>
        {' · '}
        <a href={`${base}/export.xlsx`}>{t('monitoring.download.xlsx')}</a>
        {context.may.edit ? (
          <>
            {' · '}
            <a href={`${base}/import`}>{t('indicator.import.link')}</a>
          </>
        ) : null}
      </LinkRow>
      <LocksPanel context={context} locks={locks} error={lockError} year={lockYear} />
    </ProcessFrame>
  );
}

export function valueLabel(t: (key: string) => string, value: Pick<ReportedValue, 'sex' | 'age'>): string {
  const parts = [
    value.sex !== '_T' ? t(`indicator.sex.${value.sex}`) : '',
    value.age !== '_T' ? t(`indicator.age.${value.age}`) : '',
  ];
  return parts.filter(Boolean).join(', ') || t('indicator.sex._T');
}
