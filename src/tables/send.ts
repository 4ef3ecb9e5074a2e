import type { FastifyReply } from 'fastify';
import { CSV_TYPE, toCsv } from './csv.ts';
import { type Sheet, toXlsx, XLSX_TYPE } from './xlsx.ts';

export type TableFormat = 'csv' | 'xlsx';

/**
 * A Content-Disposition for a download. A name of plain ASCII letters, digits, dots, dashes and
 * underscores goes as it is; any other gets an ASCII stand-in in `filename` and the exact name,
 * percent-encoded, in `filename*` (RFC 6266 and 5987), so no name can break the header.
 */
export function contentDisposition(filename: string): string {
  if (/^[\w.-]+$/.test(filename)) return `attachment; filename="${filename}"`;
  const stand = filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name of Arabic letters only leaves just its extension: say "download" before it.
  const ascii = /^\w/.test(stand)
    ? stand
    : `download${stand.startsWith('.') ? '' : '-'}${stand}`.replace(/-$/, '');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * A short file name from free text such as a title: ASCII letters, digits and dashes, lower case,
 * at most 60 characters (`fallback` when nothing is left), so names are the same on every system.
 */
export function fileSlug(text: string, fallback = 'corridor'): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .toLowerCase()
    .slice(0, 60);
  return slug || fallback;
}

export interface TableDownload {
  /** The file's name without its extension (the format's is added). */
  filename: string;
  format: TableFormat;
  /** The workbook's sheets. The CSV holds one of them: `csvSheet`, the first by default. */
  sheets: readonly Sheet[];
  csvSheet?: number;
  /** Worksheets read right to left (the reader's language is Arabic). */
  rtl?: boolean;
  /**
   * Cache-Control: `no-store` unless said (a download may hold what only its reader may see);
   * `null` sends none.
   */
  cacheControl?: string | null;
}

/** The body and content type of a table download, for answers that send it themselves. */
export async function tableFile(download: TableDownload): Promise<{ type: string; body: string | Buffer }> {
  if (download.format === 'csv') {
    const sheet = download.sheets[download.csvSheet ?? 0];
    if (!sheet) throw new Error('A CSV download needs a sheet');
    return { type: CSV_TYPE, body: toCsv(sheet.header, sheet.rows) };
  }
  return { type: XLSX_TYPE, body: await toXlsx(download.sheets, { rtl: download.rtl }) };
}

/** Sends a table as a CSV or XLSX download. */
export async function sendTable(reply: FastifyReply, download: TableDownload) {
  const { type, body } = await tableFile(download);
  reply.header('content-disposition', contentDisposition(`${download.filename}.${download.format}`));
  const cache = download.cacheControl === undefined ? 'no-store' : download.cacheControl;
  if (cache !== null) reply.header('cache-control', cache);
  return reply.type(type).send(body);
}
