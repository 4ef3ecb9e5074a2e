import { createHash } from 'node:crypto';
import { CompiledQuery, type Kysely } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { runImport } from './import.service.ts';
import type { ImportEvent, Importer, ObservationDraft } from './import.types.ts';

/**
 * Benchmark hook (issue 4): streams a synthetic bilateral dataset (countries × countries × years
 * × sexes; 232 × 232 × 31 × 3 ≈ 5 million values) through the same import engine as the real
 * files, then inserts the same rows with a plain one-row-per-statement INSERT loop on the same
 * driver, into an identical scratch table, and reports values/s for both and the peak RSS.
 * Run it on a fresh database: index costs grow with what the table already holds.
 */
export interface SyntheticSize {
  countries: number;
  years: number;
  sexes: number;
}

export interface SyntheticProgress {
  phase: 'engine' | 'baseline';
  done: number;
  total: number;
}

export interface SyntheticResult {
  values: number;
  engine: { seconds: number; valuesPerSecond: number; peakRssMb: number };
  baseline: { seconds: number; valuesPerSecond: number; peakRssMb: number; values: number };
  /** Engine values/s over baseline values/s (target ≥ 0.5). */
  ratio: number;
  peakRssMb: number;
}

const SEXES = ['_T', 'F', 'M'];
const INDICATOR = 'ims.stock.bilateral';

/** Deterministic, cheap, realistic-looking stock figures. */
function syntheticValue(o: number, d: number, y: number, s: number): number {
  return ((o * 7919 + d * 104_729 + y * 31 + s * 7) % 1_000_000) + 1;
}

export async function importSyntheticBilateral(
  db: Db,
  size: SyntheticSize = { countries: 232, years: 31, sexes: 3 },
  onProgress?: (progress: SyntheticProgress) => void,
  options: { baselineValues?: number; batchSize?: number } = {},
): Promise<SyntheticResult> {
  const codes = (await db.kysely.selectFrom('countries').select('alpha3').orderBy('alpha3').execute())
    .map((r) => r.alpha3)
    .slice(0, size.countries);
  if (codes.length < size.countries) throw new Error(`Only ${codes.length} countries in the database`);
  const sexes = SEXES.slice(0, size.sexes);
  const years = Array.from({ length: size.years }, (_, i) => String(1990 + i));
  const total = codes.length * codes.length * years.length * sexes.length;

  const importer: Importer = {
    kind: 'synthetic',
    async *read(): AsyncGenerator<ImportEvent> {
      yield {
        type: 'meta',
        dataset: {
          code: 'synthetic:bilateral',
          title: 'Synthetic bilateral migrant stock (benchmark)',
          publisher: 'Corridor benchmark',
          licence: 'CC0',
          url: null,
        },
        label: `${size.countries}x${size.countries}x${size.years}x${size.sexes}`,
      };
      let line = 1;
      for (let o = 0; o < codes.length; o++) {
        for (let d = 0; d < codes.length; d++) {
          line += 1;
          const observations: ObservationDraft[] = [];
          for (let y = 0; y < years.length; y++) {
            for (let s = 0; s < sexes.length; s++) {
              observations.push({
                indicator: INDICATOR,
                area: codes[o]!,
                counterpart: codes[d]!,
                sex: sexes[s],
                period: years[y]!,
                value: syntheticValue(o, d, y, s),
                line,
              });
            }
          }
          yield { type: 'row', line, observations, progress: (o * codes.length + d + 1) / codes.length ** 2 };
        }
      }
    },
  };

  const memory = rssSampler();
  const engineStarted = performance.now();
  const outcome = await runImport(db, {
    importer,
    path: '',
    fileName: 'synthetic-bilateral',
    sha256: createHash('sha256')
      .update(`${JSON.stringify(size)} ${now()} ${newId()}`)
      .digest('hex'),
    actorId: null,
    batchSize: options.batchSize,
    onProgress: (p) => {
      memory.sample();
      onProgress?.({ phase: 'engine', done: p.valuesStored, total });
    },
  });
  const engineSeconds = (performance.now() - engineStarted) / 1000;
  const enginePeak = memory.stop();
  if (outcome.status !== 'complete') {
    throw new Error(`synthetic import ${outcome.status}: ${JSON.stringify(outcome.report.failure)}`);
  }

  const baselineTotal = Math.min(total, options.baselineValues ?? total);
  const baselineMemory = rssSampler();
  const baselineSeconds = await plainInsertLoop(
    db,
    outcome.releaseId!,
    codes,
    years,
    sexes,
    baselineTotal,
    options.batchSize ?? 5000,
    (done) => {
      baselineMemory.sample();
      onProgress?.({ phase: 'baseline', done, total: baselineTotal });
    },
  );
  const baselinePeak = baselineMemory.stop();

  const engineRate = outcome.report.valuesStored / engineSeconds;
  const baselineRate = baselineTotal / baselineSeconds;
  return {
    values: outcome.report.valuesStored,
    engine: { seconds: round(engineSeconds), valuesPerSecond: Math.round(engineRate), peakRssMb: enginePeak },
    baseline: {
      seconds: round(baselineSeconds),
      valuesPerSecond: Math.round(baselineRate),
      peakRssMb: baselinePeak,
      values: baselineTotal,
    },
    ratio: round(engineRate / baselineRate),
    peakRssMb: Math.max(enginePeak, baselinePeak),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Samples the process RSS every 100 ms; `stop()` returns the peak in MB. */
function rssSampler() {
  let peak = process.memoryUsage().rss;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 100);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      return Math.round(Math.max(peak, process.memoryUsage().rss) / 1024 / 1024);
    },
  };
}

const SCRATCH = 'bench_observations';

/** The baseline: one INSERT per row into a copy of `observations` (same keys and indexes). */
async function plainInsertLoop(
  db: Db,
  releaseId: string,
  codes: string[],
  years: string[],
  sexes: string[],
  limit: number,
  batchSize: number,
  progress: (done: number) => void,
): Promise<number> {
  // Same keys, indexes and foreign keys as `observations`; rows point at the engine's release.
  await createScratchTable(db.kysely);
  const text =
    db.dialect === 'postgres'
      ? `insert into ${SCRATCH} values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`
      : `insert into ${SCRATCH} values (?, ?, ?, ?, ?, ?, ?, ?, ?)`;
  const statement = db.sqlite?.prepare(text);
  const started = performance.now();
  let done = 0;
  let batch: unknown[][] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    await db.kysely.transaction().execute(async (trx) => {
      for (const row of rows) {
        if (statement) statement.run(row);
        else await trx.executeQuery(CompiledQuery.raw(text, row));
      }
    });
    progress(done);
  };
  try {
    outer: for (let o = 0; o < codes.length; o++) {
      for (let d = 0; d < codes.length; d++) {
        for (let y = 0; y < years.length; y++) {
          for (let s = 0; s < sexes.length; s++) {
            if (done >= limit) break outer;
            batch.push([
              releaseId,
              INDICATOR,
              codes[o],
              codes[d],
              sexes[s],
              '_T',
              years[y],
              syntheticValue(o, d, y, s),
              o * codes.length + d + 2,
            ]);
            done += 1;
            if (batch.length >= batchSize) await flush();
          }
        }
      }
    }
    if (batch.length > 0) await flush();
    return (performance.now() - started) / 1000;
  } finally {
    await db.kysely.schema.dropTable(SCRATCH).ifExists().execute();
  }
}

async function createScratchTable(db: Kysely<Database>): Promise<void> {
  await db.schema.dropTable(SCRATCH).ifExists().execute();
  await db.schema
    .createTable(SCRATCH)
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id').onDelete('cascade'))
    .addColumn('indicator_code', 'text', (c) => c.notNull().references('indicators.code'))
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('counterpart', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sex', 'text', (c) => c.notNull().defaultTo('_T'))
    .addColumn('age', 'text', (c) => c.notNull().defaultTo('_T'))
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('source_row', 'integer')
    .addPrimaryKeyConstraint(`${SCRATCH}_pk`, [
      'release_id',
      'indicator_code',
      'area',
      'counterpart',
      'sex',
      'age',
      'period',
    ])
    .execute();
  await db.schema
    .createIndex(`${SCRATCH}_series_idx`)
    .on(SCRATCH)
    .columns(['indicator_code', 'area', 'counterpart', 'period'])
    .execute();
  await db.schema
    .createIndex(`${SCRATCH}_counterpart_idx`)
    .on(SCRATCH)
    .columns(['indicator_code', 'counterpart', 'period'])
    .execute();
}
