import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { referenceCountries } from '../../countries/index.ts';
import { INDICATORS } from '../catalogue.ts';
import { createAreaResolver } from '../country-codes.ts';
import { asFailure } from '../import.service.ts';
import type { ImportEvent, Importer, ImportOptions, ObservationDraft, SkipEntry } from '../import.types.ts';

/**
 * Runs an importer over a file without a database (importers' unit tests): the events it yields,
 * gathered as the dataset, the values, the skips and the failure that stopped it, if any.
 */
export interface ReadResult {
  events: ImportEvent['type'][];
  meta: Extract<ImportEvent, { type: 'meta' }> | null;
  observations: ObservationDraft[];
  skips: SkipEntry[];
  missing: number;
  failure: { code: string; values: Record<string, string | number> } | null;
}

const areas = createAreaResolver(referenceCountries());
const indicators = new Map(
  INDICATORS.map((i) => [i.code, { shape: i.shape, unit: i.unit, source: i.source, licence: i.licence }]),
);

export async function readWith(
  importer: Importer,
  path: string,
  options: ImportOptions = {},
): Promise<ReadResult> {
  const result: ReadResult = {
    events: [],
    meta: null,
    observations: [],
    skips: [],
    missing: 0,
    failure: null,
  };
  try {
    for await (const event of importer.read(path, {
      fileName: path.split('/').pop()!,
      options,
      areas,
      indicators,
    })) {
      result.events.push(event.type);
      if (event.type === 'meta') result.meta = event;
      if (event.type !== 'row') continue;
      result.observations.push(...event.observations);
      result.skips.push(...(event.skips ?? []));
      result.missing += event.missing ?? 0;
    }
  } catch (error) {
    const failure = asFailure(error);
    result.failure = { code: failure.code, values: failure.values };
  }
  return result;
}

/** A temporary folder for files a test writes; `done()` removes it. */
export function scratch() {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-importer-'));
  return {
    file(name: string, content: string | Buffer): string {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    /** A workbook of sheets of rows (arrays of cell values; exceljs cell objects allowed). */
    async workbook(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
      const book = new ExcelJS.Workbook();
      for (const [sheet, rows] of Object.entries(sheets)) book.addWorksheet(sheet).addRows(rows);
      // writeBuffer, not writeFile: exceljs's writeFile can resolve before the file is flushed.
      return this.file(name, Buffer.from(await book.xlsx.writeBuffer()));
    },
    done() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
