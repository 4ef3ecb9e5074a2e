import type { ImportEvent, Importer, ImporterContext, ObservationDraft, SkipEntry } from '../import.types.ts';
import { ImportFailure } from '../import.types.ts';
import { readCsv } from './csv.ts';
import { headerKey, readDate, readNumber, readPeriod } from './values.ts';

/** DataBank series codes of Remittance Prices Worldwide and the indicator each goes to. */
const SERIES: Record<string, string> = { 'ATCR.CORR': 'rpw.corridor.cost' };

/**
 * Remittance Prices Worldwide (Corridors), exported from DataBank: sending and receiving country
 * (name and ISO code), series, then one column per quarter (`2011Q1 [YR2011Q1]`); `..` is missing;
 * blank lines and `Data from database…` / `Last Updated: 12/07/2020` lines at the end.
 */
export const rpwImporter: Importer = {
  kind: 'rpw',
  async *read(path: string, context: ImporterContext): AsyncGenerator<ImportEvent> {
    let header: ReturnType<typeof readHeader> | null = null;
    for await (const { line, fields, progress } of readCsv(path)) {
      if (!header) {
        header = readHeader(fields);
        yield {
          type: 'meta',
          dataset: {
            code: 'rpw',
            title: 'Remittance Prices Worldwide (Corridors)',
            publisher: 'World Bank',
            licence: 'CC BY 4.0',
            url: 'https://remittanceprices.worldbank.org',
          },
          label: context.fileName.replace(/\.[^.]+$/, ''),
        };
        continue;
      }
      const text = fields.map((f) => f.trim());
      if (text.every((f) => f === '')) continue;
      const updated = /^last updated:\s*(.+)$/i.exec(text[0] ?? '');
      if (updated) {
        const date = readDate(updated[1]);
        if (date) yield { type: 'label', label: date };
      }
      if (!text[header.sendingCode] && !text[header.receivingCode]) {
        yield {
          type: 'row',
          line,
          observations: [],
          skips: [{ line, reason: 'note', values: { text: text[0]!.slice(0, 80) } }],
          progress,
        };
        continue;
      }
      if (fields.length < header.width) {
        throw new ImportFailure(
          'truncated',
          { line, found: fields.length, expected: header.width },
          { line },
        );
      }
      yield readRow(line, text, header, context, progress);
    }
    if (!header) throw new ImportFailure('no-data');
  },
};

function readHeader(fields: string[]) {
  const keys = fields.map(headerKey);
  const column = (...names: string[]) => {
    const index = keys.findIndex((k) => names.includes(k));
    if (index < 0) throw new ImportFailure('header-not-found', { expected: names[0]! });
    return index;
  };
  const periods = keys.flatMap((k, index) => {
    const period = readPeriod(k);
    return period ? [{ index, period }] : [];
  });
  if (periods.length === 0) throw new ImportFailure('column-missing', { column: '2011Q1 [YR2011Q1]…' });
  return {
    sendingName: column('sending countries name', 'sending country name'),
    sendingCode: column('sending countries code', 'sending country code'),
    receivingName: column('receiving countries name', 'receiving country name'),
    receivingCode: column('receiving countries code', 'receiving country code'),
    series: column('series code'),
    periods,
    width: periods.at(-1)!.index + 1,
  };
}

function readRow(
  line: number,
  text: string[],
  header: ReturnType<typeof readHeader>,
  context: ImporterContext,
  progress: number,
): ImportEvent {
  const skips: SkipEntry[] = [];
  const observations: ObservationDraft[] = [];
  const series = text[header.series] ?? '';
  const indicator = SERIES[series];
  if (!indicator) {
    skips.push({ line, reason: 'unknown-indicator', values: { code: series } });
    return { type: 'row', line, observations, skips, progress };
  }
  const ends = [
    [text[header.sendingCode]!, text[header.sendingName]!],
    [text[header.receivingCode]!, text[header.receivingName]!],
  ].map(([code, name]) => ({ match: context.areas.byCode(code!), label: `${name} (${code})` }));
  const unknown = ends.find((e) => e.match.kind === 'unknown');
  if (unknown) {
    skips.push({ line, reason: 'unknown-area', values: { name: unknown.label } });
    return { type: 'row', line, observations, skips, progress };
  }
  const [origin, destination] = ends.map((e) => (e.match.kind === 'unknown' ? '' : e.match.code));
  let missing = 0;
  for (const { index, period } of header.periods) {
    const cell = readNumber(text[index]);
    if (cell.kind === 'missing') missing += 1;
    else if (cell.kind === 'text')
      skips.push({ line, reason: cell.reason, values: { text: cell.text, period } });
    else
      observations.push({
        indicator,
        area: origin!,
        counterpart: destination!,
        period,
        value: cell.value,
        line,
      });
  }
  return { type: 'row', line, observations, skips, missing, progress };
}
