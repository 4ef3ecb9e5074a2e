import { Worker } from 'node:worker_threads';

/** One row of an .xlsx sheet: `values` is 1-based like spreadsheet columns (values[1] is column A). */
export interface SheetRow {
  sheet: string;
  /** 1-based row number. */
  row: number;
  values: unknown[];
  /** Share of the file read so far (the zip is read front to back). */
  progress: number;
}

export interface SheetRowLimits {
  /** Bytes the workbook may unpack to. */
  maxExpandedBytes: number;
  /** Columns sent; cells further right are left out. */
  maxColumns: number;
  /** Heap of the worker that reads the workbook. */
  heapMb: number;
  /** The longest wait for the next batch of rows; the reading is stopped after it. */
  stallMs: number;
  batchRows: number;
}

/** Why a workbook could not be read to the end. */
export class SheetReadError extends Error {
  constructor(
    readonly reason: 'expandsTooMuch' | 'damaged' | 'tooHeavy' | 'timeout',
    readonly detail = '',
  ) {
    super(reason);
  }
}

type Message =
  | { type: 'rows'; rows: Omit<SheetRow, 'progress'>[]; progress: number }
  | { type: 'end' }
  | { type: 'error'; reason: 'expandsTooMuch' | 'damaged'; message?: string };

/**
 * Streams every sheet of an .xlsx workbook, in file order, row by row, from a worker thread with a
 * heap cap (decision 34): exceljs, its shared strings and its inflating run there, and a batch of
 * rows comes over only when the one before is used, so memory stays flat on both sides. A workbook
 * that unpacks past the cap, kills its worker, or stalls, ends in a `SheetReadError`.
 */
export async function* streamSheetRows(path: string, limits: SheetRowLimits): AsyncGenerator<SheetRow> {
  const worker = new Worker(new URL('./sheet-rows-worker.mjs', import.meta.url), {
    workerData: { path, limits },
    resourceLimits: { maxOldGenerationSizeMb: limits.heapMb, maxYoungGenerationSizeMb: 32 },
    execArgv: [],
  });
  const inbox: Message[] = [];
  let failure: SheetReadError | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: Message) => {
    inbox.push(message);
    notify();
  });
  worker.on('error', () => {
    failure ??= new SheetReadError('tooHeavy');
    notify();
  });
  worker.on('exit', () => {
    failure ??= new SheetReadError('tooHeavy');
    notify();
  });
  const next = async (): Promise<Message> => {
    const started = Date.now();
    while (inbox.length === 0) {
      if (failure) throw failure;
      const left = limits.stallMs - (Date.now() - started);
      if (left <= 0) throw new SheetReadError('timeout');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return inbox.shift()!;
  };
  try {
    for (;;) {
      const message = await next();
      if (message.type === 'end') return;
      if (message.type === 'error') throw new SheetReadError(message.reason, message.message ?? '');
      for (const row of message.rows) yield { ...row, progress: message.progress };
      worker.postMessage('more');
    }
  } finally {
    await worker.terminate();
  }
}
