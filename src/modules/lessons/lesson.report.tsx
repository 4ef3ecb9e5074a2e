import { formatPartialDate } from '../../i18n/partial-date.ts';
import type { ProcessReportProvider } from '../../module-kit/manifest.ts';
import { presentLessons } from './lesson.presenter.ts';
import { listProcessLessons } from './lesson.repository.ts';
import { LessonItem } from './lesson.views.tsx';

/** Lessons shown in a report; the log itself has them all. */
const REPORT_LIMIT = 500;

/** The report's lessons section: the process's running log, with themes and stages (always shown). */
export const lessonReportSection: ProcessReportProvider = async (db, process, _actor, i18n) => {
  const rows = await listProcessLessons(db.kysely, process.id, { limit: REPORT_LIMIT });
  const lessons = await presentLessons(db.kysely, rows, i18n);
  const { t } = i18n;
  return {
    order: 70,
    titleKey: 'lessons.report.heading',
    node:
      lessons.length === 0 ? (
        <p class="muted">{t('lessons.log.empty')}</p>
      ) : (
        <ul class="lessons-list">
          {lessons.map((lesson) => (
            <LessonItem lesson={lesson} />
          ))}
        </ul>
      ),
    empty: t('lessons.log.empty'),
    rows: lessons.map((l) => ({
      [t('lessons.export.lesson')]: l.text,
      [t('lessons.export.themes')]: [...l.themes.map((th) => th.name), ...l.tags].join('; '),
      [t('lessons.export.stage')]: l.stage ? t(`lessons.stage.${l.stage}`) : '',
      [t('lessons.export.date')]: l.date ? formatPartialDate(i18n, l.date) : '',
    })),
  };
};
