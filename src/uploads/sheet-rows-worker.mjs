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
  const send = async () => {
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
    const message = String(error?.message ?? error).slice(0, 200);
    parentPort.postMessage({ type: 'error', reason: 'damaged', message });
  } finally {
    input.destroy();
    counted.destroy();
  }
}

await main();
