import type { Translator } from '../../i18n/translator.ts';
import type { KeyedTable } from '../../tables/index.ts';
import type { ConsultationView } from './consultation.presenter.ts';

/**
 * The comments of a consultation as a table, section by section, oldest first, with each
 * section's support and objection counts. Hidden comments keep their place; only readers who
 * may moderate get their text and the reason.
 */
export function commentsTable(c: ConsultationView, i18n: Translator): KeyedTable {
  const { t } = i18n;
  const moderator = c.actions.moderate;
  const columns = [
    { key: 'section', label: t('consultation.export.section'), width: 8 },
    { key: 'sectionTitle', label: t('consultation.export.sectionTitle'), width: 30 },
    { key: 'support', label: t('consultation.export.support'), width: 10 },
    { key: 'object', label: t('consultation.export.object'), width: 10 },
    { key: 'date', label: t('consultation.export.date'), width: 22 },
    { key: 'author', label: t('consultation.export.author'), width: 24 },
    { key: 'organisation', label: t('consultation.export.organisation'), width: 30 },
    { key: 'comment', label: t('consultation.export.comment'), width: 60 },
    { key: 'hidden', label: t('consultation.export.hidden'), width: 10 },
    ...(moderator ? [{ key: 'reason', label: t('consultation.export.reason'), width: 30 }] : []),
  ];
  const rows = c.sections.flatMap((s) => {
    const base = { section: s.position, sectionTitle: s.title, support: s.support, object: s.object };
    if (s.comments.length === 0) return [{ ...base }];
    return s.comments.map((comment) => ({
      ...base,
      date: comment.createdAt,
      author: comment.author?.name ?? null,
      organisation: comment.organisation
        ? comment.organisation.acronym
          ? `${comment.organisation.name} (${comment.organisation.acronym})`
          : comment.organisation.name
        : null,
      comment: comment.body ?? t('consultation.comment.hiddenPlaceholder'),
      hidden: comment.hidden ? t('consultation.export.yes') : t('consultation.export.no'),
      ...(moderator ? { reason: comment.hiddenReason ?? null } : {}),
    }));
  });
  return { name: t('consultation.export.sheet'), columns, rows };
}
