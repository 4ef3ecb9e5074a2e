import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { CSV_TYPE, contentDisposition, toCsv } from '../../tables/index.ts';
import type { ApiObservation } from './open-data.repository.ts';
import { ReleaseCache } from './series-cache.ts';

/**
 * Formats of the open data API: JSON, CSV and SDMX-CSV 1.0, keyset cursors, and caching by
 * ETag (a hash of the exact body sent) with a 304 for a matching If-None-Match.
 */

export type ApiFormat = 'json' | 'csv' | 'sdmx-csv';

export const SDMX_CSV_TYPE = 'application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8';

/** The format asked for: `format=` first, then the Accept header, JSON by default. */
export function chooseFormat(requested: ApiFormat | undefined, accept: string | undefined): ApiFormat {
  if (requested) return requested;
  const header = (accept ?? '').toLowerCase();
  if (header.includes('application/vnd.sdmx.data+csv')) return 'sdmx-csv';
  if (header.includes('text/csv')) return 'csv';
  return 'json';
}

/** SDMX ids allow letters, digits, `_`, `@`, `$` and `-`: codes with dots become underscores. */
function sdmxId(code: string): string {
  return code
    .replace(/^AGG:/, '')
    .replace(/[^A-Za-z0-9_@$-]/g, '_')
    .toUpperCase();
}

/** Unit codes from the SDMX global code list where one fits, with the power of ten. */
function sdmxUnit(unit: string): [string, string] {
  switch (unit) {
    case 'persons':
      return ['PS', '0'];
    case 'USD':
      return ['USD', '0'];
    case 'USD million':
      return ['USD', '6'];
    case 'percent':
      return ['PT', '0'];
    case 'percent of GDP':
      return ['PT_GDP', '0'];
    default:
      return [sdmxId(unit), '0'];
  }
}

export function observationsCsv(rows: ApiObservation[], shape: 'country' | 'bilateral'): string {
  const header =
    shape === 'country'
      ? ['country', 'indicator', 'sex', 'age', 'period', 'value', 'unit', 'dataset', 'release', 'source_row']
      : [
          'origin',
          'destination',
          'indicator',
          'sex',
          'age',
          'period',
          'value',
          'unit',
          'dataset',
          'release',
          'source_row',
        ];
  return toCsv(
    header,
    rows.map((r) => [
      r.area,
      ...(shape === 'bilateral' ? [r.counterpart] : []),
      r.indicator_code,
      r.sex,
      r.age,
      r.period,
      r.value,
      r.unit,
      r.dataset_title,
      r.release_label,
      r.source_row,
    ]),
  );
}

/** SDMX-CSV 1.0: one column per dimension, then OBS_VALUE and attributes; no byte-order mark. */
export function observationsSdmxCsv(rows: ApiObservation[], shape: 'country' | 'bilateral'): string {
  const flow = shape === 'country' ? 'CORRIDOR:DF_MIGRATION(1.0)' : 'CORRIDOR:DF_MIGRATION_BILATERAL(1.0)';
  const header = [
    'DATAFLOW',
    'REF_AREA',
    ...(shape === 'bilateral' ? ['COUNTERPART_AREA'] : []),
    'INDICATOR',
    'SEX',
    'AGE',
    'TIME_PERIOD',
    'OBS_VALUE',
    'UNIT_MEASURE',
    'UNIT_MULT',
  ];
  return toCsv(
    header,
    rows.map((r) => {
      const [unit, mult] = sdmxUnit(r.unit);
      return [
        flow,
        sdmxId(r.area),
        ...(shape === 'bilateral' ? [sdmxId(r.counterpart)] : []),
        sdmxId(r.indicator_code),
        r.sex,
        r.age,
        r.period,
        r.value,
        unit,
        mult,
      ];
    }),
    { bom: false },
  );
}

/** An answer of the API before caching: the exact body and the headers that describe it. */
export interface Answer {
  body: string;
  type: string;
  disposition?: string;
  /** Path and query of the next page, for the `Link` header of CSV answers. */
  next?: string;
}

export function jsonAnswer(value: unknown): Answer {
  return { body: JSON.stringify(value), type: 'application/json; charset=utf-8' };
}

/** A CSV or SDMX-CSV answer, named for download, linking to its next page when there is one. */
export function csvAnswer(
  url: string,
  options: { body: string; format: 'csv' | 'sdmx-csv'; filename: string; next: string | null },
): Answer {
  let next: string | undefined;
  if (options.next) {
    const parsed = new URL(url, 'http://corridor.invalid');
    parsed.searchParams.set('cursor', options.next);
    next = `${parsed.pathname}${parsed.search}`;
  }
  return {
    body: options.body,
    type: options.format === 'csv' ? CSV_TYPE : SDMX_CSV_TYPE,
    disposition: contentDisposition(`${options.filename}.csv`),
    next,
  };
}

interface Prepared extends Answer {
  etag: string;
  gzip: Buffer;
}

/** Answers by URL, language and format, kept until the next import (bounded: see `respond`). */
const answers = new ReleaseCache<Prepared>(200);

function prepare(answer: Answer): Prepared {
  const etag = `"${createHash('sha256').update(answer.body).digest('base64url').slice(0, 32)}"`;
  return { ...answer, etag, gzip: gzipSync(answer.body) };
}

/**
 * Sends an answer with a strong ETag (a hash of the exact body), public caching for five minutes
 * and 304 Not Modified when the client already holds it. Answers are computed once per URL,
 * language and format until the next import (pages of at most 1,000 rows; larger ones are built
 * each time to bound memory) and kept compressed, so a repeated read costs one tiny query.
 */
export async function respond(
  db: Kysely<Database>,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { format: ApiFormat; cacheable: boolean },
  compute: () => Promise<Answer>,
) {
  const key = `${request.url}|${request.i18n.locale}|${options.format}`;
  const answer = options.cacheable
    ? await answers.get(db, key, async () => prepare(await compute()))
    : prepare(await compute());
  reply
    .header('etag', answer.etag)
    .header('cache-control', 'public, max-age=300')
    .header('vary', 'Accept, Accept-Language, Accept-Encoding');
  const candidates = request.headers['if-none-match']?.split(',').map((m) => m.trim()) ?? [];
  if (candidates.some((m) => m.replace(/^W\//, '') === answer.etag || m === '*'))
    return reply.code(304).send();
  reply.type(answer.type);
  if (answer.disposition) reply.header('content-disposition', answer.disposition);
  if (answer.next) reply.header('link', `<${answer.next}>; rel="next"`);
  if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    return reply.header('content-encoding', 'gzip').send(answer.gzip);
  }
  return reply.send(answer.body);
}
