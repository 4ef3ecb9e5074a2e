import type { ImportEvent, Importer, ImporterContext, ObservationDraft, SkipEntry } from '../import.types.ts';
import { ImportFailure } from '../import.types.ts';
import { readAreaCell } from './area-cells.ts';
import { cellRef, headerKey, plainText, readNumber, readPeriod } from './values.ts';
import { readXlsxRows, type SheetRow } from './xlsx.ts';

/**
 * UN DESA International Migrant Stock workbooks, every revision since 2015 (2015, 2017, 2019,
 * 2020, 2024), found by their structure rather than by one revision's labels, so that the next
 * release reads without new code unless its structure changes:
 *
 * - a **table by destination** (stock, share of the population, refugees): a band of block
 *   headings naming what each block holds and its sex ("…both sexes", "…males", "…(female)"),
 *   a row of years under it, and a column of numeric UN M49 codes, headed "Code", "Country code"
 *   or "Location code" depending on the revision;
 * - an **origin-by-destination table**, either long (2020, 2024: a second code column "of origin",
 *   years across by sex) or wide (2015–2019: a "Year" column, destinations down, origins across
 *   by name, one table per sex).
 *
 * What a block holds is read from its heading's words, whatever the revision's wording: migrant
 * stock, migrant stock as a percentage of the total population, refugees. Other blocks (total
 * population, female share, rates of change) are not imported.
 */
export const undesaImporter: Importer = {
  kind: 'undesa',
  async *read(path: string, context: ImporterContext): AsyncGenerator<ImportEvent> {
    let edition: Edition = { year: null, subtitle: null };
    let metaSent = false;
    let table: Table | null = null;
    let recent: SheetRow[] = [];
    let title = '';
    let tables = 0;
    const sheets = new Set<string>();
    for await (const row of readXlsxRows(path)) {
      if (!sheets.has(row.sheet)) {
        sheets.add(row.sheet);
        table = null;
        recent = [];
        title = '';
      }
      if (context.options.sheet && row.sheet !== context.options.sheet) continue;
      if (table) {
        if (table.columns.length > 0 || table.kind === 'wide') yield readRow(row, table, context);
        continue;
      }
      const text = rowText(row);
      if (!text) continue;
      edition = readEdition(text, edition);
      if (!title && /\btable\b/i.test(text)) title = text;
      const found = readHeader(row, recent, title, context);
      recent = [...recent.slice(-3), row];
      if (!found) continue;
      table = found;
      // A table of nothing this importer reads (total population, rates of change) is passed over.
      if (found.kind === 'long' && found.columns.length === 0) continue;
      tables += 1;
      if (!metaSent) {
        metaSent = true;
        yield meta(edition, found);
      }
      for (const skip of found.skips) yield { type: 'row', line: row.row, observations: [], skips: [skip] };
    }
    if (context.options.sheet && !sheets.has(context.options.sheet)) {
      throw new ImportFailure('sheet-not-found', {
        sheet: context.options.sheet,
        sheets: [...sheets].join(', '),
      });
    }
    if (tables === 0) {
      throw new ImportFailure('header-not-found', {
        expected:
          'a table of International Migrant Stock: a band of headings by sex (both sexes, males, females), the years under it (1990, 1995…) and a column of UN M49 codes (“Code” or “Location code”)',
      });
    }
  },
};

interface Edition {
  year: string | null;
  /** "Destination", "Destination and origin": the edition line's words after the year. */
  subtitle: string | null;
}

/**
 * "International Migrant Stock 2020: Destination", "International migrant stock 2019",
 * "Trends in International Migrant Stock: The 2017 revision": the revision's year and words.
 */
function readEdition(text: string, edition: Edition): Edition {
  if (edition.year) return edition;
  const named =
    /International Migrant Stock\b\s*:?\s*(?:the\s+)?(\d{4})(?:\s+revision)?(?:\s*:\s*(.+))?/i.exec(text);
  return named ? { year: named[1]!, subtitle: named[2]?.trim() ?? null } : edition;
}

function meta(edition: Edition, table: Table): ImportEvent {
  const bilateral =
    table.kind === 'wide' || table.originCode !== null || /origin/i.test(edition.subtitle ?? '');
  // A revision that names no year on its title rows is known by the latest year it gives.
  const year = edition.year ?? table.latestYear ?? '';
  const subtitle = edition.subtitle ?? (bilateral ? 'Destination and origin' : 'Destination');
  return {
    type: 'meta',
    dataset: {
      code: bilateral ? 'undesa-ims-origin-destination' : 'undesa-ims-destination',
      title: `International Migrant Stock ${year}: ${subtitle}`.slice(0, 300),
      publisher: 'UN DESA Population Division',
      licence: 'CC BY 3.0 IGO',
      url: 'https://www.un.org/development/desa/pd/content/international-migrant-stock',
    },
    label: year,
  };
}

type Column = { column: number; period: string; indicator: string; sex: string };

interface Table {
  kind: 'long' | 'wide';
  sheet: string;
  /** Column of the M49 code of the row's area (the destination) and, if any, of the origin. */
  code: number;
  name: number;
  originCode: number | null;
  /** Long tables: the value columns, each with its year, indicator and sex. */
  columns: Column[];
  /** Wide tables: the year column, the origins across and the table's sex. */
  year: number;
  origins: { column: number; area: string }[];
  sex: string;
  latestYear: string | null;
  skips: SkipEntry[];
}

function rowText(row: SheetRow): string {
  return row.values
    .map((v) => plainText(v).trim())
    .filter(Boolean)
    .join(' ');
}

/** Non-empty cells of a row, by column. */
function cells(row: SheetRow): { column: number; text: string }[] {
  return row.values.flatMap((v, column) => {
    const text = plainText(v).trim();
    return text ? [{ column, text }] : [];
  });
}

/** A year of a row of years: a whole number from 1950 to 2100 (a cell, not a range like 1990-1995). */
function yearOf(raw: unknown): string | null {
  const period = readPeriod(raw);
  return period && /^\d{4}$/.test(period) && Number(period) >= 1950 && Number(period) <= 2100 ? period : null;
}

/**
 * Where the row labels of a table are: on the row of years, or on a row above it (the older
 * revisions merge each label over the band and the years, and the label sits on the band).
 */
function labelColumn(rows: SheetRow[], test: (key: string) => boolean, before: number): number {
  for (const row of [...rows].reverse()) {
    const column = row.values.findIndex((v, c) => c < before && test(headerKey(v)));
    if (column >= 0) return column;
  }
  return -1;
}

const isCode = (key: string) => /\bcode\b/.test(key) && !/\b(iso|alpha)/.test(key);
const isOriginCode = (key: string) => isCode(key) && /\borigin\b/.test(key);
const isDestinationCode = (key: string) => isCode(key) && !/\borigin\b/.test(key);
const isName = (key: string) =>
  /country or area|major area|region, development group/.test(key) && !/\borigin\b/.test(key);

/** The header of a table on `row`, with `recent` the rows just above it; null when `row` is not one. */
function readHeader(
  row: SheetRow,
  recent: SheetRow[],
  title: string,
  context: ImporterContext,
): Table | null {
  const years = row.values.flatMap((v, column) => {
    const year = yearOf(v);
    return year ? [{ column, year }] : [];
  });
  if (years.length >= 3) return longTable(row, recent, years);
  return wideTable(row, [...recent, row], title, context);
}

function longTable(
  row: SheetRow,
  recent: SheetRow[],
  years: { column: number; year: string }[],
): Table | null {
  const rows = [...recent, row];
  const first = years[0]!.column;
  const code = labelColumn(rows, isDestinationCode, first);
  if (code < 0) return null;
  const originCode = labelColumn(rows, isOriginCode, first);
  const name = labelColumn(rows, isName, first);
  // The band: the nearest row above the years with headings over the year columns.
  const band = [...recent].reverse().find((r) => cells(r).some((c) => c.column >= first)) ?? null;
  const headings = band ? cells(band).filter((c) => c.column >= first) : [];
  const columns: Column[] = [];
  for (const { column, year } of years) {
    if (column <= Math.max(code, originCode)) continue;
    const heading = [...headings].reverse().find((h) => h.column <= column)?.text ?? '';
    const block = blockOf(heading);
    if (!block) continue;
    if (originCode >= 0) {
      if (block.indicator !== 'ims.stock.destination') continue;
      columns.push({ column, period: year, indicator: 'ims.stock.bilateral', sex: block.sex });
    } else columns.push({ column, period: year, ...block });
  }
  return {
    kind: 'long',
    sheet: row.sheet,
    code,
    name: name >= 0 ? name : Math.max(1, code - 2),
    originCode: originCode >= 0 ? originCode : null,
    columns,
    year: -1,
    origins: [],
    sex: '_T',
    latestYear:
      years
        .map((y) => y.year)
        .sort()
        .at(-1) ?? null,
    skips: [],
  };
}

/**
 * What a block of year columns holds, from its heading in any revision's wording:
 * "International migrant stock at mid-year, both sexes combined" (2020), "International migrant
 * stock at mid-year (male)" (2015), "…as a percentage of the total population, females",
 * "Estimated refugee stock at mid-year (both sexes)" or "Refugee and asylum seekers at mid-year,
 * both sexes combined". Total population, female share of migrants and rates of change: null.
 */
export function blockOf(heading: string): { indicator: string; sex: string } | null {
  const text = heading.toLowerCase();
  if (!text || /rate of change/.test(text)) return null;
  const sex = /\bfemales?\b|\bwomen\b/.test(text)
    ? 'F'
    : /\bmales?\b|\bmen\b/.test(text)
      ? 'M'
      : /both sexes|\btotal\b|\ball\b/.test(text) || !/\bsex/.test(text)
        ? '_T'
        : null;
  if (!sex) return null;
  if (/percent|per cent|%/.test(text)) {
    // "Female migrants as a percentage of the international migrant stock" is not a share of the population.
    return /total population/.test(text) && /migrant/.test(text)
      ? { indicator: 'ims.stock.share', sex }
      : null;
  }
  if (/refugee/.test(text)) return sex === '_T' ? { indicator: 'ims.refugees', sex } : null;
  if (/migrant stock|international migrants/.test(text)) return { indicator: 'ims.stock.destination', sex };
  return null;
}

/**
 * The wide origin-by-destination tables of 2015–2019: a "Year" column, a code column, and origins
 * across by name ("Total", "Other North", "Other South", then countries). "Total" is every origin,
 * stored as the World like the long tables' "WORLD" origin; names no area fits are reported.
 */
function wideTable(row: SheetRow, rows: SheetRow[], title: string, context: ImporterContext): Table | null {
  const origins: Table['origins'] = [];
  const skips: SkipEntry[] = [];
  let firstOrigin = -1;
  const own = cells(row);
  const code = labelColumn(rows, isDestinationCode, own.at(-1)?.column ?? 0);
  const year = labelColumn(rows, (key) => key === 'year', Math.max(code, 0));
  if (code < 0 || year < 0) return null;
  // "Total", "Other North"… may sit on the row above, merged down beside the origins' names.
  const above = rows.at(-2);
  const firstNamed = own.find((c) => c.column > code)?.column ?? Number.POSITIVE_INFINITY;
  const texts = [
    ...(above
      ? cells(above)
          .filter((c) => c.column > code && c.column < firstNamed)
          .map((c) => ({ ...c, line: above.row }))
      : []),
    ...own.map((c) => ({ ...c, line: row.row })),
  ];
  for (const { column, text, line } of texts) {
    if (column <= code) continue;
    if (/^total$/i.test(text)) {
      origins.push({ column, area: 'AGG:WLD' });
      continue;
    }
    const area = readAreaCell(context.areas, 'any', text);
    if (area.kind === 'area') {
      if (firstOrigin < 0) firstOrigin = column;
      origins.push({ column, area: area.code });
    } else if (area.kind === 'skip' && !/type of data|notes?/i.test(text)) {
      skips.push({ line, cell: cellRef(row.sheet, column, line), reason: area.reason, values: area.values });
    }
  }
  if (firstOrigin < 0 || origins.length < 5) return null;
  const name = labelColumn(rows, isName, code);
  const sex = /\bfemales?\b/i.test(title) ? 'F' : /\bmales?\b/i.test(title) ? 'M' : '_T';
  return {
    kind: 'wide',
    sheet: row.sheet,
    code,
    name: name >= 0 ? name : Math.max(1, code - 2),
    originCode: null,
    columns: [],
    year,
    origins,
    sex,
    latestYear: null,
    skips,
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
  if (destination.kind === 'unknown')
    return { type: 'row', line, observations, skips, progress: row.progress };
  let missing = 0;
  const cellsToRead =
    table.kind === 'wide'
      ? wideCells(row, table, destination.code, skips, at)
      : table.columns.map(({ column, period, indicator, sex }) => ({
          column,
          draft: {
            indicator,
            ...(origin && origin.kind !== 'unknown'
              ? { area: origin.code, counterpart: destination.code }
              : { area: destination.code }),
            sex,
            period,
          },
        }));
  for (const { column, draft } of cellsToRead) {
    const cell = readNumber(row.values[column]);
    if (cell.kind === 'missing') missing += 1;
    else if (cell.kind === 'text')
      skips.push({ ...at(column), reason: cell.reason, values: { text: cell.text } });
    else observations.push({ ...draft, value: cell.value, ...at(column) });
  }
  return { type: 'row', line, observations, skips, missing, progress: row.progress };
}

/** A wide table's row: its year, then one bilateral value per origin across. */
function wideCells(
  row: SheetRow,
  table: Table,
  destination: string,
  skips: SkipEntry[],
  at: (column: number) => { line: number; cell: string },
) {
  const period = yearOf(row.values[table.year]);
  if (!period) {
    skips.push({
      ...at(table.year),
      reason: 'bad-period',
      values: { text: plainText(row.values[table.year]).slice(0, 80) },
    });
    return [];
  }
  return table.origins.map(({ column, area }) => ({
    column,
    draft: { indicator: 'ims.stock.bilateral', area, counterpart: destination, sex: table.sex, period },
  }));
}
