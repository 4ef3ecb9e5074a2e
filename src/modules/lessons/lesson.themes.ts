import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Locale } from '../../i18n/locales.ts';

/**
 * Theme tags of lessons: the taxonomy's `theme:` terms, written to `taggings` with entity type
 * `lesson`. A small local helper until the taxonomy module's `setTags`/`tagsOf` are on main; it
 * reads and writes the same tables, so switching is a matter of imports.
 */
export const LESSON_ENTITY = 'lesson';

export interface Theme {
  id: string;
  code: string;
  name: string;
}

function nameIn(namesJson: string, locale: Locale): string {
  try {
    const names = JSON.parse(namesJson) as Partial<Record<Locale, string>>;
    return names[locale] ?? names.en ?? '';
  } catch {
    return '';
  }
}

/** Every theme term in taxonomy order, named in `locale`. */
export async function themeTerms(db: Kysely<Database>, locale: Locale): Promise<Theme[]> {
  const rows = await db
    .selectFrom('taxonomy_terms')
    .select(['id', 'code', 'names_json'])
    .where('scheme', '=', 'theme')
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ id: r.id, code: r.code, name: nameIn(r.names_json, locale) || r.code }));
}

/** The ids among `ids` that are not theme terms (empty when all are known). */
export async function unknownThemeIds(db: Kysely<Database>, ids: string[]): Promise<string[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows = await db
    .selectFrom('taxonomy_terms')
    .select('id')
    .where('scheme', '=', 'theme')
    .where('id', 'in', wanted)
    .execute();
  const known = new Set(rows.map((r) => r.id));
  return wanted.filter((id) => !known.has(id));
}

/** Replaces a lesson's theme tags (checked first with `unknownThemeIds`). */
export async function setLessonThemes(
  trx: Transaction<Database>,
  lessonId: string,
  ids: string[],
): Promise<void> {
  await trx
    .deleteFrom('taggings')
    .where('entity_type', '=', LESSON_ENTITY)
    .where('entity_id', '=', lessonId)
    .where('term_id', 'like', 'theme:%')
    .execute();
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  await trx
    .insertInto('taggings')
    .values(wanted.map((term_id) => ({ entity_type: LESSON_ENTITY, entity_id: lessonId, term_id })))
    .execute();
}

/** The theme tags of many lessons, each list in taxonomy order. */
export async function themesOfLessons(
  db: Kysely<Database>,
  lessonIds: string[],
  themes: Theme[],
): Promise<Map<string, Theme[]>> {
  const result = new Map<string, Theme[]>(lessonIds.map((id) => [id, []]));
  if (lessonIds.length === 0) return result;
  const rows = await db
    .selectFrom('taggings')
    .select(['entity_id', 'term_id'])
    .where('entity_type', '=', LESSON_ENTITY)
    .where('entity_id', 'in', lessonIds)
    .execute();
  const order = new Map(themes.map((t, i) => [t.id, i]));
  const byId = new Map(themes.map((t) => [t.id, t]));
  for (const row of rows) {
    const theme = byId.get(row.term_id);
    if (theme) result.get(row.entity_id)?.push(theme);
  }
  for (const list of result.values()) list.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return result;
}

/** True when a filter names a theme that does not exist (`none` and no filter are fine). */
export async function unknownFilterTheme(db: Kysely<Database>, theme: string | undefined): Promise<boolean> {
  if (theme === undefined || theme === 'none') return false;
  return (await unknownThemeIds(db, [theme])).length > 0;
}
