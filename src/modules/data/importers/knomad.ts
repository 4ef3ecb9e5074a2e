import type { ImportEvent, Importer, ImporterContext, ObservationDraft, SkipEntry } from '../import.types.ts';
import { ImportFailure } from '../import.types.ts';
import { cellRef, plainText, readNumber, readPeriod } from './values.ts';
import { readXlsxRows, type SheetRow } from './xlsx.ts';

const FLOWS = {
  inflows: { indicator: 'knomad.inflows', title: 'KNOMAD annual remittance inflows' },
  outflows: { indicator: 'knomad.outflows', title: 'KNOMAD annual remittance outflows' },
} as const;

interface Header {
  sheet: string;
  nameColumn: number;
  years: { column: number; period: string }[];
  indicator: string;
}

/**
 * KNOMAD / World Bank annual remittance flows (`remittance-inflows.xlsx`, `remittance-outflows.xlsx`):
 * a header `Remittance inflows (US$ million) | 2000 | 2001 …`, one row per country in World Bank
 * spelling, then aggregates and footnote rows (`Date: June 2023` gives the release label).
 */
export const knomadImporter: Importer = {
  kind: 'knomad',
  async *read(path: string, context: ImporterContext): AsyncGenerator<ImportEvent> {
    let header: Header | null = null;
    const sheets = new Set<string>();
    for await (const row of readXlsxRows(path)) {
      sheets.add(row.sheet);
      if (context.options.sheet && row.sheet !== context.options.sheet) continue;
      if (!header) {
        header = readHeader(row);
        if (header) {
          const flow = header.indicator === FLOWS.inflows.indicator ? FLOWS.inflows : FLOWS.outflows;
          yield {
            type: 'meta',
            dataset: {
              code: `knomad-${flow === FLOWS.inflows ? 'inflows' : 'outflows'}`,
              title: flow.title,
              publisher: 'World Bank–KNOMAD',
              licence: 'CC BY 4.0',
              url: 'https://www.knomad.org/data/remittances',
            },
            label: context.fileName.replace(/\.[^.]+$/, ''),
          };
        }
        continue;
      }
      if (row.sheet !== header.sheet) continue;
      const name = plainText(row.values[header.nameColumn]).trim();
      if (!name) continue;
      const date = /^Date:\s*(.+)$/i.exec(name);
      if (date) yield { type: 'label', label: date[1]!.trim() };
      yield readRow(row, name, header, context);
    }
    if (context.options.sheet && !sheets.has(context.options.sheet)) {
      throw new ImportFailure('sheet-not-found', {
        sheet: context.options.sheet,
        sheets: [...sheets].join(', '),
      });
    }
    if (!header) {
      throw new ImportFailure('header-not-found', {
        expected: 'Remittance inflows (US$ million), 2000, 2001…',
      });
    }
  },
};

function readHeader(row: SheetRow): Header | null {
  for (let column = 1; column < row.values.length; column++) {
    const flow = /^remittance (inflows|outflows)/i.exec(plainText(row.values[column]).trim());
    if (!flow) continue;
    const years: Header['years'] = [];
    for (let c = column + 1; c < row.values.length; c++) {
      const period = readPeriod(row.values[c]);
      if (period) years.push({ column: c, period });
    }
    if (years.length === 0) return null;
    const indicator = FLOWS[flow[1]!.toLowerCase() as keyof typeof FLOWS].indicator;
    return { sheet: row.sheet, nameColumn: column, years, indicator };
  }
  return null;
}

function readRow(row: SheetRow, name: string, header: Header, context: ImporterContext): ImportEvent {
  const line = row.row;
  const skips: SkipEntry[] = [];
  const observations: ObservationDraft[] = [];
  const cells = header.years.map((y) => ({ ...y, cell: readNumber(row.values[y.column]) }));
  const area = context.areas.byName(name);
  const hasNumbers = cells.some((c) => c.cell.kind === 'number');
  const at = (column: number) => ({ line, cell: cellRef(row.sheet, column, line) });
  if (area.kind === 'unknown') {
    // A text row without figures is a footnote; with figures it is an area we cannot place.
    const reason = hasNumbers ? (area.ambiguous ? 'ambiguous-area' : 'unknown-area') : 'note';
    const values: Record<string, string> = hasNumbers
      ? { name, ...(area.ambiguous ? { areas: area.ambiguous.join(', ') } : {}) }
      : { text: name.slice(0, 80) };
    skips.push({ ...at(header.nameColumn), reason, values });
    return { type: 'row', line, observations, skips, progress: row.progress };
  }
  let missing = 0;
  for (const { column, period, cell } of cells) {
    if (cell.kind === 'missing') missing += 1;
    else if (cell.kind === 'text')
      skips.push({ ...at(column), reason: cell.reason, values: { text: cell.text } });
    else
      observations.push({
        indicator: header.indicator,
        area: area.code,
        period,
        value: cell.value,
        ...at(column),
      });
  }
  return { type: 'row', line, observations, skips, missing, progress: row.progress };
}
