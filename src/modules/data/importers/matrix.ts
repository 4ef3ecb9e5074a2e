import type { ImportEvent, Importer, ImporterContext, ObservationDraft, SkipEntry } from '../import.types.ts';
import { ImportFailure } from '../import.types.ts';
import { readAreaCell } from './area-cells.ts';
import { cellRef, plainText, readNumber } from './values.ts';
import { readXlsxRows, type SheetRow } from './xlsx.ts';

/** Indicators a matrix title names, in order of precedence. */
const TITLE_INDICATORS = [
  { pattern: /bilateral remittance|remittance (estimates|matrix|flows)/i, indicator: 'knomad.bilateral' },
  { pattern: /migrant stock|migration matrix|bilateral migration/i, indicator: 'ims.stock.bilateral' },
];
/**
 * Publishers a matrix title names, by name or by a product only they publish, with their
 * data licence. The first match wins. A publisher never comes from the indicator's catalogue
 * entry: a World Bank migration matrix is not UN DESA's, whatever indicator it fills.
 */
const TITLE_PUBLISHERS = [
  {
    pattern: /\bknomad\b|bilateral remittance (estimates|matrix)/i,
    publisher: 'World Bank–KNOMAD',
    licence: 'CC BY 4.0',
  },
  {
    // The World Bank's own titles: its Bilateral Migration Matrix and the 2013 "Bilateral Estimates
    // of Migrant Stocks" workbooks.
    pattern: /world bank|bilateral migration matrix|bilateral estimates of migrant stocks/i,
    publisher: 'World Bank',
    licence: 'CC BY 4.0',
  },
  {
    pattern: /\bun desa\b|population division/i,
    publisher: 'UN DESA Population Division',
    licence: 'CC BY 3.0 IGO',
  },
  { pattern: /\bunhcr\b/i, publisher: 'UNHCR', licence: 'CC BY 4.0' },
  { pattern: /\boecd\b/i, publisher: 'OECD', licence: '' },
  { pattern: /\biom\b|international organization for migration/i, publisher: 'IOM', licence: '' },
];

/** The publisher the user gave, else the one the title names; neither: stop and ask. */
function publisherOf(title: string, context: ImporterContext): { publisher: string; licence: string } {
  const found = TITLE_PUBLISHERS.find((p) => p.pattern.test(title));
  const given = context.options.publisher?.trim();
  if (given) return { publisher: given, licence: found?.publisher === given ? found.licence : '' };
  if (found) return found;
  throw new ImportFailure('matrix-publisher', { text: title.slice(0, 200) });
}

/** A header row has at least this many areas across before it counts as the matrix's header. */
const MIN_AREAS = 5;

interface Matrix {
  sheet: string;
  header: number;
  nameColumn: number;
  columns: { column: number; area: string }[];
  indicator: string;
  rowsAre: 'origin' | 'destination';
  period: string;
}

/**
 * Any country-by-country matrix (World Bank bilateral remittance or migration matrices): a title
 * row, a header row of area names across with a corner cell (`receiving (across) / sending
 * (down)`), one row per area, `-` for missing. The indicator and period come from the title and
 * which axis is the origin from the corner cell when they say so; otherwise from `--indicator`,
 * `--period` and `--rows origin|destination`. When neither says, the import stops: no guessing.
 */
export const matrixImporter: Importer = {
  kind: 'matrix',
  async *read(path: string, context: ImporterContext): AsyncGenerator<ImportEvent> {
    let matrix: Matrix | null = null;
    let title = { sheet: '', text: '' };
    const sheets = new Set<string>();
    for await (const row of readXlsxRows(path)) {
      sheets.add(row.sheet);
      if (context.options.sheet && row.sheet !== context.options.sheet) continue;
      if (matrix) {
        if (row.sheet === matrix.sheet) yield readRow(row, matrix, context);
        continue;
      }
      if (title.sheet !== row.sheet) title = { sheet: row.sheet, text: '' };
      const header = findHeader(row, context);
      if (!header) {
        if (!title.text) title.text = firstText(row);
        continue;
      }
      matrix = describe(row, header, title.text, context);
      const { publisher, licence } = publisherOf(title.text, context);
      yield {
        type: 'meta',
        dataset: {
          code: `matrix:${matrix.indicator}:${matrix.period}`,
          title: title.text.slice(0, 300) || `${matrix.indicator} ${matrix.period}`,
          publisher,
          licence,
          url: null,
        },
        label: /\(([^()]*version[^()]*)\)/i.exec(title.text)?.[1]?.trim() ?? matrix.period,
      };
      // Header cells that name no known area ("Other North", "Other South") are reported and their
      // columns skipped, after the dataset is described: an importer's first event is its `meta`.
      for (const skip of header.skips) yield { type: 'row', line: row.row, observations: [], skips: [skip] };
    }
    if (context.options.sheet && !sheets.has(context.options.sheet)) {
      throw new ImportFailure('sheet-not-found', {
        sheet: context.options.sheet,
        sheets: [...sheets].join(', '),
      });
    }
    if (!matrix) throw new ImportFailure('header-not-found', { expected: 'a row of country names across' });
  },
};

function firstText(row: SheetRow): string {
  for (const value of row.values) {
    const text = plainText(value).trim();
    if (text) return text;
  }
  return '';
}

/**
 * The header row: area names across (text cells only: a row of numbers is never a header), and
 * the corner cell just before the first of them, which also heads the column of row names.
 */
function findHeader(row: SheetRow, context: ImporterContext) {
  const columns: Matrix['columns'] = [];
  const skips: SkipEntry[] = [];
  let nameColumn = -1;
  for (let column = 1; column < row.values.length; column++) {
    const raw = row.values[column];
    if (typeof raw === 'number' || raw instanceof Date) continue;
    const text = plainText(raw).trim();
    if (!text) continue;
    const area = readAreaCell(context.areas, 'any', text);
    if (area.kind === 'area') {
      if (nameColumn < 0) nameColumn = column - 1;
      columns.push({ column, area: area.code });
    } else if (nameColumn >= 0) {
      const { reason, values } =
        area.kind === 'skip' ? area : { reason: 'unknown-area' as const, values: { name: text } };
      skips.push({ line: row.row, cell: cellRef(row.sheet, column, row.row), reason, values });
    }
  }
  if (columns.length < MIN_AREAS || nameColumn < 1) return null;
  return { nameColumn, corner: plainText(row.values[nameColumn]).trim(), columns, skips };
}

function describe(
  row: SheetRow,
  header: NonNullable<ReturnType<typeof findHeader>>,
  title: string,
  context: ImporterContext,
): Matrix {
  const { options } = context;
  const fromTitle = TITLE_INDICATORS.find((t) => t.pattern.test(title))?.indicator;
  const indicator = settle('indicator', fromTitle, options.indicator, 'matrix-indicator', title);
  if (context.indicators.get(indicator)?.shape !== 'bilateral') {
    throw new ImportFailure('unknown-indicator', { code: indicator });
  }
  const rowsAre = settle('rows', axisFromCorner(header.corner), options.rows, 'matrix-axis', header.corner);
  const period = settle(
    'period',
    /\b(19|20)\d{2}\b/.exec(title)?.[0],
    options.period?.trim(),
    'matrix-period',
    title,
  );
  if (!/^\d{4}$/.test(period)) throw new ImportFailure('matrix-period', { text: title });
  return {
    sheet: row.sheet,
    header: row.row,
    nameColumn: header.nameColumn,
    columns: header.columns,
    indicator,
    rowsAre,
    period,
  };
}

/** What the file says, else what the user said; both and different, or neither: stop. */
function settle<T extends string>(
  what: 'indicator' | 'rows' | 'period',
  found: T | undefined | null,
  given: T | undefined,
  missing: 'matrix-indicator' | 'matrix-axis' | 'matrix-period',
  text: string,
): T {
  if (found && given && found !== given) throw new ImportFailure(`matrix-conflict-${what}`, { found, given });
  const value = found ?? given;
  if (!value) throw new ImportFailure(missing, { text: text.slice(0, 200) });
  return value;
}

/**
 * Reads `receiving (across) / sending (down)`, `origin (rows) / destination (columns)` and the like.
 * Returns what the rows are, or null when the cell does not say.
 */
export function axisFromCorner(corner: string): 'origin' | 'destination' | null {
  let rows: 'origin' | 'destination' | null = null;
  for (const part of corner.toLowerCase().split(/[/\\;|]/)) {
    const role = /\b(sending|origin|source|from)\b/.test(part)
      ? 'origin'
      : /\b(receiving|destination|host|recipient|to)\b/.test(part)
        ? 'destination'
        : null;
    const axis = /\b(down|rows?|vertical)\b/.test(part)
      ? 'rows'
      : /\b(across|columns?|horizontal)\b/.test(part)
        ? 'columns'
        : null;
    if (!role || !axis) continue;
    const said = axis === 'rows' ? role : role === 'origin' ? 'destination' : 'origin';
    if (rows && rows !== said) return null;
    rows = said;
  }
  return rows;
}

function readRow(row: SheetRow, matrix: Matrix, context: ImporterContext): ImportEvent {
  const line = row.row;
  const skips: SkipEntry[] = [];
  const observations: ObservationDraft[] = [];
  const name = plainText(row.values[matrix.nameColumn]).trim();
  const cells = matrix.columns.map((c) => ({ ...c, cell: readNumber(row.values[c.column]) }));
  const at = (column: number) => ({ line, cell: cellRef(row.sheet, column, line) });
  if (!name) return { type: 'row', line, observations, progress: row.progress };
  const match = readAreaCell(context.areas, 'any', name);
  if (match.kind !== 'area') {
    const hasNumbers = cells.some((c) => c.cell.kind === 'number');
    skips.push(
      !hasNumbers
        ? { ...at(matrix.nameColumn), reason: 'note', values: { text: name.slice(0, 80) } }
        : match.kind === 'skip'
          ? { ...at(matrix.nameColumn), reason: match.reason, values: match.values }
          : { ...at(matrix.nameColumn), reason: 'unknown-area', values: { name } },
    );
    return { type: 'row', line, observations, skips, progress: row.progress };
  }
  let missing = 0;
  for (const { column, area, cell } of cells) {
    if (cell.kind === 'missing') missing += 1;
    else if (cell.kind === 'text')
      skips.push({ ...at(column), reason: cell.reason, values: { text: cell.text } });
    else {
      const [origin, destination] = matrix.rowsAre === 'origin' ? [match.code, area] : [area, match.code];
      observations.push({
        indicator: matrix.indicator,
        area: origin,
        counterpart: destination,
        period: matrix.period,
        value: cell.value,
        ...at(column),
      });
    }
  }
  return { type: 'row', line, observations, skips, missing, progress: row.progress };
}
