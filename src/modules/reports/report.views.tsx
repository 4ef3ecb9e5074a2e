import { formatPartialDate } from '../../i18n/partial-date.ts';
import { useT } from '../../web/view-context.ts';
import { ProcessFrame } from '../processes/index.ts';
import { paragraphs } from './paragraphs.ts';
import type { ProcessReport } from './report.data.ts';

/** The printable process report: the process at a glance, then each module's section. */
export function ReportPage({ report }: { report: ProcessReport }) {
  const i18n = useT();
  const { t } = i18n;
  const p = report.process;
  const period = [p.period_start, p.period_end]
    .filter((d): d is string => d !== null)
    .map((d) => formatPartialDate(i18n, d));
  return (
    <ProcessFrame
      process={report.heading}
      active="report"
      actions={
        <a class="button button--secondary" href={`/processes/${p.id}/report.pdf`} download>
          {t('report.pdf')}
        </a>
      }
    >
      <div class="report">
        <p class="report__actions muted small">{t('report.printHint')}</p>
        <p class="report__generated small muted">
          {t('report.generated', { date: i18n.dateTime(report.generatedAt) })}
        </p>
        <dl class="details">
          <dt>{t('report.field.plan')}</dt>
          <dd dir="auto">{p.plan_name}</dd>
          <dt>{t('report.field.country')}</dt>
          <dd>{report.heading.place}</dd>
          {period.length > 0 ? (
            <>
              <dt>{t('report.field.period')}</dt>
              <dd>{period.join(' – ')}</dd>
            </>
          ) : null}
          {report.leadOrganisation ? (
            <>
              <dt>{t('report.field.lead')}</dt>
              <dd dir="auto">{report.leadOrganisation}</dd>
            </>
          ) : null}
          <dt>{t('report.field.visibility')}</dt>
          <dd>{t(`report.visibility.${p.visibility}`)}</dd>
        </dl>
        {paragraphs(p.summary).map((para) => (
          <p dir="auto">{para}</p>
        ))}
        {report.sections.length === 0 ? <p class="muted">{t('report.empty')}</p> : null}
        {report.sections.map((section) => (
          <section class="report__section" aria-labelledby={`report-${section.order}`}>
            <h3 id={`report-${section.order}`}>{t(section.titleKey)}</h3>
            {section.node}
          </section>
        ))}
      </div>
    </ProcessFrame>
  );
}
