import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from '../../../test/support/databases.ts';
import { DATA, scratch, unhcrCuts } from '../../../test/support/unhcr-cuts.ts';
import { contentVersion } from '../../audit/audit.repository.ts';
import { type ImportJob, runImport } from './import.service.ts';
import { IMPORTERS } from './importers/index.ts';
import { makeReleaseCurrent } from './release.service.ts';

type Db = Awaited<ReturnType<typeof freshDb>>;

describe.each(DIALECTS)('releases that must not become current silently, on %s', (dialect) => {
  let db: Db;
  const files = scratch();
  const cuts = unhcrCuts();
  let goodId: string;

  const unhcr = (name: string, content: Buffer, extra: Partial<ImportJob> = {}) =>
    runImport(db, {
      importer: IMPORTERS.unhcr,
      path: files.write(name, content),
      fileName: name,
      actorId: null,
      ...extra,
    });

  /** A current value, as the profile and the API read it. */
  async function current(indicator: string, origin: string, destination: string, period: string) {
    const row = await db.kysely
      .selectFrom('observations')
      .innerJoin('releases', 'releases.id', 'observations.release_id')
      .select('observations.value')
      .where('releases.is_current', '=', 1)
      .where('observations.indicator_code', '=', indicator)
      .where('observations.area', '=', origin)
      .where('observations.counterpart', '=', destination)
      .where('observations.period', '=', period)
      .executeTakeFirst();
    return row?.value;
  }

  async function currentCount() {
    const row = await db.kysely
      .selectFrom('observations')
      .innerJoin('releases', 'releases.id', 'observations.release_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('releases.is_current', '=', 1)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  beforeAll(async () => {
    db = await freshDb(dialect);
    const good = await unhcr('unhcr_good.csv', cuts.good);
    expect(good.status).toBe('complete');
    goodId = good.releaseId!;
  }, 120_000);
  afterAll(async () => {
    await db.drop();
    files.remove();
  });

  it('keeps a file cut inside its last field out of the current data, saying why', async () => {
    const before = await currentCount();
    expect(await current('unhcr.asylum', 'VEN', 'PER', '2020')).toBe(482_571);
    const cut = await unhcr('cut.csv', cuts.cutInField);
    expect(cut.status).toBe('held');
    const lastLine = cuts.cutInField.toString('utf8').split('\n').length;
    expect(cut.report.held?.[0]).toEqual({ code: 'ends-mid-row', values: { line: lastLine } });
    // Every row is there, so nothing shrank: only the cut end holds it (1,027,400 read as 1).
    expect(cut.report.held?.map((r) => r.code)).toEqual(['ends-mid-row']);
    expect(await current('unhcr.asylum', 'AGG:UNK', 'AGG:UNK', '1999')).toBe(1_027_400);
    expect(await currentCount()).toBe(before);
    const release = await db.kysely
      .selectFrom('releases')
      .select(['status', 'is_current'])
      .where('id', '=', cut.releaseId!)
      .executeTakeFirstOrThrow();
    expect(release).toEqual({ status: 'held', is_current: 0 });
    const audit = await db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', cut.releaseId!)
      .orderBy('at')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['data.import.start', 'data.import.hold']);
  });

  it('says what shrank: head -c in a field and a two-row file; a short last row fails', async () => {
    const short = await unhcr('head40k.csv', cuts.head40k);
    expect(short.status).toBe('failed');
    expect(short.report.failure?.code).toBe('truncated');
    const head = await unhcr('head.csv', cuts.headInField);
    expect(head.status).toBe('held');
    const codes = head.report.held?.map((r) => r.code);
    expect(codes).toContain('ends-mid-row');
    expect(codes).toContain('fewer-values');
    expect(codes).toContain('fewer-areas');
    const fewer = head.report.held?.find((r) => r.code === 'fewer-values');
    expect(fewer?.values.current).toBe(await currentCount());
    const two = await unhcr('two.csv', cuts.twoRows);
    expect(two.status).toBe('held');
    // Its two rows are of 2005 and 2006: fewer values, areas and years, and older data.
    expect(two.report.held?.map((r) => r.code)).toEqual([
      'fewer-values',
      'fewer-areas',
      'fewer-years',
      'older',
    ]);
    expect(await current('unhcr.asylum', 'VEN', 'PER', '2020')).toBe(482_571);
  });

  it('makes a smaller release current when confirmed (--replace), and reports what was confirmed', async () => {
    const two = await unhcr('two-again.csv', Buffer.concat([cuts.twoRows, Buffer.from('\n')]), {
      confirm: { replace: true },
    });
    expect(two.status).toBe('complete');
    expect(two.report.confirmed?.map((r) => r.code)).toEqual([
      'fewer-values',
      'fewer-areas',
      'fewer-years',
      'older',
    ]);
    expect(await currentCount()).toBeLessThan(5);
  });

  it('offers the way back: the good file again is made current, not "nothing changed"', async () => {
    const version = await contentVersion(db.kysely);
    const again = await unhcr('unhcr_good.csv', cuts.good);
    expect(again.status).toBe('restored');
    expect(again.releaseId).toBe(goodId);
    expect(await current('unhcr.asylum', 'VEN', 'PER', '2020')).toBe(482_571);
    expect(Number(await contentVersion(db.kysely))).toBeGreaterThan(Number(version));
    const audit = await db.kysely
      .selectFrom('audit_log')
      .select(['action', 'before_json', 'after_json'])
      .where('entity_id', '=', goodId)
      .where('action', '=', 'data.release.make-current')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.after_json!)).toMatchObject({ current: goodId });
    expect((await unhcr('unhcr_good.csv', cuts.good)).status).toBe('unchanged');
  });

  it('does not make the same held file current again without confirmation, and says so', async () => {
    const cut = await unhcr('cut.csv', cuts.cutInField);
    expect(cut.status).toBe('not-current');
    expect(cut.report.held?.map((r) => r.code)).toEqual(['ends-mid-row']);
    expect(await current('unhcr.asylum', 'VEN', 'PER', '2020')).toBe(482_571);
  });

  it('"make current" needs the confirmation of what is lost, then switches with an audit row', async () => {
    const cut = await unhcr('cut.csv', cuts.cutInField, { dryRun: true });
    expect(cut.status).toBe('not-current');
    const refused = await makeReleaseCurrent(db, { releaseId: cut.releaseId!, actorId: null, confirm: {} });
    expect(refused).toEqual({
      ok: false,
      kind: 'refused',
      problems: { 'ends-mid-row': expect.objectContaining({ key: 'data.release.hold.ends-mid-row' }) },
    });
    const made = await makeReleaseCurrent(db, {
      releaseId: cut.releaseId!,
      actorId: null,
      confirm: { replace: true },
    });
    expect(made).toMatchObject({ ok: true, value: { changed: true, previous: { id: goodId } } });
    // The cut value is what the cut file says: the user confirmed it.
    expect(await current('unhcr.asylum', 'AGG:UNK', 'AGG:UNK', '1999')).toBe(1);
    const back = await makeReleaseCurrent(db, { releaseId: goodId, actorId: null, confirm: {} });
    expect(back).toMatchObject({ ok: true, value: { changed: true, confirmed: [] } });
    expect(await current('unhcr.asylum', 'AGG:UNK', 'AGG:UNK', '1999')).toBe(1_027_400);
    const missing = await makeReleaseCurrent(db, { releaseId: 'a'.repeat(16), actorId: null, confirm: {} });
    expect(missing).toEqual({ ok: false, kind: 'not-found' });
  });

  it('holds a file with text in a number cell until the errors are accepted', async () => {
    const text = await unhcr('text.csv', cuts.textInNumber);
    expect(text.status).toBe('held');
    expect(text.report.held).toEqual([{ code: 'row-errors', values: { count: 1 } }]);
    expect(await current('unhcr.refugees', 'SYR', 'TUR', '2020')).toBe(3_576_370);
    const accepted = await unhcr('text.csv', cuts.textInNumber, { confirm: { acceptErrors: true } });
    expect(accepted.status).toBe('restored');
    expect(await current('unhcr.refugees', 'SYR', 'TUR', '2020')).toBeUndefined();
    expect(await current('unhcr.asylum', 'VEN', 'PER', '2020')).toBe(482_571);
  });

  it('never lets an older WDI release replace a newer one silently', async () => {
    const wdi = (file: string, confirm = {}) =>
      runImport(db, {
        importer: IMPORTERS.wdi,
        path: join(DATA, 'worldbank', file),
        fileName: file,
        actorId: null,
        confirm,
      });
    expect((await wdi('personal-remittances-paid.xls')).status).toBe('complete');
    const older = await wdi('API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv');
    expect(older.status).toBe('held');
    expect(older.report.held?.find((r) => r.code === 'older')?.values).toEqual({
      label: '2021-09-15',
      current: '2023-05-10',
      year: '2020',
      currentYear: '2022',
    });
    expect(older.report.held?.find((r) => r.code === 'fewer-years')?.values).toEqual({
      count: 2,
      years: '2021, 2022',
    });
    const latest = await db.kysely
      .selectFrom('observations')
      .innerJoin('releases', 'releases.id', 'observations.release_id')
      .select((eb) => eb.fn.max('observations.period').as('period'))
      .where('releases.is_current', '=', 1)
      .where('observations.indicator_code', '=', 'BM.TRF.PWKR.CD.DT')
      .executeTakeFirstOrThrow();
    expect(latest.period).toBe('2022');
  }, 60_000);
});
