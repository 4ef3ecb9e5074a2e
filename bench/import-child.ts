import { prepareDatabase } from '../src/bootstrap.ts';
import { openDb } from '../src/db/connection.ts';
import { importSyntheticBilateral, type SyntheticSize } from '../src/modules/data/import.bench.ts';

/**
 * One synthetic import in a process of its own (`bench/data.ts` forks it), so its peak RSS is that
 * of this import alone: the engine, then the plain INSERT loop, on a fresh database. Sends the
 * result to the parent.
 */
const file = process.env.BENCH_IMPORT_DB!;
const size = JSON.parse(process.env.BENCH_IMPORT_SIZE!) as SyntheticSize;
const db = openDb(file);
await prepareDatabase(db);
let lastReport = Date.now();
const result = await importSyntheticBilateral(db, size, (progress) => {
  const now = Date.now();
  if (now - lastReport < 10_000) return;
  lastReport = now;
  process.send?.({
    progress: `${progress.phase} ${Math.round((100 * progress.done) / Math.max(1, progress.total))}%`,
  });
});
await db.close();
process.send?.({ result });
