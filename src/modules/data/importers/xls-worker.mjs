// Parses one sheet of a legacy .xls (BIFF) workbook with SheetJS, inside a worker thread, and
// posts its rows back as arrays of plain values. Isolated on purpose (docs/decisions.md): SheetJS
// has had prototype-pollution and ReDoS bugs, so it never runs on the main thread, its heap is
// capped and the parent kills it after a timeout. Only values are read: no formulas, styles or HTML.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import * as XLSX from '@e965/xlsx';

const { path, sheet } = workerData;
try {
  const workbook = XLSX.read(readFileSync(path), {
    type: 'buffer',
    sheets: [sheet],
    cellFormula: false,
    cellHTML: false,
    cellText: false,
    cellStyles: false,
    cellDates: false,
    bookVBA: false,
  });
  const worksheet = workbook.Sheets[sheet];
  if (!worksheet) {
    parentPort.postMessage({ error: 'sheet-not-found', sheets: workbook.SheetNames });
  } else {
    const rows = XLSX.utils.sheet_to_json(worksheet, { header: 1, raw: true, defval: null, blankrows: true });
    parentPort.postMessage({ rows: JSON.parse(JSON.stringify(rows)) });
  }
} catch (error) {
  parentPort.postMessage({ error: 'not-a-workbook', message: String(error?.message ?? error).slice(0, 200) });
}
