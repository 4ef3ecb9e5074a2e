import type { ImportEvent, Importer, ImporterContext, ObservationDraft, SkipEntry } from '../import.types.ts';
import { ImportFailure } from '../import.types.ts';
import { cellRef, headerKey, plainText, readNumber, readPeriod } from './values.ts';
import { readXlsxRows, type SheetRow } from './xlsx.ts';

/** Column blocks (the heading above the years) and what they hold. Other blocks are not imported. */
const BLOCKS: { pattern: RegExp; indicator: string; sex: string }[] = [
  {
    pattern: /^international migrant stock at mid-year, both sexes/i,
    indicator: 'ims.stock.destination',
    sex: '_T',
  },
  {
    pattern: /^international migrant stock at mid-year, males/i,
    indicator: 'ims.stock.destination',
    sex: 'M',
  },
  {
    pattern: /^international migrant stock at mid-year, females/i,
    indicator: 'ims.stock.destination',
    sex: 'F',
  },
  { pattern: /percentage of the total population, both sexes/i, indicator: 'ims.stock.share', sex: '_T' },
  { pattern: /percentage of the total population, males/i, indicator: 'ims.stock.share', sex: 'M' },
  { pattern: /percentage of the total population, females/i, indicator: 'ims.stock.share', sex: 'F' },
  { pattern: /^refugees? and asylum seekers at mid-year, both sexes/i, indicator: 'ims.refugees', sex: '_T' },
];

interface Table {
  sheet: string;
  /** Column of the location code of the row's area (destination) and, if any, of the origin. */
  code: number;
  name: number;
  originCode: number | null;
  columns: { column: number; period: string; indicator: string; sex: string }[];
}

/**
 * UN DESA International Migrant Stock workbooks. Each table has title rows, a row of block
 * headings (`…both sexes combined`, `…males`, `…females`), then the header (`Location code`,
 * years). Rows are regions and countries by M49 / UN DESA location code. The destination
 * workbook gives stock by sex (Table 1), share of the population (Table 3) and refugees
 * (Table 6); the origin-and-destination workbook has a `Location code of origin` column and gives
 * the bilateral stock.
 */
export const undesaImporter: Importer = {
  kind: 'undesa',
  async *read(path: string, context: ImporterContext): AsyncGenerator<ImportEvent> {
    let metaSent = false;
    let table: Table | null = null;
    let headings: { column: number; text: string }[] = [];
    let tables = 0;
    const sheets = new Set<string>();
    for await (const row of readXlsxRows(path)) {
      if (!sheets.has(row.sheet)) {
        sheets.add(row.sheet);
        table = null;
        headings = [];
      }
      if (context.options.sheet && row.sheet !== context.options.sheet) continue;
      if (!metaSent) {
        const edition = /International Migrant Stock (\d{4})(?::\s*(.+))?/i.exec(rowText(row));
        if (edition) {
          metaSent = true;
          const bilateral = /origin/i.test(edition[2] ?? '');
          yield {
            type: 'meta',
            dataset: {
              code: bilateral ? 'undesa-ims-origin-destination' : 'undesa-ims-destination',
              title: `International Migrant Stock ${edition[1]}${edition[2] ? `: ${edition[2].trim()}` : ''}`,
              publisher: 'UN DESA Population Division',
              licence: 'CC BY 3.0 IGO',
              url: 'https://www.un.org/development/desa/pd/content/international-migrant-stock',
            },
            label: edition[1]!,
          };
        }
      }
      if (!table) {
        const found = readHeader(row, headings);
        if (found) {
          table = found;
          if (found.columns.length > 0) tables += 1;
        } else {
          const texts = row.values.flatMap((v, column) =>
            plainText(v).trim() ? [{ column, text: plainText(v).trim() }] : [],
          );
          if (texts.length > 0) headings = texts;
        }
        continue;
      }
      if (!metaSent)
        throw new ImportFailure('header-not-found', { expected: 'International Migrant Stock 2020' });
      if (table.columns.length > 0) yield readRow(row, table, context);
    }
    if (context.options.sheet && !sheets.has(context.options.sheet)) {
      throw new ImportFailure('sheet-not-found', {
        sheet: context.options.sheet,
        sheets: [...sheets].join(', '),
      });
    }
    if (!metaSent || tables === 0) {
      throw new ImportFailure('header-not-found', {
        expected: 'Table 1: International migrant stock at mid-year by sex…, Location code, 1990, 1995…',
      });
    }
  },
};

function rowText(row: SheetRow): string {
  return row.values
    .map((v) => plainText(v).trim())
    .filter(Boolean)
    .join(' ');
}

/** The header row (it has a `Location code` column), with each year column's block. */
function readHeader(row: SheetRow, headings: { column: number; text: string }[]): Table | null {
  const keys = row.values.map(headerKey);
  const code = keys.findIndex((k) => k === 'location code' || k === 'location code of destination');
  if (code < 0) return null;
  const originCode = keys.indexOf('location code of origin');
  const name = keys.findIndex((k) => /^region, development group, country or area/.test(k));
  const columns: Table['columns'] = [];
  for (let column = 1; column < row.values.length; column++) {
    const period = readPeriod(row.values[column]);
    if (!period || column <= Math.max(code, originCode)) continue;
    const heading = [...headings].reverse().find((h) => h.column <= column)?.text ?? '';
    const block = BLOCKS.find((b) => b.pattern.test(heading));
    if (!block) continue;
    const indicator =
      originCode >= 0 && block.indicator === 'ims.stock.destination'
        ? 'ims.stock.bilateral'
        : block.indicator;
    if (originCode >= 0 && indicator !== 'ims.stock.bilateral') continue;
    columns.push({ column, period, indicator, sex: block.sex });
  }
  return {
    sheet: row.sheet,
    code,
    name: name >= 0 ? name : code - 2,
    originCode: originCode >= 0 ? originCode : null,
    columns,
  };
}

function readRow(row: SheetRow, table: Table, context: ImporterContext): ImportEvent {
  const line = row.row;
  const skips: SkipEntry[] = [];
  const observations: ObservationDraft[] = [];
  const rawCode = plainText(row.values[table.code]).trim();
  if (!rawCode) return { type: 'row', line, observations, progress: row.progress };
  const at = (column: number) => ({ line, cell: cellRef(row.sheet, column, line) });
  const name = plainText(row.values[table.name]).trim();
  const destination = context.areas.byM49(rawCode);
  const origin =
    table.originCode === null ? null : context.areas.byM49(plainText(row.values[table.originCode]).trim());
  for (const [match, column] of [
    [destination, table.code],
    [origin, table.originCode],
  ] as const) {
    if (match?.kind === 'unknown') {
      skips.push({
        ...at(column ?? table.code),
        reason: 'unknown-area',
        values: { name: `${name} (${match.input})` },
      });
      return { type: 'row', line, observations, skips, progress: row.progress };
    }
  }
  let missing = 0;
  for (const { column, period, indicator, sex } of table.columns) {
    const cell = readNumber(row.values[column]);
    if (cell.kind === 'missing') missing += 1;
    else if (cell.kind === 'text')
      skips.push({ ...at(column), reason: 'not-a-number', values: { text: cell.text } });
    else if (destination.kind !== 'unknown') {
      observations.push({
        indicator,
        ...(origin && origin.kind !== 'unknown'
          ? { area: origin.code, counterpart: destination.code }
          : { area: destination.code }),
        sex,
        period,
        value: cell.value,
        ...at(column),
      });
    }
  }
  return { type: 'row', line, observations, skips, missing, progress: row.progress };
}
