import type { Translator } from '../../i18n/translator.ts';
import type { IndicatorProgress } from './indicator.presenter.ts';
import type { IndicatorUnit } from './monitoring.table.ts';

/** A figure in its unit and the reader's language: "62.5%", "US$1,200", "3,400". */
export function formatValue(i18n: Translator, unit: IndicatorUnit, value: number): string {
  switch (unit) {
    case 'percent':
      return i18n.t('monitoring.percent', { value: i18n.number(value, { maximumFractionDigits: 2 }) });
    case 'usd':
      return i18n.number(value, { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });
    default:
      return i18n.number(value, { maximumFractionDigits: 4 });
  }
}

/** A short tick label for chart axes ("1.2M", "40%"). */
export function tickFormat(i18n: Translator, unit: IndicatorUnit) {
  return (value: number) =>
    unit === 'percent'
      ? i18n.t('monitoring.percent', { value: i18n.number(value, { maximumFractionDigits: 0 }) })
      : i18n.number(value, { notation: 'compact', maximumFractionDigits: 1 });
}

/** Progress against target in words: "62% of the way from the baseline to the 2020 target". */
export function progressSentence(
  i18n: Translator,
  progress: IndicatorProgress,
  hasBaseline: boolean,
): string {
  const { t } = i18n;
  if (!progress.target) return t('indicator.progress.noTarget');
  if (!progress.latest) return t('indicator.progress.noValue');
  if (!hasBaseline) return t('indicator.progress.noBaseline');
  if (progress.percent === null)
    return t('indicator.progress.targetIsBaseline', { year: progress.target.year });
  const percent = i18n.number(progress.percent, { maximumFractionDigits: 1 });
  if (progress.percent > 100) return t('indicator.progress.passed', { percent, year: progress.target.year });
  if (progress.percent < 0) return t('indicator.progress.away', { percent, year: progress.target.year });
  return t('indicator.progress.way', { percent, year: progress.target.year });
}
