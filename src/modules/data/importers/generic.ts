import { basename } from 'node:path';
import type {
  GenericField,
  ImportEvent,
  Importer,
  ImporterContext,
  ObservationDraft,
  SkipEntry,
} from '../import.types.ts';
import { ImportFailure } from '../import.types.ts';
import { type AreaColumnKind, declaredKind, readAreaCell } from './area-cells.ts';
import { readCsv } from './csv.ts';
import { fileFormat } from './format.ts';
import { cellRef, cellScalar, headerKey, plainText, readNumber, readPeriod } from './values.ts';
import { readXlsxRows } from './xlsx.ts';

/** Headers recognised without a mapping, per field (compared case-insensitively). */
const HEADERS: Record<GenericField, string[]> = {
  indicator: ['indicator', 'indicator code', 'indicator_code', 'series', 'series code'],
  country: ['country', 'country code', 'area', 'iso3', 'iso2', 'iso', 'ref_area', 'location'],
  origin: ['origin', 'country of origin', 'from', 'sending country'],
  destination: ['destination', 'country of destination', 'to', 'receiving country'],
  sex: ['sex', 'gender'],
  age: ['age', 'age group'],
  period: ['period', 'year', 'time', 'time_period'],
  value: ['value', 'obs_value', 'amount'],
};

const SEX: Record<string, string> = {
  '': '_T',
  _t: '_T',
  t: '_T',
  total: '_T',
  both: '_T',
  'both sexes': '_T',
  f: 'F',
  female: 'F',
  females: 'F',
  women: 'F',
  m: 'M',
  male: 'M',
  males: 'M',
  men: 'M',
};

interface Row {
  line: number;
  fields: unknown[];
  progress: number;
  sheet?: string;
}

async function* rowsOf(path: string, sheet: string | undefined): AsyncGenerator<Row> {
  if ((await fileFormat(path)) !== 'xlsx') {
    for await (const record of readCsv(path)) yield record;
    return;
  }
  let first: string | null = null;
  const sheets = new Set<string>();
  for await (const row of readXlsxRows(path)) {
    sheets.add(row.sheet);
    first ??= row.sheet;
    if (row.sheet !== (sheet ?? first)) continue;
    yield {
      line: row.row,
      fields: row.values.slice(1).map(cellScalar),
      progress: row.progress,
      sheet: row.sheet,
    };
  }
  if (sheet && !sheets.has(sheet))
    throw new ImportFailure('sheet-not-found', { sheet, sheets: [...sheets].join(', ') });
}

/**
 * A long table a country team prepares itself, CSV or XLSX (first sheet, or `sheet`):
 * `indicator, country, [origin], [destination], [sex], [age], period, value`, one value per row.
 * Headers can be mapped (`columns: { value: 'Valeur', country: 'Pays' }`); the indicator can be
 * given for the whole file. Areas may be ISO alpha-3 codes, M49 codes or names in any usual
 * spelling; ISO alpha-2 codes only in a column whose header says so (`iso2`).
 */
export const genericImporter: Importer = {
  kind: 'generic',
  async *read(path: string, context: ImporterContext): AsyncGenerator<ImportEvent> {
    let header: Partial<Record<GenericField, number>> | null = null;
    let kinds: AreaKinds = {};
    for await (const row of rowsOf(path, context.options.sheet)) {
      if (!header) {
        header = readHeader(row.fields, context);
        kinds = areaKinds(row.fields, header);
        const slug = basename(context.fileName)
          .replace(/\.[^.]+$/, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-');
        yield {
          type: 'meta',
          dataset: {
            code: context.options.dataset?.trim() || `generic:${slug.replace(/^-|-$/g, '') || 'file'}`,
            title: context.fileName,
            publisher: 'Entered by the country team',
            licence: 'As published by the reporting government',
            url: null,
          },
          label: new Date().toISOString().slice(0, 10),
        };
        continue;
      }
      if (row.fields.every((f) => plainText(f).trim() === '')) continue;
      yield readRow(row, header, kinds, context);
    }
    if (!header) throw new ImportFailure('no-data');
  },
};

function readHeader(fields: unknown[], context: ImporterContext): Partial<Record<GenericField, number>> {
  const keys = fields.map(headerKey);
  const header: Partial<Record<GenericField, number>> = {};
  for (const field of Object.keys(HEADERS) as GenericField[]) {
    const mapped = context.options.columns?.[field];
    const names = mapped ? [headerKey(mapped)] : HEADERS[field];
    const index = keys.findIndex((k) => names.includes(k));
    if (index >= 0) header[field] = index;
    else if (mapped) throw new ImportFailure('column-missing', { column: mapped });
  }
  const required: GenericField[] = ['period', 'value'];
  if (header.indicator === undefined && !context.options.indicator) required.push('indicator');
  if (header.country === undefined && (header.origin === undefined || header.destination === undefined)) {
    required.push('country');
  }
  for (const field of required) {
    if (header[field] === undefined) throw new ImportFailure('column-missing', { column: field });
  }
  return header;
}

type AreaKinds = Partial<Record<GenericField, AreaColumnKind>>;

/**
 * What each area column holds, as its header declares it: two-letter codes are read only in a
 * column headed `iso2`, `alpha-2`…; `NA` is "not available" in one headed `iso3`, and in any other
 * it is reported (Namibia or "not available"?).
 */
function areaKinds(fields: unknown[], header: Partial<Record<GenericField, number>>): AreaKinds {
  const kinds: AreaKinds = {};
  for (const field of ['country', 'origin', 'destination'] as const) {
    if (header[field] !== undefined) kinds[field] = declaredKind(plainText(fields[header[field]!]));
  }
  return kinds;
}

function readRow(
  row: Row,
  header: Partial<Record<GenericField, number>>,
  kinds: AreaKinds,
  context: ImporterContext,
): ImportEvent {
  const { line } = row;
  const text = (field: GenericField) =>
    header[field] === undefined ? '' : plainText(row.fields[header[field]!]).trim();
  const at = (field: GenericField) =>
    row.sheet && header[field] !== undefined
      ? { line, cell: cellRef(row.sheet, header[field]! + 1, line) }
      : { line };
  const skip = (field: GenericField, entry: Omit<SkipEntry, 'line' | 'cell'>): ImportEvent => ({
    type: 'row',
    line,
    observations: [],
    skips: [{ ...at(field), ...entry }],
    progress: row.progress,
  });
  const indicator = text('indicator') || context.options.indicator?.trim() || '';
  const shape = context.indicators.get(indicator)?.shape;
  if (!shape) return skip('indicator', { reason: 'unknown-indicator', values: { code: indicator } });
  const fields: GenericField[] = shape === 'bilateral' ? ['origin', 'destination'] : ['country'];
  const areas: string[] = [];
  for (const field of fields) {
    const name = text(field);
    if (!name) return skip(field, { reason: 'missing-field', values: { field } });
    const cell = readAreaCell(context.areas, kinds[field] ?? 'any', name);
    if (cell.kind === 'missing')
      return skip(field, { reason: 'missing-area', values: { field, text: name } });
    if (cell.kind === 'skip') return skip(field, { reason: cell.reason, values: cell.values });
    areas.push(cell.code);
  }
  const period = readPeriod(header.period === undefined ? '' : row.fields[header.period]);
  if (!period) return skip('period', { reason: 'bad-period', values: { text: text('period') } });
  const sex = SEX[text('sex').toLowerCase()];
  if (!sex) return skip('sex', { reason: 'bad-sex', values: { text: text('sex') } });
  const cell = readNumber(header.value === undefined ? null : row.fields[header.value]);
  if (cell.kind === 'missing')
    return { type: 'row', line, observations: [], missing: 1, progress: row.progress };
  if (cell.kind === 'text') return skip('value', { reason: cell.reason, values: { text: cell.text } });
  const observation: ObservationDraft = {
    indicator,
    area: areas[0]!,
    ...(areas[1] ? { counterpart: areas[1] } : {}),
    sex,
    ...(text('age') ? { age: text('age') } : {}),
    period,
    value: cell.value,
    ...at('value'),
  };
  return { type: 'row', line, observations: [observation], progress: row.progress };
}
