import { z } from 'zod';
import type { Translator } from '../../i18n/translator.ts';
import { toCsv } from '../../tables/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { type CursorCodec, cursorCodec } from '../../web/cursor.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import type { IndicatorRow } from './data.table.ts';
import {
  chooseFormat,
  csvAnswer,
  jsonAnswer,
  observationsCsv,
  observationsSdmxCsv,
  respond,
} from './open-data.format.ts';
import {
  type ApiObservation,
  BILATERAL_KEY,
  bilateralKeyOf,
  bilateralPage,
  findIndicator,
  indicatorsPage,
  SERIES_KEY,
  seriesKeyOf,
  seriesPage,
} from './open-data.repository.ts';
import {
  bilateralOut,
  bilateralQuery,
  indicatorOut,
  indicatorsQuery,
  page,
  seriesOut,
  seriesQuery,
} from './open-data.schema.ts';
import { indicatorName, loadAreas } from './series.presenter.ts';
import { indicatorCodes } from './series.repository.ts';

/**
 * The open data API: the indicator catalogue, a country's series and a corridor's bilateral
 * values, as JSON (`{ data, next }`), CSV or SDMX-CSV, paged by cursor, cached by ETag.
 */

/** A cursor is the sort key of a page's last row: `length` strings. */
const keyCursor = (length: number) =>
  cursorCodec(z.array(z.string()).length(length), { detailKey: 'data.api.error.cursor' });
const indicatorCursor = keyCursor(1);
const seriesCursor = keyCursor(SERIES_KEY.length);
const bilateralCursor = keyCursor(BILATERAL_KEY.length);
const invalidRange = () => new HttpProblem(400, 'InvalidPeriodRange', 'data.api.error.range');

function presentIndicator(row: IndicatorRow, i18n: Translator) {
  return {
    code: row.code,
    name: indicatorName(i18n, row),
    names: { en: row.name_en, fr: row.name_fr, es: row.name_es, ar: row.name_ar },
    unit: row.unit,
    shape: row.shape,
    source: row.source,
    licence: row.licence,
    definition: row.definition,
    sdg: row.sdg,
    ownerCountry: row.owner_country,
  };
}

function provenance(r: ApiObservation) {
  return {
    indicator: r.indicator_code,
    sex: r.sex,
    age: r.age,
    period: r.period,
    value: r.value,
    unit: r.unit,
    dataset: r.dataset_title,
    publisher: r.dataset_publisher,
    release: r.release_label,
    sourceRow: r.source_row === null ? null : Number(r.source_row),
  };
}

/** Splits the extra row read ahead off a page and makes the next cursor from the last row kept. */
function paginate<T>(rows: T[], limit: number, keyOf: (row: T) => string[], cursor: CursorCodec<string[]>) {
  const kept = rows.slice(0, limit);
  const next = rows.length > limit && kept.length ? cursor.encode(keyOf(kept[kept.length - 1]!)) : null;
  return { kept, next };
}

export function openDataRoutes(app: App, { db }: AppDeps): void {
  const areaExists = async (code: string) =>
    code.startsWith('AGG:') || (await loadAreas(db.kysely)).has(code);

  app.get(
    '/api/v1/indicators',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['data'],
        summary: 'The indicator catalogue',
        description:
          'Every indicator in the store with its unit, source and licence, ordered by code. `format=csv` or `Accept: text/csv` answers CSV.',
        querystring: indicatorsQuery,
        response: { 200: page(indicatorOut) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const format = chooseFormat(q.format, request.headers.accept);
      if (format === 'sdmx-csv') throw new HttpProblem(400, 'UnsupportedFormat', 'data.api.error.format');
      return respond(db.kysely, request, reply, { format, cacheable: q.limit <= 1000 }, async () => {
        let afterCode: string | undefined;
        if (q.cursor) afterCode = indicatorCursor.decode(q.cursor)[0];
        const rows = await indicatorsPage(db.kysely, { shape: q.shape, after: afterCode, limit: q.limit });
        const { kept, next } = paginate(rows, q.limit, (r) => [r.code], indicatorCursor);
        if (format === 'csv') {
          const body = toCsv(
            [
              'code',
              'name_en',
              'name_fr',
              'name_es',
              'name_ar',
              'unit',
              'shape',
              'source',
              'licence',
              'sdg',
              'owner_country',
            ],
            kept.map((r) => [
              r.code,
              r.name_en,
              r.name_fr,
              r.name_es,
              r.name_ar,
              r.unit,
              r.shape,
              r.source,
              r.licence,
              r.sdg,
              r.owner_country,
            ]),
          );
          return csvAnswer(request.url, { body, format, filename: 'indicators', next });
        }
        return jsonAnswer({ data: kept.map((r) => presentIndicator(r, request.i18n)), next });
      });
    },
  );

  app.get(
    '/api/v1/series',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['data'],
        summary: "A country's series",
        description:
          'Values of one country-shaped indicator for a country, or of all of them when `indicator` is absent, from current releases, ordered by indicator, sex, age and period, with their provenance. `format=csv` (or `Accept: text/csv`) answers CSV, `format=sdmx-csv` SDMX-CSV 1.0.',
        querystring: seriesQuery,
        response: { 200: page(seriesOut) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const format = chooseFormat(q.format, request.headers.accept);
      return respond(db.kysely, request, reply, { format, cacheable: q.limit <= 1000 }, async () => {
        if (!(await areaExists(q.country))) throw notFound();
        let indicators: string[];
        if (q.indicator) {
          const indicator = await findIndicator(db.kysely, q.indicator);
          if (!indicator) throw notFound();
          if (indicator.shape !== 'country')
            throw new HttpProblem(400, 'IndicatorIsBilateral', 'data.api.error.bilateral');
          indicators = [indicator.code];
        } else {
          indicators = await indicatorCodes(db.kysely, 'country');
        }
        if (q.from && q.to && q.from > q.to) throw invalidRange();
        const afterKey = q.cursor ? seriesCursor.decode(q.cursor) : undefined;
        const rows = await seriesPage(db.kysely, {
          area: q.country,
          indicators,
          from: q.from,
          to: q.to,
          sex: q.sex,
          after: afterKey,
          limit: q.limit,
        });
        const { kept, next } = paginate(rows, q.limit, seriesKeyOf, seriesCursor);
        if (format !== 'json') {
          const body =
            format === 'csv' ? observationsCsv(kept, 'country') : observationsSdmxCsv(kept, 'country');
          const filename = `series-${q.country.replace(':', '-')}${q.indicator ? `-${q.indicator}` : ''}`;
          return csvAnswer(request.url, { body, format, filename, next });
        }
        return jsonAnswer({ data: kept.map((r) => ({ country: r.area, ...provenance(r) })), next });
      });
    },
  );

  app.get(
    '/api/v1/bilateral',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['data'],
        summary: "A corridor's bilateral values",
        description:
          'Values of bilateral indicators (migrant stock by origin and destination, refugees, remittance estimates, corridor costs) from `origin` to `destination`, from current releases, with their provenance. Ask again with origin and destination swapped for the other direction. Formats as for `/api/v1/series`.',
        querystring: bilateralQuery,
        response: { 200: page(bilateralOut) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const format = chooseFormat(q.format, request.headers.accept);
      return respond(db.kysely, request, reply, { format, cacheable: q.limit <= 1000 }, async () => {
        if (!(await areaExists(q.origin)) || !(await areaExists(q.destination))) throw notFound();
        let indicators: string[];
        if (q.indicator) {
          const indicator = await findIndicator(db.kysely, q.indicator);
          if (!indicator) throw notFound();
          if (indicator.shape !== 'bilateral')
            throw new HttpProblem(400, 'IndicatorIsNotBilateral', 'data.api.error.notBilateral');
          indicators = [indicator.code];
        } else {
          indicators = await indicatorCodes(db.kysely, 'bilateral');
        }
        if (q.from && q.to && q.from > q.to) throw invalidRange();
        const afterKey = q.cursor ? bilateralCursor.decode(q.cursor) : undefined;
        const rows = await bilateralPage(db.kysely, {
          origin: q.origin,
          destination: q.destination,
          indicators,
          from: q.from,
          to: q.to,
          sex: q.sex,
          after: afterKey,
          limit: q.limit,
        });
        const { kept, next } = paginate(rows, q.limit, bilateralKeyOf, bilateralCursor);
        if (format !== 'json') {
          const body =
            format === 'csv' ? observationsCsv(kept, 'bilateral') : observationsSdmxCsv(kept, 'bilateral');
          const filename = `bilateral-${q.origin}-${q.destination}`.replace(/:/g, '-');
          return csvAnswer(request.url, { body, format, filename, next });
        }
        return jsonAnswer({
          data: kept.map((r) => ({ origin: r.area, destination: r.counterpart, ...provenance(r) })),
          next,
        });
      });
    },
  );
}
