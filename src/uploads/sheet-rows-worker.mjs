// Streams the rows of every sheet of an .xlsx workbook to the parent thread, in batches, one
// batch each time the parent asks (src/uploads/sheet-rows.ts, decision 34). Runs with a heap cap:
// the shared strings a workbook declares are kept in this thread's memory, not the server's.
// Before any row, what the workbook unpacks to is counted against a cap (zip bombs), and cells
// past `maxColumns` are not sent (a lone cell at column XFD makes no 16,384-wide rows).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { checkZipExpansion } from './zip-limit.mjs';

const { path, limits } = workerData;

const asked = () => new Promise((resolve) => parentPort.once('message', resolve));

async function main() {
  const unpacked = await checkZipExpansion(path, limits.maxExpandedBytes);
  if (!unpacked.ok) {
    parentPort.postMessage({ type: 'error', reason: unpacked.reason });
    return;
  }
  const size = (await stat(path)).size || 1;
  const { default: ExcelJS } = await import('exceljs');
  let bytesRead = 0;
  const input = createReadStream(path);
  // Counts bytes on their way to the reader (a 'data' listener would start the file flowing early).
  const counted = input.pipe(
    new Transform({
      transform(chunk, _encoding, callback) {
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
  let batch = [];
  let sentAny = false;
  const send = async () => {
    sentAny = true;
    parentPort.postMessage({ type: 'rows', rows: batch, progress: Math.min(1, bytesRead / size) });
    batch = [];
    await asked();
  };
  try {
    for await (const worksheet of reader) {
      const sheet = String(worksheet.name ?? '');
      for await (const row of worksheet) {
        const values = Array.isArray(row.values) ? row.values : [];
        batch.push({
          sheet,
          row: row.number,
          values: values.length > limits.maxColumns + 1 ? values.slice(0, limits.maxColumns + 1) : values,
        });
        if (batch.length >= limits.batchRows) await send();
      }
    }
    if (batch.length > 0) await send();
    parentPort.postMessage({ type: 'end' });
  } catch (error) {
    // exceljs's streaming reader sometimes loses the workbook part when it comes after the sheets
    // (exceljs itself and some other tools write it last; Excel writes it first) and fails before
    // any row with "reading 'sheets'": such a workbook is read whole instead, still in this
    // thread, under its heap cap and after the unpacked size was checked.
    if (!sentAny && batch.length === 0 && error instanceof TypeError && /'sheets'/.test(error.message)) {
      await readWhole(ExcelJS, send, () => batch);
      return;
    }
    const message = String(error?.message ?? error).slice(0, 200);
    parentPort.postMessage({ type: 'error', reason: 'damaged', message });
  } finally {
    input.destroy();
    counted.destroy();
  }
}

/** Every sheet of a workbook read whole (the fallback above), sent in the same batches. */
async function readWhole(ExcelJS, send, current) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (error) {
    const message = String(error?.message ?? error).slice(0, 200);
    parentPort.postMessage({ type: 'error', reason: 'damaged', message });
    return;
  }
  for (const worksheet of workbook.worksheets) {
    const rows = [];
    worksheet.eachRow((row) => {
      const values = Array.isArray(row.values) ? row.values : [];
      rows.push({
        sheet: worksheet.name,
        row: row.number,
        values: values.length > limits.maxColumns + 1 ? values.slice(0, limits.maxColumns + 1) : values,
      });
    });
    for (const row of rows) {
      current().push(row);
      if (current().length >= limits.batchRows) await send();
    }
  }
  if (current().length > 0) await send();
  parentPort.postMessage({ type: 'end' });
}

await main();
