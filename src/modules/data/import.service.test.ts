import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from '../../../test/support/databases.ts';
import { REPORT_ENTRY_CAP } from './import.report.ts';
import { failInterruptedImports, runImport, startImport } from './import.service.ts';
import { type ImportEvent, type Importer, ImportFailure, type ObservationDraft } from './import.types.ts';

type Db = Awaited<ReturnType<typeof freshDb>>;

const DATASET = {
  code: 'test-dataset',
  title: 'Test dataset',
  publisher: 'Tests',
  licence: 'CC0',
  url: null,
};

/** An importer over rows given in memory; `failAfter` throws once that many rows were yielded. */
function memoryImporter(rows: ObservationDraft[][], options: { failAfter?: number; label?: string } = {}) {
  const importer: Importer = {
    kind: 'generic',
    async *read(): AsyncIterable<ImportEvent> {
      yield { type: 'meta', dataset: DATASET, label: options.label ?? 'v1' };
      let index = 0;
      for (const observations of rows) {
        if (options.failAfter !== undefined && index === options.failAfter) {
          throw new ImportFailure(
            'truncated',
            { line: index + 2, found: 1, expected: 3 },
            { line: index + 2 },
          );
        }
        index += 1;
        yield { type: 'row', line: index + 1, observations, progress: index / rows.length };
      }
    },
  };
  return importer;
}

const value = (line: number, area: string, period: string, v: number): ObservationDraft => ({
  indicator: 'knomad.inflows',
  area,
  period,
  value: v,
  line,
});

/** 30 rows × 3 years of values for 30 countries. */
function table(offset = 0): ObservationDraft[][] {
  const areas = ['BGD', 'JAM', 'MDA', 'TUN', 'FRA', 'USA', 'MEX', 'PHL', 'IND', 'CHN'];
  const rows: ObservationDraft[][] = [];
  for (let i = 0; i < 30; i++) {
    const area = areas[i % 10]!;
    const year = 2000 + Math.floor(i / 10);
    rows.push([value(i + 2, area, String(year), i + offset), value(i + 2, area, `${year}-Q1`, i + offset)]);
  }
  return rows;
}

async function observationCount(db: Db, releaseId: string) {
  const row = await db.kysely
    .selectFrom('observations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('release_id', '=', releaseId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function currentReleases(db: Db) {
  return db.kysely
    .selectFrom('releases')
    .select(['id', 'label', 'status'])
    .where('is_current', '=', 1)
    .execute();
}

describe.each(DIALECTS)('import engine on %s', (dialect) => {
  let db: Db;
  let first: string;
  beforeAll(async () => {
    db = await freshDb(dialect);
  });
  afterAll(() => db.drop());

  it('stores every value in batches, reports progress and makes the release current', async () => {
    const progress: number[] = [];
    const outcome = await runImport(db, {
      importer: memoryImporter(table()),
      path: '',
      fileName: 'table.csv',
      sha256: 'a'.repeat(64),
      actorId: null,
      batchSize: 7,
      onProgress: (p) => progress.push(p.valuesStored),
    });
    expect(outcome.status).toBe('complete');
    expect(outcome.report).toMatchObject({ rowsRead: 30, valuesStored: 60, skipped: 0 });
    first = outcome.releaseId!;
    expect(await observationCount(db, first)).toBe(60);
    expect(await currentReleases(db)).toEqual([{ id: first, label: 'v1', status: 'complete' }]);
    expect(progress.at(-1)).toBe(60);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const audit = await db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', first)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['data.import.start', 'data.import.complete']);
  });

  it('recognises the same file and changes nothing', async () => {
    const before = await db.kysely.selectFrom('releases').select('id').execute();
    const outcome = await runImport(db, {
      importer: memoryImporter(table(100)),
      path: '',
      fileName: 'table.csv',
      sha256: 'a'.repeat(64),
      actorId: null,
    });
    expect(outcome.status).toBe('unchanged');
    expect(outcome.releaseId).toBe(first);
    expect(outcome.report.unchanged?.releaseId).toBe(first);
    expect(await db.kysely.selectFrom('releases').select('id').execute()).toEqual(before);
  });

  it('keeps a failed release out of the current data and deletes what it wrote', async () => {
    const outcome = await runImport(db, {
      importer: memoryImporter(table(1000), { failAfter: 20, label: 'broken' }),
      path: '',
      fileName: 'broken.csv',
      sha256: 'b'.repeat(64),
      actorId: null,
      batchSize: 7,
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.report.failure).toMatchObject({ code: 'truncated', line: 22 });
    expect(await observationCount(db, outcome.releaseId!)).toBe(0);
    const release = await db.kysely
      .selectFrom('releases')
      .selectAll()
      .where('id', '=', outcome.releaseId!)
      .executeTakeFirstOrThrow();
    expect(release).toMatchObject({ status: 'failed', is_current: 0, values_stored: 0 });
    expect(JSON.parse(release.summary_json).failure.code).toBe('truncated');
    expect(await currentReleases(db)).toEqual([{ id: first, label: 'v1', status: 'complete' }]);
  });

  it('makes a new release current and keeps the previous one, values included, as history', async () => {
    const outcome = await runImport(db, {
      importer: memoryImporter(table(5), { label: 'v2' }),
      path: '',
      fileName: 'table-v2.csv',
      sha256: 'c'.repeat(64),
      actorId: null,
    });
    expect(outcome.status).toBe('complete');
    expect(await currentReleases(db)).toEqual([{ id: outcome.releaseId, label: 'v2', status: 'complete' }]);
    expect(await observationCount(db, first)).toBe(60);
    const current = await db.kysely
      .selectFrom('observations')
      .innerJoin('releases', 'releases.id', 'observations.release_id')
      .select('observations.value')
      .where('releases.is_current', '=', 1)
      .where('observations.area', '=', 'BGD')
      .where('observations.period', '=', '2000')
      .executeTakeFirstOrThrow();
    expect(current.value).toBe(5);
  });

  it('skips a duplicate with the same value, across batches, naming the first line', async () => {
    const rows = table();
    rows.push([value(40, 'BGD', '2000', 0)]);
    const outcome = await runImport(db, {
      importer: memoryImporter(rows, { label: 'dup' }),
      path: '',
      fileName: 'dup.csv',
      sha256: 'd'.repeat(64),
      actorId: null,
      batchSize: 4,
    });
    expect(outcome.status).toBe('complete');
    expect(outcome.report.valuesStored).toBe(60);
    expect(outcome.report.entries).toEqual([
      { file: 'dup.csv', line: 40, reason: 'duplicate', values: { line: 2 } },
    ]);
  });

  it('fails on a duplicate with another value rather than pick one', async () => {
    const rows = table();
    rows.push([value(41, 'BGD', '2000', 99)]);
    const outcome = await runImport(db, {
      importer: memoryImporter(rows, { label: 'conflict' }),
      path: '',
      fileName: 'conflict.csv',
      sha256: 'e'.repeat(64),
      actorId: null,
      batchSize: 4,
    });
    expect(outcome.status).toBe('failed');
    expect(outcome.report.failure).toMatchObject({
      code: 'conflicting-duplicate',
      line: 41,
      values: { first: 2, value: 99, firstValue: 0 },
    });
    expect(await observationCount(db, outcome.releaseId!)).toBe(0);
  });

  it('reports each bad value with its line and reason, listing the first 1,000 and counting all', async () => {
    const rows: ObservationDraft[][] = [];
    for (let i = 0; i < 1200; i++) rows.push([value(i + 2, 'ATLANTIS', '2000', 1)]);
    rows.push([{ ...value(2000, 'FRA', '20X0', 1) }]);
    rows.push([{ ...value(2001, 'FRA', '2001', Number.NaN) }]);
    rows.push([{ ...value(2002, 'FRA', '2002', 1), indicator: 'no.such' }]);
    rows.push([{ ...value(2003, 'FRA', '2003', 1), counterpart: 'USA' }]);
    rows.push([{ ...value(2004, 'FRA', '2004', 1), sex: 'X' }]);
    const outcome = await runImport(db, {
      importer: memoryImporter(rows, { label: 'bad' }),
      path: '',
      fileName: 'bad.csv',
      sha256: 'f'.repeat(64),
      actorId: null,
    });
    // Far fewer values than the current release, and text where a number was expected.
    expect(outcome.status).toBe('held');
    expect(outcome.report.held?.map((r) => r.code)).toEqual([
      'fewer-values',
      'fewer-areas',
      'fewer-years',
      'row-errors',
    ]);
    expect(outcome.report.skipped).toBe(1205);
    expect(outcome.report.reasons).toEqual({
      'unknown-area': 1200,
      'bad-period': 1,
      'not-a-number': 1,
      'unknown-indicator': 1,
      'wrong-shape': 1,
      'bad-sex': 1,
    });
    expect(outcome.report.entries.length).toBe(REPORT_ENTRY_CAP);
    expect(outcome.report.entriesCapped).toBe(true);
    expect(outcome.report.entries[0]).toEqual({
      file: 'bad.csv',
      line: 2,
      reason: 'unknown-area',
      values: { name: 'ATLANTIS' },
    });
  });

  it('reads and checks everything in a dry run but writes nothing', async () => {
    const releases = await db.kysely.selectFrom('releases').select('id').execute();
    const rows = table(7);
    rows.push([value(50, 'BGD', '2000', 7)]);
    const outcome = await runImport(db, {
      importer: memoryImporter(rows, { label: 'dry' }),
      path: '',
      fileName: 'dry.csv',
      sha256: '1'.repeat(64),
      actorId: null,
      dryRun: true,
      batchSize: 3,
    });
    expect(outcome.status).toBe('dry-run');
    expect(outcome.report).toMatchObject({ rowsRead: 31, valuesStored: 60, skipped: 1 });
    expect(await db.kysely.selectFrom('releases').select('id').execute()).toEqual(releases);
  });

  it('fails, on start, an import whose process stopped: no batch for ten minutes', async () => {
    const started = await startImport(db, {
      importer: memoryImporter(table(11), { label: 'abandoned' }),
      path: '',
      fileName: 'abandoned.csv',
      sha256: '3'.repeat(64),
      actorId: null,
      batchSize: 5,
    });
    if (started.state !== 'running') throw new Error('not running');
    await started.done;
    // As if the process had died after a batch: running, partial rows, an old heartbeat.
    await db.kysely
      .updateTable('releases')
      .set({ status: 'running', is_current: 0, heartbeat_at: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', started.releaseId)
      .execute();
    expect(await failInterruptedImports(db)).toBe(1);
    const release = await db.kysely
      .selectFrom('releases')
      .selectAll()
      .where('id', '=', started.releaseId)
      .executeTakeFirstOrThrow();
    expect(release.status).toBe('failed');
    expect(JSON.parse(release.summary_json).failure.code).toBe('interrupted');
    expect(await observationCount(db, started.releaseId)).toBe(0);
    expect(await failInterruptedImports(db)).toBe(0);
  });

  it('answers at once with the running release and finishes in the background', async () => {
    const started = await startImport(db, {
      importer: memoryImporter(table(9), { label: 'bg' }),
      path: '',
      fileName: 'bg.csv',
      sha256: '2'.repeat(64),
      actorId: null,
    });
    expect(started.state).toBe('running');
    if (started.state !== 'running') return;
    const running = await db.kysely
      .selectFrom('releases')
      .select('status')
      .where('id', '=', started.releaseId)
      .executeTakeFirstOrThrow();
    expect(running.status).toBe('running');
    expect((await started.done).status).toBe('complete');
  });
});
