import { Worker } from 'node:worker_threads';

/** The bounds of one parse in a worker thread: its V8 heap and its time. */
export interface WorkerLimits {
  heapMb: number;
  timeoutMs: number;
}

export type WorkerOutcome<T> =
  | { ok: true; value: T }
  /**
   * `crashed`: out of memory, an exit without an answer, or an error the worker did not catch
   * (then `message` says it); `timeout`: terminated.
   */
  | { ok: false; reason: 'crashed' | 'timeout'; message?: string };

/**
 * Runs a plain-JavaScript worker (`.mjs`, no TypeScript loader, none of the parent's flags) that
 * posts one message back, with a heap cap and a time limit (decision 33). A worker that runs out
 * of memory or time is ended, and the caller gets a reason to put in words: the server goes on.
 */
export function runWorker<T>(
  url: URL,
  workerData: unknown,
  limits: WorkerLimits,
  transferList: ArrayBuffer[] = [],
): Promise<WorkerOutcome<T>> {
  const worker = new Worker(url, {
    workerData,
    transferList,
    resourceLimits: {
      maxOldGenerationSizeMb: limits.heapMb,
      maxYoungGenerationSizeMb: Math.min(32, Math.max(4, Math.floor(limits.heapMb / 8))),
      stackSizeMb: 4,
    },
    execArgv: [],
  });
  return new Promise<WorkerOutcome<T>>((resolve) => {
    let settled = false;
    const settle = (outcome: WorkerOutcome<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    };
    const timer = setTimeout(() => settle({ ok: false, reason: 'timeout' }), limits.timeoutMs);
    worker.once('message', (value: T) => settle({ ok: true, value }));
    worker.once('error', (error: Error & { code?: string }) =>
      settle(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { ok: false, reason: 'crashed' }
          : { ok: false, reason: 'crashed', message: error.message.slice(0, 200) },
      ),
    );
    worker.once('exit', () => settle({ ok: false, reason: 'crashed' }));
  });
}
