import { stat } from 'node:fs/promises';
import { runWorker } from '../../../uploads/worker.ts';
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
  type Answer = { rows?: unknown[][]; error?: string; sheets?: string[]; message?: string };
  // The worker needs no TypeScript loader; runWorker passes none of the parent's flags.
  const outcome = await runWorker<Answer>(
    new URL('./xls-worker.mjs', import.meta.url),
    { path, sheet },
    {
      heapMb,
      timeoutMs,
    },
  );
  if (!outcome.ok) {
    if (outcome.reason === 'timeout')
      throw new ImportFailure('timeout', { seconds: Math.round(timeoutMs / 1000) });
    if (outcome.message) throw new ImportFailure('not-a-workbook', { message: outcome.message });
    throw new ImportFailure('too-heavy', { heap: heapMb });
  }
  const answer = outcome.value;
  if (answer.error === 'sheet-not-found') {
    throw new ImportFailure('sheet-not-found', { sheet, sheets: (answer.sheets ?? []).join(', ') });
  }
  if (answer.error) throw new ImportFailure('not-a-workbook', { message: answer.message ?? answer.error });
  return answer.rows ?? [];
}
