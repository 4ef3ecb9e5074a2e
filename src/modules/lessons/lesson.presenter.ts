import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { LessonListRow } from './lesson.repository.ts';
import type { LessonStage } from './lesson.table.ts';
import { type Theme, themesOfLessons, themeTerms } from './lesson.themes.ts';

/** A lesson as pages, the API and exports show it. */
export interface Lesson {
  id: string;
  processId: string;
  text: string;
  themes: { id: string; name: string }[];
  tags: string[];
  stage: LessonStage | null;
  date: string | null;
  source: string | null;
  author: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  process: { id: string; title: string; country: string; countryName: string };
}

function tagsOf(json: string): string[] {
  try {
    const parsed = JSON.parse(json) as unknown;
    return Array.isArray(parsed) ? parsed.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

/** Rows → lessons with their themes named in the reader's language. */
export async function presentLessons(
  db: Kysely<Database>,
  rows: LessonListRow[],
  i18n: Translator,
  themes?: Theme[],
): Promise<Lesson[]> {
  const terms = themes ?? (await themeTerms(db, i18n.locale));
  const byLesson = await themesOfLessons(
    db,
    rows.map((r) => r.id),
    terms,
  );
  return rows.map((r) => ({
    id: r.id,
    processId: r.process_id,
    text: r.text,
    themes: (byLesson.get(r.id) ?? []).map((t) => ({ id: t.id, name: t.name })),
    tags: tagsOf(r.free_tags_json),
    stage: r.stage,
    date: r.lesson_date,
    source: r.source,
    author: r.author_id ? { id: r.author_id, name: r.author_name ?? '' } : null,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: Number(r.version),
    process: {
      id: r.process_id,
      title: r.process_title,
      country: r.country_alpha3,
      countryName:
        (r.country_alpha2 && i18n.countryName(r.country_alpha2)) || r.country_name_en || r.country_alpha3,
    },
  }));
}
