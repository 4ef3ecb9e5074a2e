import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import type { Translator } from '../../i18n/translator.ts';
import { sendTable } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { fieldErrors, formFields } from '../../web/form/index.ts';
import { pastLastPage } from '../../web/paging.ts';
import { buildCorridorFigures, loadCorridor } from './corridor.figures.ts';
import { corridorQuery, rankingQuery } from './corridor.schema.ts';
import { CorridorPage, type CountryOption, RankingPage } from './corridor.views.tsx';
import type { FigureModel } from './figures/figure.ts';
import {
  type AreaInfo,
  areaCode,
  areaName,
  formatValue,
  loadAreas,
  publicCode,
  sourceName,
} from './series.presenter.ts';
import { type CorridorCost, corridorCosts } from './series.repository.ts';
import { ReleaseCache } from './series-cache.ts';

/** All corridors at their latest cost: one scan of the corridor prices, kept until the next import. */
const rankings = new ReleaseCache<CorridorCost[]>(4);
/** Rendered corridor figures per pair and language, kept until the next import. */
const corridorFigures = new ReleaseCache<FigureModel[]>(200);
const PAGE_SIZE = 50;
const RANKING_HEADER = [
  'rank',
  'origin',
  'destination',
  'period',
  'cost_percent',
  'above_5_percent',
  'source',
  'release',
];

function figuresFor(
  db: Kysely<Database>,
  i18n: Translator,
  areas: Map<string, AreaInfo>,
  origin: string,
  destination: string,
) {
  return corridorFigures.get(db, `${origin}|${destination}|${i18n.locale}`, async () =>
    buildCorridorFigures({ i18n, areas }, await loadCorridor(db, origin, destination), origin, destination),
  );
}

/** Countries and the areas outside ISO 3166 publishers report, the latter named as such. */
function countryOptions(i18n: Translator, areas: Map<string, AreaInfo>): CountryOption[] {
  const collator = new Intl.Collator(i18n.locale);
  return [...areas.entries()]
    .map(([code, info]) => {
      const name = areaName(i18n, areas, code);
      return {
        value: info.alpha3,
        label: info.kind === 'area' ? i18n.t('data.area.outsideIso', { name }) : name,
      };
    })
    .sort((a, b) => collator.compare(a.label, b.label));
}

function ranking(db: Kysely<Database>, country: string | undefined) {
  return rankings
    .get(db, 'all', () => corridorCosts(db))
    .then((all) => (country ? all.filter((c) => c.origin === country || c.destination === country) : all));
}

export function corridorRoutes(app: App, { db, corridorPanels }: AppDeps): void {
  const k = db.kysely;

  /** Parses origin and destination against the country list; null when the form is not filled in. */
  const parse = async (query: unknown, i18n: Translator) => {
    const fields = formFields(query);
    const areas = await loadAreas(k);
    if (!fields.origin && !fields.destination) return { areas, fields, errors: {}, pair: null };
    const parsed = corridorQuery.safeParse(fields);
    const labels = {
      origin: i18n.t('data.corridor.origin'),
      destination: i18n.t('data.corridor.destination'),
    };
    if (!parsed.success)
      return { areas, fields, errors: fieldErrors(parsed.error, i18n, labels), pair: null };
    const errors: Record<string, string> = {};
    const lower = (label: string) => label.charAt(0).toLocaleLowerCase(i18n.locale) + label.slice(1);
    // Countries by alpha-3 and areas outside ISO 3166 by their code (XKX), read as store codes (AGG:XKX).
    const pair = {
      origin: areaCode(areas, parsed.data.origin),
      destination: areaCode(areas, parsed.data.destination),
    };
    for (const side of ['origin', 'destination'] as const) {
      if (!pair[side]) errors[side] = i18n.t('data.corridor.error.country', { field: lower(labels[side]) });
    }
    return {
      areas,
      fields,
      errors,
      pair: pair.origin && pair.destination ? { origin: pair.origin, destination: pair.destination } : null,
    };
  };

  app.get('/corridors', { config: { policy: 'public' } }, async (request, reply) => {
    const { areas, fields, errors, pair } = await parse(request.query, request.i18n);
    const values = {
      origin: fields.origin?.toUpperCase() ?? '',
      destination: fields.destination?.toUpperCase() ?? '',
    };
    const countries = countryOptions(request.i18n, areas);
    if (!pair) {
      const status = Object.keys(errors).length ? 400 : 200;
      return reply.page(
        <CorridorPage countries={countries} values={values} errors={errors} result={null} />,
        status,
      );
    }
    const [figures, panels] = await Promise.all([
      figuresFor(k, request.i18n, areas, pair.origin, pair.destination),
      Promise.all(corridorPanels.map((panel) => panel(db, pair, request.actor))),
    ]);
    return reply.page(
      <CorridorPage
        countries={countries}
        values={values}
        errors={{}}
        result={{
          origin: publicCode(pair.origin),
          destination: publicCode(pair.destination),
          originName: areaName(request.i18n, areas, pair.origin),
          destinationName: areaName(request.i18n, areas, pair.destination),
          figures,
          panels: panels
            .filter((p) => p !== null)
            .sort((a, b) => a.order - b.order)
            .map((p) => p.node),
        }}
      />,
    );
  });

  app.get('/corridors/csv/:figure', { config: { policy: 'public' } }, async (request, reply) => {
    const params = z.object({ figure: z.string().regex(/^[a-z-]{1,40}$/) }).safeParse(request.params);
    const { areas, pair } = await parse(request.query, request.i18n);
    if (!params.success || !pair) throw notFound();
    const figures = await figuresFor(k, request.i18n, areas, pair.origin, pair.destination);
    const figure = figures.find((f) => f.id === params.data.figure);
    if (!figure) throw notFound();
    return sendTable(reply, {
      filename: `${pair.origin}-${pair.destination}-${figure.id}`,
      format: 'csv',
      sheets: [{ name: figure.id, ...figure.csv }],
      cacheControl: null,
    });
  });

  app.get('/corridors/ranking', { config: { policy: 'public' } }, async (request, reply) => {
    const { country, page } = rankingQuery.parse(request.query);
    const areas = await loadAreas(k);
    const known = country ? (areaCode(areas, country) ?? undefined) : undefined;
    const all = await ranking(k, known);
    const past = pastLastPage(request.url, page, all.length, PAGE_SIZE);
    if (past) return reply.seeOther(past);
    const i18n = request.i18n;
    const rows = all.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((c, i) => ({
      rank: (page - 1) * PAGE_SIZE + i + 1,
      origin: publicCode(c.origin),
      destination: publicCode(c.destination),
      originName: areaName(i18n, areas, c.origin),
      destinationName: areaName(i18n, areas, c.destination),
      period: c.period,
      value: formatValue(i18n, 'percent', c.value),
      above: c.aboveCeiling,
    }));
    return reply.page(
      <RankingPage
        rows={rows}
        total={all.length}
        above={all.filter((c) => c.aboveCeiling).length}
        page={page}
        pageSize={PAGE_SIZE}
        country={known && publicCode(known)}
        countries={countryOptions(i18n, areas)}
        source={all[0] ? sourceName(all[0].provenance) : ''}
      />,
    );
  });

  app.get('/corridors/ranking.csv', { config: { policy: 'public' } }, async (request, reply) => {
    const { country } = rankingQuery.parse(request.query);
    const all = await ranking(k, country ? (areaCode(await loadAreas(k), country) ?? country) : undefined);
    const rows = all.map((c, i) => [
      i + 1,
      c.origin,
      c.destination,
      c.period,
      c.value,
      c.aboveCeiling ? 'yes' : 'no',
      sourceName(c.provenance),
      c.provenance.release,
    ]);
    return sendTable(reply, {
      filename: `corridor-costs${country ? `-${country}` : ''}`,
      format: 'csv',
      sheets: [{ name: 'Costs', header: RANKING_HEADER, rows }],
      cacheControl: null,
    });
  });
}
