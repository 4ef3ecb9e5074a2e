import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toCsv } from './charts/csv.ts';
import type { ApiObservation } from './open-data.repository.ts';

/**
 * Formats of the open data API: JSON, CSV and SDMX-CSV 1.0, keyset cursors, and caching by
 * ETag (a hash of the exact body sent) with a 304 for a matching If-None-Match.
 */

export type ApiFormat = 'json' | 'csv' | 'sdmx-csv';

export const SDMX_CSV_TYPE = 'application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

/** The format asked for: `format=` first, then the Accept header, JSON by default. */
export function chooseFormat(requested: ApiFormat | undefined, accept: string | undefined): ApiFormat {
  if (requested) return requested;
  const header = (accept ?? '').toLowerCase();
  if (header.includes('application/vnd.sdmx.data+csv')) return 'sdmx-csv';
  if (header.includes('text/csv')) return 'csv';
  return 'json';
}

export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key inside a cursor, or null when it is not one of ours (of the expected length). */
export function decodeCursor(cursor: string, length: number): string[] | null {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.length === length && key.every((k) => typeof k === 'string')) return key;
  } catch {
    // fall through: not a cursor
  }
  return null;
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

/** Sets the headers of a CSV answer, with a `Link` to the next page when there is one. */
export function sendCsv(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { body: string; format: 'csv' | 'sdmx-csv'; filename: string; next: string | null },
) {
  reply
    .type(options.format === 'csv' ? CSV_TYPE : SDMX_CSV_TYPE)
    .header('content-disposition', `attachment; filename="${options.filename}.csv"`);
  if (options.next) {
    const url = new URL(request.url, 'http://corridor.invalid');
    url.searchParams.set('cursor', options.next);
    reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
  }
  return reply.send(options.body);
}

/**
 * Route-level onSend hook: a strong ETag from the body, public caching for five minutes, and
 * 304 Not Modified with no body when the client already holds this exact answer.
 */
export async function etagHook(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
  if (reply.statusCode !== 200 || (typeof payload !== 'string' && !Buffer.isBuffer(payload))) return payload;
  const etag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 32)}"`;
  reply.header('etag', etag);
  reply.header('cache-control', 'public, max-age=300');
  reply.header('vary', 'Accept, Accept-Language');
  const candidates = request.headers['if-none-match']?.split(',').map((m) => m.trim()) ?? [];
  if (candidates.some((m) => m.replace(/^W\//, '') === etag || m === '*')) {
    reply.code(304);
    reply.removeHeader('content-type');
    reply.removeHeader('content-disposition');
    return '';
  }
  return payload;
}
