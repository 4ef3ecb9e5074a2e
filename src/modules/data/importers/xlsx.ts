import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { ImportFailure } from '../import.types.ts';

/** One row of an .xlsx sheet: `values` is 1-based like spreadsheet columns (values[1] is column A). */
export interface SheetRow {
  sheet: string;
  /** 1-based row number. */
  row: number;
  values: unknown[];
  /** Share of the file read so far (the zip is read front to back). */
  progress: number;
}

/**
 * Streams every sheet of an .xlsx workbook, in file order, row by row (exceljs streaming reader:
 * memory stays flat whatever the file size). A file that is not an .xlsx workbook fails clearly.
 */
export async function* readXlsxRows(path: string): AsyncGenerator<SheetRow> {
  const size = (await stat(path)).size || 1;
  // Loaded on first use: exceljs takes about a second to load, and most starts read no workbook.
  const { default: ExcelJS } = await import('exceljs');
  let bytesRead = 0;
  const input = createReadStream(path);
  // Counts bytes on their way to the reader (a 'data' listener would start the file flowing early).
  const counted = input.pipe(
    new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        bytesRead += chunk.length;
        callback(null, chunk);
      },
    }),
  );
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counted, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'ignore',
  });
  let yielded = false;
  try {
    for await (const worksheet of reader) {
      const sheet = String((worksheet as unknown as { name?: string }).name ?? '');
      for await (const row of worksheet) {
        yielded = true;
        yield {
          sheet,
          row: row.number,
          values: Array.isArray(row.values) ? (row.values as unknown[]) : [],
          progress: Math.min(1, bytesRead / size),
        };
      }
    }
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    // exceljs's streaming reader sometimes loses the workbook part when it comes after the sheets
    // (exceljs itself and some other tools write it last; Excel writes it first) and fails before
    // any row with "reading 'sheets'": such a workbook is read whole instead.
    if (!yielded && error instanceof TypeError && /'sheets'/.test(error.message)) {
      yield* readWhole(ExcelJS, path);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportFailure('not-a-workbook', { message: message.slice(0, 200) });
  } finally {
    input.destroy();
    counted.destroy();
  }
}

/** Every sheet of a workbook read whole into memory (the fallback above), in the streaming shape. */
async function* readWhole(ExcelJS: typeof import('exceljs'), path: string): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportFailure('not-a-workbook', { message: message.slice(0, 200) });
  }
  for (const worksheet of workbook.worksheets) {
    const rows: SheetRow[] = [];
    worksheet.eachRow((row) => {
      rows.push({ sheet: worksheet.name, row: row.number, values: row.values as unknown[], progress: 1 });
    });
    yield* rows;
  }
}
