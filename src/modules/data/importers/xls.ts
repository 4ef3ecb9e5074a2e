import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { ImportFailure } from '../import.types.ts';

/** Limits for parsing a legacy .xls in its worker (docs/decisions.md). */
export const XLS_LIMITS = { maxBytes: 20 * 1024 * 1024, timeoutMs: 30_000, heapMb: 256 };

/**
 * Reads one sheet of a legacy .xls workbook as rows of plain values (row 0 is spreadsheet row 1),
 * by running SheetJS in a worker thread with a size limit, a heap cap and a timeout.
 */
export async function readXlsSheet(
  path: string,
  sheet: string,
  limits: Partial<typeof XLS_LIMITS> = {},
): Promise<unknown[][]> {
  const { maxBytes, timeoutMs, heapMb } = { ...XLS_LIMITS, ...limits };
  const size = (await stat(path)).size;
  if (size > maxBytes) throw new ImportFailure('too-large', { size, limit: maxBytes });
  const worker = new Worker(new URL('./xls-worker.mjs', import.meta.url), {
    workerData: { path, sheet },
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 32 },
    // The worker needs no TypeScript loader; do not pass the parent's flags (tsx, inspectors).
    execArgv: [],
  });
  type Answer = { rows?: unknown[][]; error?: string; sheets?: string[]; message?: string };
  const answer = await new Promise<Answer>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new ImportFailure('timeout', { seconds: Math.round(timeoutMs / 1000) }));
    }, timeoutMs);
    worker.once('message', (message: Answer) => {
      clearTimeout(timer);
      resolve(message);
    });
    worker.once('error', (error: Error & { code?: string }) => {
      clearTimeout(timer);
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ImportFailure('too-heavy', { heap: heapMb })
          : new ImportFailure('not-a-workbook', { message: error.message.slice(0, 200) }),
      );
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) reject(new ImportFailure('too-heavy', { heap: heapMb }));
    });
  });
  await worker.terminate();
  if (answer.error === 'sheet-not-found') {
    throw new ImportFailure('sheet-not-found', { sheet, sheets: (answer.sheets ?? []).join(', ') });
  }
  if (answer.error) throw new ImportFailure('not-a-workbook', { message: answer.message ?? answer.error });
  return answer.rows ?? [];
}
