import type { ImportEvent, Importer, ImporterContext, ObservationDraft, SkipEntry } from '../import.types.ts';
import { ImportFailure } from '../import.types.ts';
import { readCsv } from './csv.ts';
import { headerKey, readNumber, readPeriod } from './values.ts';

/** Header names UNHCR extracts use for each column. */
const COLUMNS = {
  year: ['year'],
  origin: ['orig', 'origin', 'coo', 'coo_iso', 'country of origin (iso)'],
  asylum: ['dest', 'asylum', 'coa', 'coa_iso', 'country of asylum (iso)'],
  refugees: ['refugees', 'refugees under unhcr’s mandate', "refugees under unhcr's mandate"],
  asylumSeekers: ['asylum_seekers', 'asylum-seekers', 'asylum seekers'],
} as const;

/**
 * UNHCR's "various or unknown" origin or asylum country: an empty code, UNK, or the extract's own
 * "not available" (`NA`, never Namibia: UNHCR's codes are alpha-3, Namibia is NAM).
 */
const UNKNOWN_AREA = 'AGG:UNK';
const MISSING_CODES = new Set(['', 'NA']);

/**
 * UNHCR refugees and asylum seekers by origin and asylum country, as a tidy CSV
 * (`year,orig,dest,refugees,asylum_seekers`, ISO alpha-3 codes, `NA` for missing, in the code
 * columns too).
 */
export const unhcrImporter: Importer = {
  kind: 'unhcr',
  async *read(path: string, context: ImporterContext): AsyncGenerator<ImportEvent> {
    let header: Record<keyof typeof COLUMNS, number> | null = null;
    for await (const { line, fields, progress } of readCsv(path)) {
      if (!header) {
        header = readHeader(fields);
        yield {
          type: 'meta',
          dataset: {
            code: 'unhcr',
            title: 'UNHCR refugees and asylum seekers by origin and asylum country',
            publisher: 'UNHCR',
            licence: 'CC BY 4.0',
            url: 'https://www.unhcr.org/refugee-statistics/',
          },
          label: context.fileName.replace(/\.[^.]+$/, ''),
        };
        continue;
      }
      if (fields.length < 5) {
        throw new ImportFailure('truncated', { line, found: fields.length, expected: 5 }, { line });
      }
      yield readRow(line, fields, header, context, progress);
    }
    if (!header) throw new ImportFailure('no-data');
  },
};

function readHeader(fields: string[]): Record<keyof typeof COLUMNS, number> {
  const keys = fields.map(headerKey);
  const header = {} as Record<keyof typeof COLUMNS, number>;
  for (const [field, names] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, readonly string[]][]) {
    const index = keys.findIndex((k) => names.includes(k));
    if (index < 0) throw new ImportFailure('column-missing', { column: names[0]! });
    header[field] = index;
  }
  return header;
}

function readRow(
  line: number,
  fields: string[],
  header: Record<keyof typeof COLUMNS, number>,
  context: ImporterContext,
  progress: number,
): ImportEvent {
  const skips: SkipEntry[] = [];
  const observations: ObservationDraft[] = [];
  const period = readPeriod(fields[header.year]);
  if (!period) {
    skips.push({ line, reason: 'bad-period', values: { text: fields[header.year] ?? '' } });
    return { type: 'row', line, observations, skips, progress };
  }
  const areas: string[] = [];
  for (const column of [header.origin, header.asylum]) {
    const code = (fields[column] ?? '').trim();
    if (MISSING_CODES.has(code.toUpperCase())) {
      areas.push(UNKNOWN_AREA);
      continue;
    }
    const match = context.areas.byCode(code);
    if (match.kind === 'unknown') {
      skips.push({ line, reason: 'unknown-area', values: { name: code } });
      return { type: 'row', line, observations, skips, progress };
    }
    areas.push(match.code);
  }
  let missing = 0;
  for (const [indicator, column] of [
    ['unhcr.refugees', header.refugees],
    ['unhcr.asylum', header.asylumSeekers],
  ] as const) {
    const cell = readNumber(fields[column]);
    if (cell.kind === 'missing') missing += 1;
    else if (cell.kind === 'text') skips.push({ line, reason: cell.reason, values: { text: cell.text } });
    else
      observations.push({
        indicator,
        area: areas[0]!,
        counterpart: areas[1]!,
        period,
        value: cell.value,
        line,
      });
  }
  return { type: 'row', line, observations, skips, missing, progress };
}
