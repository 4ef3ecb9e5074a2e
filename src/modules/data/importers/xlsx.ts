import { stat } from 'node:fs/promises';
import { SheetReadError, type SheetRow, streamSheetRows } from '../../../uploads/sheet-rows.ts';
import { ImportFailure } from '../import.types.ts';

export type { SheetRow };

/**
 * Limits of reading a workbook (decision 34): it may unpack to 1 GB, or 30 times its size when
 * that is more (published workbooks unpack to 5 to 10 times theirs); 2,000 columns (the widest
 * published table, a bilateral matrix, has about 240); the worker's heap 512 MB; two minutes at
 * most waiting for the next rows.
 */
export const XLSX_LIMITS = {
  minExpandedBytes: 1024 ** 3,
  expansionRatio: 30,
  maxColumns: 2000,
  heapMb: 512,
  stallMs: 120_000,
};

/**
 * Streams every sheet of an .xlsx workbook, in file order, row by row (exceljs streaming reader,
 * in a worker thread with a heap cap: memory stays flat whatever the file size, and a hostile
 * workbook cannot take the server down). A file that is not an .xlsx workbook fails clearly.
 */
export async function* readXlsxRows(
  path: string,
  limits: Partial<typeof XLSX_LIMITS> = {},
): AsyncGenerator<SheetRow> {
  const { minExpandedBytes, expansionRatio, maxColumns, heapMb, stallMs } = { ...XLSX_LIMITS, ...limits };
  const size = (await stat(path)).size;
  const maxExpandedBytes = Math.max(minExpandedBytes, expansionRatio * size);
  try {
    yield* streamSheetRows(path, { maxExpandedBytes, maxColumns, heapMb, stallMs, batchRows: 500 });
  } catch (error) {
    if (!(error instanceof SheetReadError)) throw error;
    if (error.reason === 'expandsTooMuch')
      throw new ImportFailure('unpacks-too-large', { limit: Math.round(maxExpandedBytes / 1024 ** 2) });
    if (error.reason === 'tooHeavy') throw new ImportFailure('too-heavy', { heap: heapMb });
    if (error.reason === 'timeout')
      throw new ImportFailure('timeout', { seconds: Math.round(stallMs / 1000) });
    throw new ImportFailure('not-a-workbook', { message: error.detail || 'damaged' });
  }
}
