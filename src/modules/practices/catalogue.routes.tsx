import type { Translator } from '../../i18n/translator.ts';
import { sendTable, sheetOf } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { catalogueCursor, listCatalogue, nextCursor } from './practice.catalogue.ts';
import { countryOptions, themeOptions } from './practice.choices.ts';
import { practiceFeed } from './practice.feed.ts';
import { readCatalogueQuery } from './practice.filters.ts';
import { canCreatePractice, isModerator } from './practice.policy.ts';
import { type PracticeSummary, presentPracticeSummary } from './practice.presenter.ts';
import { CataloguePage, stripEmpty } from './practice.views.tsx';

export const PAGE_SIZE = 30;

function practicesTable(practices: PracticeSummary[], i18n: Translator) {
  const { t } = i18n;
  return {
    name: t('practice.list.title'),
    columns: [
      { key: 'title', label: t('practice.field.title'), width: 50 },
      { key: 'country', label: t('practice.field.country') },
      { key: 'region', label: t('practice.field.region') },
      { key: 'city', label: t('practice.field.city') },
      { key: 'level', label: t('practice.field.level') },
      { key: 'origin', label: t('practice.field.origin') },
      { key: 'destination', label: t('practice.field.destination') },
      { key: 'promising', label: t('practice.promising') },
      { key: 'published', label: t('practice.published') },
      { key: 'url', label: 'URL', width: 40 },
    ],
    rows: practices.map((p) => ({
      title: p.title,
      country: p.country?.name ?? null,
      region: p.region,
      city: p.city,
      level: p.level ? t(`practice.level.${p.level}`) : null,
      origin: p.corridor.origin?.name ?? null,
      destination: p.corridor.destination?.name ?? null,
      promising: p.promising ? t('practice.yes') : t('practice.no'),
      published: p.publishedAt?.slice(0, 10) ?? null,
      url: `/practices/${p.id}`,
    })),
  };
}

/** The catalogue: filtered list, its CSV and XLSX export, and the Atom feed of new practices. */
export function catalogueRoutes(app: App, { db, config }: AppDeps): void {
  const k = db.kysely;

  app.get('/practices', { config: { policy: 'public' } }, async (request, reply) => {
    const { filter, query, invalid } = await readCatalogueQuery(k, request.query, request.actor);
    const raw = (request.query ?? {}) as Record<string, unknown>;
    const after = catalogueCursor.read(typeof raw.after === 'string' ? raw.after : undefined);
    const i18n = request.i18n;
    const [rows, countries, themes] = await Promise.all([
      listCatalogue(k, filter, { limit: PAGE_SIZE + 1, after }),
      countryOptions(db, i18n),
      themeOptions(db, i18n),
    ]);
    const exportQuery = new URLSearchParams(stripEmpty(query)).toString();
    return reply.page(
      <CataloguePage
        practices={rows.slice(0, PAGE_SIZE).map((r) => presentPracticeSummary(r, i18n))}
        query={query}
        choices={{
          countries,
          themes,
          moderator: isModerator(request.actor),
        }}
        next={nextCursor(rows, PAGE_SIZE, filter.status)}
        canCreate={canCreatePractice(request.actor)}
        exportQuery={exportQuery ? `?${exportQuery}` : ''}
        error={invalid ? i18n.t('practice.error.filter') : undefined}
      />,
    );
  });

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(`/practices.${format}`, { config: { policy: 'public' } }, async (request, reply) => {
      const { filter } = await readCatalogueQuery(k, request.query, request.actor);
      const rows = await listCatalogue(k, filter, { limit: 20_000 });
      return sendTable(reply, {
        filename: 'practices',
        format,
        sheets: [
          sheetOf(
            practicesTable(
              rows.map((r) => presentPracticeSummary(r, request.i18n)),
              request.i18n,
            ),
          ),
        ],
        rtl: request.i18n.dir === 'rtl',
      });
    });
  }

  app.get('/practices/feed.atom', { config: { policy: 'public' } }, async (request, reply) => {
    const rows = await listCatalogue(k, {}, { limit: 50 });
    const xml = practiceFeed({
      baseUrl: config.PUBLIC_URL.replace(/\/$/, ''),
      title: request.i18n.t('practice.feedTitle'),
      practices: rows.map((r) => presentPracticeSummary(r, request.i18n)),
    });
    return reply.type('application/atom+xml; charset=utf-8').send(xml);
  });
}
