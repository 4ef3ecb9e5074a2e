import type { ProcessReportProvider } from '../../module-kit/manifest.ts';
import { useT } from '../../web/view-context.ts';
import { Paragraphs, StatusTag } from './consultation.components.tsx';
import { consultationAccessFor } from './consultation.loader.ts';
import { listConsultationSummaries } from './consultation.presenter.ts';
import { closingSummaries } from './consultation.repository.ts';

/** The report's consultations section: each consultation the reader may see, with its outcome (always shown). */
export const consultationReportSection: ProcessReportProvider = async (db, process, actor, i18n) => {
  const { access } = await consultationAccessFor(db.kysely, actor, process.id);
  const list = (await listConsultationSummaries(db.kysely, access, process.id)).filter(
    (c) => c.status !== 'draft',
  );
  const summaries = await closingSummaries(db.kysely, process.id);
  const { t } = i18n;
  const rows = list.map((c) => ({
    [t('consultation.report.title')]: c.title,
    [t('consultation.report.status')]: t(`consultation.status.${c.status}`),
    [t('consultation.report.period')]: [c.openedAt, c.closedAt]
      .filter((d): d is string => d !== null)
      .map((d) => i18n.date(d))
      .join(' – '),
    [t('consultation.report.comments')]: c.commentCount,
    [t('consultation.report.outcome')]: summaries.get(c.id) ?? '',
  }));
  function Section() {
    const i18n = useT();
    const { t } = i18n;
    if (list.length === 0) return <p class="muted">{t('consultation.list.empty')}</p>;
    return (
      <ul class="item-list">
        {list.map((c) => (
          <li>
            <h4 dir="auto">
              <a href={`/processes/${process.id}/consultations/${c.id}`}>{c.title}</a>
            </h4>
            <p class="meta">
              <StatusTag status={c.status} />
              <span>{t(`consultation.audience.${c.audience}`)}</span>
              {c.openedAt ? <span>{t('consultation.openedOn', { date: i18n.date(c.openedAt) })}</span> : null}
              {c.closedAt ? <span>{t('consultation.closedOn', { date: i18n.date(c.closedAt) })}</span> : null}
              <span>{t('consultation.commentCount', { count: c.commentCount })}</span>
            </p>
            {summaries.get(c.id) ? (
              <>
                <p>
                  <strong>{t('consultation.closed.summary')}</strong>
                </p>
                <Paragraphs text={summaries.get(c.id) ?? null} />
              </>
            ) : null}
          </li>
        ))}
      </ul>
    );
  }
  return {
    order: 80,
    titleKey: 'consultation.report.heading',
    node: <Section />,
    rows,
    empty: t('consultation.list.empty'),
  };
};
