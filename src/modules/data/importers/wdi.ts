import type { ImportEvent, Importer, ImporterContext, ObservationDraft, SkipEntry } from '../import.types.ts';
import { ImportFailure } from '../import.types.ts';
import { readCsv } from './csv.ts';
import { fileFormat } from './format.ts';
import { cellRef, headerKey, plainText, readDate, readNumber } from './values.ts';
import { readXlsSheet } from './xls.ts';

/** A row of a WDI download, CSV or Excel alike: fields by 0-based column. */
interface Row {
  line: number;
  fields: unknown[];
  progress: number;
  sheet?: string;
}

/** Below this share of the year before, a latest-year flow looks partial (Philippines 2022: 25%). */
const PARTIAL_RATIO = 0.4;

async function* rowsOf(path: string): AsyncGenerator<Row> {
  if ((await fileFormat(path)) !== 'text') {
    const rows = await readXlsSheet(path, 'Data');
    for (let i = 0; i < rows.length; i++) {
      yield { line: i + 1, fields: rows[i] ?? [], progress: (i + 1) / rows.length, sheet: 'Data' };
    }
    return;
  }
  for await (const record of readCsv(path)) yield record;
}

/**
 * World Bank WDI downloads, one indicator per file: the CSV as downloaded (UTF-8 BOM, preamble
 * lines `Data Source` and `Last Updated Date`, then `Country Name, Country Code, Indicator Name,
 * Indicator Code, 1960…`, years as columns, a trailing comma) and the legacy .xls download (sheet
 * `Data` in the same layout, read in an isolated worker). Countries and aggregates by WB code.
 */
export const wdiImporter: Importer = {
  kind: 'wdi',
  async *read(path: string, context: ImporterContext): AsyncGenerator<ImportEvent> {
    let updated: string | null = null;
    let header: {
      years: { index: number; year: string }[];
      name: number;
      code: number;
      indicator: number;
      indicatorName: number;
      width: number;
    } | null = null;
    let indicator: string | null = null;
    let metaSent = false;
    for await (const row of rowsOf(path)) {
      const first = headerKey(row.fields[0]);
      if (!header) {
        if (first === 'last updated date') updated = readDate(row.fields[1]);
        if (first === 'country name') header = readHeader(row.fields);
        continue;
      }
      if (row.fields.every((f) => plainText(f).trim() === '')) continue;
      if (row.fields.length < header.width) {
        throw new ImportFailure(
          'truncated',
          { line: row.line, found: row.fields.length, expected: header.width },
          { line: row.line },
        );
      }
      const code = plainText(row.fields[header.indicator]).trim();
      if (!metaSent) {
        if (!context.indicators.has(code)) {
          throw new ImportFailure('unknown-indicator', { code }, { line: row.line });
        }
        indicator = code;
        metaSent = true;
        const title = plainText(row.fields[header.indicatorName]).trim() || code;
        yield {
          type: 'meta',
          dataset: {
            code: `wdi:${code}`,
            title: `World Development Indicators: ${title}`,
            publisher: 'World Bank',
            licence: 'CC BY 4.0',
            url: `https://data.worldbank.org/indicator/${code}`,
          },
          label: updated ?? fileLabel(context.fileName),
        };
      }
      yield readRow(row, header, indicator!, code, context);
    }
    if (!header) {
      throw new ImportFailure('header-not-found', {
        expected: 'Country Name, Country Code, Indicator Name, Indicator Code, 1960, 1961…',
      });
    }
    if (!metaSent) throw new ImportFailure('no-data');
  },
};

function readHeader(fields: unknown[]) {
  const keys = fields.map(headerKey);
  const column = (name: string) => {
    const index = keys.indexOf(name);
    if (index < 0) throw new ImportFailure('column-missing', { column: name });
    return index;
  };
  const years = keys.flatMap((k, index) => (/^\d{4}$/.test(k) ? [{ index, year: k }] : []));
  if (years.length === 0) throw new ImportFailure('column-missing', { column: '1960…' });
  return {
    name: column('country name'),
    code: column('country code'),
    indicatorName: column('indicator name'),
    indicator: column('indicator code'),
    years,
    // A data row must reach the last year column; the trailing comma's empty field is optional.
    width: years.at(-1)!.index + 1,
  };
}

function readRow(
  row: Row,
  header: NonNullable<ReturnType<typeof readHeader>>,
  indicator: string,
  code: string,
  context: ImporterContext,
): ImportEvent {
  const skips: SkipEntry[] = [];
  const observations: ObservationDraft[] = [];
  const at = (column: number) =>
    row.sheet ? { line: row.line, cell: cellRef(row.sheet, column + 1, row.line) } : { line: row.line };
  if (code !== indicator) {
    skips.push({ line: row.line, reason: 'unknown-indicator', values: { code } });
    return { type: 'row', line: row.line, observations, skips, progress: row.progress };
  }
  const name = plainText(row.fields[header.name]).trim();
  const areaCode = plainText(row.fields[header.code]).trim();
  const area = context.areas.byCode(areaCode);
  if (area.kind === 'unknown') {
    skips.push({ line: row.line, reason: 'unknown-area', values: { name: `${name} (${areaCode})` } });
    return { type: 'row', line: row.line, observations, skips, progress: row.progress };
  }
  let missing = 0;
  const values: (number | null)[] = [];
  for (const { index, year } of header.years) {
    const cell = readNumber(row.fields[index]);
    values.push(cell.kind === 'number' ? cell.value : null);
    if (cell.kind === 'missing') missing += 1;
    else if (cell.kind === 'text')
      skips.push({ ...at(index), reason: cell.reason, values: { text: cell.text } });
    else observations.push({ indicator, area: area.code, period: year, value: cell.value, ...at(index) });
  }
  const partial = partialLatestYear(values, context.indicators.get(indicator)?.unit ?? '');
  if (partial !== null && !context.options.keepPartial) {
    const last = header.years.at(-1)!;
    const dropped = observations.pop()!;
    skips.push({
      ...at(last.index),
      reason: 'partial-year',
      values: { name, period: last.year, percent: Math.round(partial * 100), value: dropped.value },
    });
  }
  return { type: 'row', line: row.line, observations, skips, missing, progress: row.progress };
}

/**
 * A money flow whose value in the file's last year is under 40% of the year before is most likely
 * a partial year (the World Bank publishes the latest year as quarters come in). Returns the ratio
 * when it looks partial, else null. Percentages are not checked.
 */
function partialLatestYear(values: (number | null)[], unit: string): number | null {
  if (!unit.startsWith('USD') || values.length < 2) return null;
  const latest = values.at(-1);
  const previous = values.at(-2);
  if (latest == null || previous == null || previous <= 0 || latest < 0) return null;
  const ratio = latest / previous;
  return ratio < PARTIAL_RATIO ? ratio : null;
}

function fileLabel(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}
