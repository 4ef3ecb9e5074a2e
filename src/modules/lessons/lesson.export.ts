import { formatPartialDate } from '../../i18n/partial-date.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { KeyedTable } from '../../tables/index.ts';
import type { Lesson } from './lesson.presenter.ts';

/** Lessons as a table for CSV and XLSX, with their process and country so lists from several processes compare. */
export function lessonsTable(lessons: Lesson[], i18n: Translator): KeyedTable {
  const { t } = i18n;
  return {
    name: t('lessons.export.sheet'),
    columns: [
      { key: 'country', label: t('lessons.export.country'), width: 8 },
      { key: 'countryName', label: t('lessons.export.countryName'), width: 18 },
      { key: 'process', label: t('lessons.export.process'), width: 36 },
      { key: 'lesson', label: t('lessons.export.lesson'), width: 70 },
      { key: 'themes', label: t('lessons.export.themes'), width: 30 },
      { key: 'tags', label: t('lessons.export.tags'), width: 20 },
      { key: 'stage', label: t('lessons.export.stage'), width: 18 },
      { key: 'date', label: t('lessons.export.date'), width: 12 },
      { key: 'source', label: t('lessons.export.source'), width: 40 },
      { key: 'author', label: t('lessons.export.author'), width: 20 },
      { key: 'id', label: t('lessons.export.id'), width: 18 },
    ],
    rows: lessons.map((l) => ({
      country: l.process.country,
      countryName: l.process.countryName,
      process: l.process.title,
      lesson: l.text,
      themes: l.themes.map((th) => th.name).join('; '),
      tags: l.tags.join('; '),
      stage: l.stage ? t(`lessons.stage.${l.stage}`) : null,
      date: l.date ? formatPartialDate(i18n, l.date) : null,
      source: l.source,
      author: l.author?.name ?? null,
      id: l.id,
    })),
  };
}
