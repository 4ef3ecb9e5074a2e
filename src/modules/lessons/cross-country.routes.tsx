import type { Translator } from '../../i18n/translator.ts';
import { sendTable, sheetOf } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { HttpProblem } from '../../web/errors.ts';
import { fieldErrors } from '../../web/form/index.ts';
import { pastLastPage } from '../../web/paging.ts';
import { lessonsTable } from './lesson.export.ts';
import { loadPublicLessons } from './lesson.loader.ts';
import { crossCountryGroups, lessonCountryChoices } from './lesson.public.ts';
import { lessonFilters, pageInput } from './lesson.schema.ts';
import { unknownFilterTheme } from './lesson.themes.ts';
import { CROSS_PAGE_SIZE, CrossCountryPage } from './lesson.views.tsx';

/** Lessons of the cross-country view and its downloads, from the query's filters (400 on bad ones). */
function readFilters(query: unknown, i18n: Translator) {
  const parsed = lessonFilters.safeParse(query ?? {});
  if (parsed.success) return { ok: true as const, filters: parsed.data };
  return {
    ok: false as const,
    errors: fieldErrors(parsed.error, i18n, {
      theme: i18n.t('lessons.filter.theme'),
      country: i18n.t('lessons.filter.country'),
    }),
  };
}

/** The lessons of every public process, across countries, by theme: the page and its downloads. */
export function crossCountryLessonRoutes(app: App, { db }: AppDeps): void {
  const k = db.kysely;

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/lessons.${format}`, { config: { policy: 'public' } }, async (request, reply) => {
      const read = readFilters(request.query, request.i18n);
      if (!read.ok || (await unknownFilterTheme(k, read.filters.theme)))
        throw new HttpProblem(400, 'InvalidFilter', 'lessons.error.themeFilter');
      const lessons = await loadPublicLessons(k, read.filters, 20_000, request.i18n);
      return sendTable(reply, {
        filename: 'lessons',
        format,
        sheets: [sheetOf(lessonsTable(lessons, request.i18n))],
        rtl: request.i18n.dir === 'rtl',
      });
    });
  }

  app.get('/lessons', { config: { policy: 'public' } }, async (request, reply) => {
    const { page } = pageInput.parse(request.query ?? {});
    const read = readFilters(request.query, request.i18n);
    const errors = !read.ok
      ? read.errors
      : (await unknownFilterTheme(k, read.filters.theme))
        ? { theme: request.i18n.t('lessons.error.themeFilter') }
        : null;
    // A filter that cannot be read shows every lesson again, with the problem above the filters.
    const filters = read.ok && !errors ? read.filters : {};
    const [data, countries] = await Promise.all([
      crossCountryGroups(k, filters, errors ? 1 : page, request.i18n),
      lessonCountryChoices(k, request.i18n),
    ]);
    // One theme is paged; without a theme filter every theme shows its first lessons on one page.
    const paged = 'theme' in filters && filters.theme ? data.groups[0] : undefined;
    const past = pastLastPage(request.url, errors ? 1 : page, paged?.total ?? 0, CROSS_PAGE_SIZE);
    if (past) return reply.seeOther(past);
    return reply.page(
      <CrossCountryPage
        groups={data.groups}
        themes={data.themes}
        countries={countries}
        filters={filters}
        page={errors ? 1 : page}
        errors={errors ?? {}}
      />,
      errors ? 400 : 200,
    );
  });
}
