import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { presentLessons } from './lesson.presenter.ts';
import {
  countPublicLessons,
  listPublicLessons,
  type PublicFilters,
  publicLessonCountries,
  publicThemeCounts,
} from './lesson.repository.ts';
import { type Theme, themeTerms } from './lesson.themes.ts';
import { CROSS_PAGE_SIZE, type ThemeGroup } from './lesson.views.tsx';

/** Lessons shown per theme on the overview, before "See all". */
const PREVIEW = 5;
/** The cross-country view is public and read far more than written: its data is kept briefly. */
const TTL_MS = 60_000;

const cache = new Map<string, { at: number; fingerprint: string; value: unknown }>();

/**
 * What the cached data depends on: the processes (a visibility change bumps `updated_at`, a
 * deletion the count) and the lessons. Two aggregate reads, so a process made private never
 * shows in the cache, and writes by other server processes are seen too.
 */
async function fingerprint(db: Kysely<Database>): Promise<string> {
  const [processes, lessons] = await Promise.all([
    db
      .selectFrom('processes')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('at')])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('lessons')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('at')])
      .executeTakeFirstOrThrow(),
  ]);
  return `${processes.n}/${processes.at}/${lessons.n}/${lessons.at}`;
}

async function cached<T>(db: Kysely<Database>, key: string, load: () => Promise<T>): Promise<T> {
  const current = await fingerprint(db);
  const hit = cache.get(key);
  if (hit && hit.fingerprint === current && Date.now() - hit.at < TTL_MS) return hit.value as T;
  const value = await load();
  if (cache.size > 500) cache.clear();
  cache.set(key, { at: Date.now(), fingerprint: current, value });
  return value;
}

/**
 * The groups of the cross-country view: with a theme filter, one page of that theme; without,
 * each theme with its count and first lessons. Only public processes, whoever is reading.
 */
export async function crossCountryGroups(
  db: Kysely<Database>,
  filters: PublicFilters,
  page: number,
  i18n: Translator,
): Promise<{ groups: ThemeGroup[]; themes: Theme[] }> {
  return cached(
    db,
    `groups:${i18n.locale}:${filters.theme ?? ''}:${filters.country ?? ''}:${page}`,
    async () => {
      const themes = await themeTerms(db, i18n.locale);
      const nameOf = (id: string) =>
        id === 'none' ? i18n.t('lessons.theme.none') : (themes.find((t) => t.id === id)?.name ?? id);
      if (filters.theme) {
        const [total, rows] = await Promise.all([
          countPublicLessons(db, filters),
          listPublicLessons(db, filters, { limit: CROSS_PAGE_SIZE, offset: (page - 1) * CROSS_PAGE_SIZE }),
        ]);
        const lessons = await presentLessons(db, rows, i18n, themes);
        return { themes, groups: [{ id: filters.theme, name: nameOf(filters.theme), total, lessons }] };
      }
      const [counts, noneTotal] = await Promise.all([
        publicThemeCounts(db, filters.country),
        countPublicLessons(db, { ...filters, theme: 'none' }),
      ]);
      const ids = [
        ...themes.map((t) => t.id).filter((id) => (counts.get(id) ?? 0) > 0),
        ...(noneTotal > 0 ? ['none'] : []),
      ];
      const groups = await Promise.all(
        ids.map(async (id) => {
          const rows = await listPublicLessons(db, { ...filters, theme: id }, { limit: PREVIEW, offset: 0 });
          return {
            id,
            name: nameOf(id),
            total: id === 'none' ? noneTotal : (counts.get(id) ?? 0),
            lessons: await presentLessons(db, rows, i18n, themes),
          };
        }),
      );
      return { themes, groups };
    },
  );
}

/** Countries with public lessons, named in the reader's language and sorted by that name. */
export async function lessonCountryChoices(db: Kysely<Database>, i18n: Translator) {
  return cached(db, `countries:${i18n.locale}`, async () => {
    const rows = await publicLessonCountries(db);
    return rows
      .map((r) => ({ alpha3: r.alpha3, name: i18n.countryName(r.alpha2) ?? r.name_en }))
      .sort((a, b) => a.name.localeCompare(b.name, i18n.locale));
  });
}
