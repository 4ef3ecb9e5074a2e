import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from '../../../../test/support/databases.ts';
import { runImport } from '../import.service.ts';
import type { ImportKind, ImportOptions } from '../import.types.ts';
import { IMPORTERS } from './index.ts';
import { axisFromCorner } from './matrix.ts';
import { readXlsSheet } from './xls.ts';

/** Broken and hand-made files, generated into a temporary folder for each run. */
const DATA = join(process.cwd(), '../shared/data');
const WDI_CSV = join(DATA, 'worldbank/API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv');

let dir: string;
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function workbook(name: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheet, rows] of Object.entries(sheets)) book.addWorksheet(sheet).addRows(rows);
  // writeBuffer, not writeFile: exceljs's writeFile can resolve before the file is fully flushed,
  // and the importer then reads a truncated zip (seen once in CI as "not a workbook").
  return file(name, Buffer.from(await book.xlsx.writeBuffer()));
}

const GENERIC = [
  'indicator,country,sex,period,value',
  'knomad.inflows,Bangladesh,,2020,21750',
  'knomad.inflows,JAM,,2020,3100',
  'recruitment.cost,Moldova,F,2021,35.5',
].join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'corridor-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(DIALECTS)('malformed and hand-made files on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    db = await freshDb(dialect);
  });
  afterAll(() => db.drop());

  const run = (kind: ImportKind, path: string, options: ImportOptions = {}, fileName?: string) =>
    runImport(db, {
      importer: IMPORTERS[kind],
      path,
      fileName: fileName ?? path.split('/').pop()!,
      options,
      actorId: null,
      batchSize: 500,
    });

  async function storedFor(releaseId: string | null) {
    if (!releaseId) return 0;
    const row = await db.kysely
      .selectFrom('observations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('release_id', '=', releaseId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('a truncated CSV fails at its last line, stores nothing and leaves the current release current', async () => {
    const good = await run('wdi', WDI_CSV);
    expect(good.status).toBe('complete');
    const text = readFileSync(WDI_CSV, 'utf8');
    const cut = text.indexOf('\n', Math.floor(text.length * 0.7)) + 200;
    const truncated = await run('wdi', file('wdi-truncated.csv', text.slice(0, cut)));
    expect(truncated.status).toBe('failed');
    expect(truncated.report.failure).toMatchObject({ code: 'truncated' });
    expect(truncated.report.failure?.line).toBeGreaterThan(150);
    expect(await storedFor(truncated.releaseId)).toBe(0);
    const current = await db.kysely
      .selectFrom('releases')
      .select('id')
      .where('is_current', '=', 1)
      .where('kind', '=', 'wdi')
      .execute();
    expect(current).toEqual([{ id: good.releaseId }]);
    // Cut inside a quoted field: the quote never closes.
    const open = await run(
      'wdi',
      file('wdi-open-quote.csv', `${text.slice(0, text.indexOf('"Zimbabwe","Z'))}"Zimb`),
    );
    expect(open.report.failure?.code).toBe('truncated');
  });

  it('a file saved as Latin-1 fails with the line of the first byte that is not UTF-8', async () => {
    const latin1 = Buffer.from(`${GENERIC}\nknomad.inflows,Côte d'Ivoire,,2020,300\n`, 'latin1');
    const outcome = await run('generic', file('latin1.csv', latin1));
    expect(outcome.status).toBe('failed');
    expect(outcome.report.failure).toMatchObject({ code: 'not-utf8', line: 5, values: { byte: '0xF4' } });
    // A small file fails before its header is read (no release at all); a large one fails mid-way.
    expect(await storedFor(outcome.releaseId)).toBe(0);
  });

  it('a wrong sheet, a wrong kind of file or not a workbook at all fails before anything is written', async () => {
    const xlsx = await workbook('generic.xlsx', { Values: GENERIC.split('\n').map((l) => l.split(',')) });
    const wrongSheet = await run('generic', xlsx, { sheet: 'Données' });
    expect(wrongSheet.status).toBe('failed');
    expect(wrongSheet.report.failure).toMatchObject({
      code: 'sheet-not-found',
      values: { sheet: 'Données', sheets: 'Values' },
    });
    const wrongKind = await run('undesa', join(DATA, 'knomad/remittance-inflows.xlsx'));
    expect(wrongKind).toMatchObject({ status: 'failed', releaseId: null });
    expect(wrongKind.report.failure?.code).toBe('header-not-found');
    const csvAsWdi = await run('wdi', join(DATA, 'unhcr/unhcr_2020.csv'));
    expect(csvAsWdi.report.failure?.code).toBe('header-not-found');
    const notWorkbook = await run('knomad', file('flows.xlsx', 'Country,2020\nBangladesh,1\n'));
    expect(notWorkbook.report.failure?.code).toBe('not-a-workbook');
    const xlsSheet = await readXlsSheet(join(DATA, 'worldbank/sending-cost-to-country.xls'), 'Nope').catch(
      (e) => e,
    );
    expect(xlsSheet).toMatchObject({ code: 'sheet-not-found' });
    expect(String(xlsSheet.values.sheets)).toContain('Data');
  });

  it('text in a number cell is reported with its line and cell; the other values are stored', async () => {
    const outcome = await run(
      'generic',
      file('text-values.csv', `${GENERIC}\nknomad.inflows,Tunisia,,2020,about 2000\n`),
    );
    // Stored, but not current until the user accepts the rows with errors (decision 35).
    expect(outcome.status).toBe('held');
    expect(outcome.report.held).toEqual([{ code: 'row-errors', values: { count: 1 } }]);
    expect(outcome.report.valuesStored).toBe(3);
    expect(outcome.report.entries).toEqual([
      { file: 'text-values.csv', line: 5, reason: 'not-a-number', values: { text: 'about 2000' } },
    ]);
    const xlsx = await workbook('text-cells.xlsx', {
      Sheet1: [
        ['Indicator', 'Country', 'Period', 'Value'],
        ['knomad.inflows', 'Jamaica', 2019, 'n.d.'],
        ['knomad.inflows', 'Jamaica', 2018, 2400],
      ],
    });
    const cells = await run('generic', xlsx);
    expect(cells.report.entries).toEqual([
      {
        file: 'text-cells.xlsx',
        line: 2,
        cell: 'Sheet1!D2',
        reason: 'not-a-number',
        values: { text: 'n.d.' },
      },
    ]);
  });

  it('a repeated row is skipped and reported; the same key with another value fails the import', async () => {
    const repeated = await run(
      'generic',
      file('repeated.csv', `${GENERIC}\nknomad.inflows,BGD,,2020,21750\n`),
      {
        dataset: 'generic:repeated',
      },
    );
    expect(repeated.status).toBe('complete');
    expect(repeated.report.entries).toEqual([
      { file: 'repeated.csv', line: 5, reason: 'duplicate', values: { line: 2 } },
    ]);
    const conflicting = await run(
      'generic',
      file('conflicting.csv', `${GENERIC}\nknomad.inflows,BGD,,2020,99\n`),
      {
        dataset: 'generic:conflicting',
      },
    );
    expect(conflicting.status).toBe('failed');
    expect(conflicting.report.failure).toMatchObject({
      code: 'conflicting-duplicate',
      line: 5,
      values: { first: 2, value: 99, firstValue: 21750 },
    });
    expect(await storedFor(conflicting.releaseId)).toBe(0);
  });

  it('reads a generic file with a column mapping, names, codes, sexes and quarters', async () => {
    const path = file(
      'moldova.csv',
      ['Indicateur;Pays;Sexe;Période;Valeur', 'recruitment.cost;Moldova;femmes;2021;35,5'].join('\n'),
    );
    const semicolons = await run('generic', path, {});
    expect(semicolons.report.failure?.code).toBe('column-missing');
    const mapped = await run(
      'generic',
      file(
        'mapped.csv',
        [
          'Indicateur,Pays,Origine,Destination,Sexe,Période,Valeur',
          'recruitment.cost,Moldova,,,F,2021,35.5',
          'rpw.corridor.cost,,France,Tunisie,,2021Q3,6.2',
          'rpw.corridor.cost,,FRA,TUN,,2021-Q4,6.1',
          'recruitment.cost,Atlantis,,,,2021,10',
          'recruitment.cost,MDA,,,X,2021,10',
        ].join('\n'),
      ),
      {
        columns: {
          indicator: 'Indicateur',
          country: 'Pays',
          origin: 'Origine',
          destination: 'Destination',
          sex: 'Sexe',
          period: 'Période',
          value: 'Valeur',
        },
      },
    );
    expect(mapped.status).toBe('complete');
    expect(mapped.report.valuesStored).toBe(2);
    expect(mapped.report.entries.map((e) => [e.line, e.reason])).toEqual([
      [3, 'unknown-area'],
      [5, 'unknown-area'],
      [6, 'bad-sex'],
    ]);
  });

  it('a matrix whose title and corner do not say what it holds stops with a clear message', async () => {
    const rows = [
      ['', 'Mexico', 'Guatemala', 'Honduras', 'El Salvador', 'Nicaragua'],
      ['United States', 30000, 9000, 4800, 5000, 800],
      ['Canada', 300, 50, '-', 20, 'n/a'],
      ['Spain', 20, 5, 10, 'about 3', 4],
    ];
    const bare = await workbook('bare-matrix.xlsx', { Matrix: rows });
    expect((await run('matrix', bare)).report.failure?.code).toBe('matrix-indicator');
    expect((await run('matrix', bare, { indicator: 'knomad.bilateral' })).report.failure?.code).toBe(
      'matrix-axis',
    );
    const noYear = await run('matrix', bare, { indicator: 'knomad.bilateral', rows: 'origin' });
    expect(noYear.report.failure?.code).toBe('matrix-period');
    const given = { indicator: 'knomad.bilateral', rows: 'origin', period: '2019' } as const;
    // The publisher comes from the title or the user, never from the indicator's catalogue entry.
    expect((await run('matrix', bare, given)).report.failure?.code).toBe('matrix-publisher');
    const done = await run('matrix', bare, { ...given, publisher: 'Central Bank of Mexico' });
    expect(done.dataset?.publisher).toBe('Central Bank of Mexico');
    // "about 3" is text in a number cell: stored, held until accepted.
    expect(done.status).toBe('held');
    expect(done.report.valuesStored).toBe(12);
    expect(done.report.entries).toEqual([
      {
        file: 'bare-matrix.xlsx',
        line: 4,
        cell: 'Matrix!E4',
        reason: 'not-a-number',
        values: { text: 'about 3' },
      },
    ]);
    const usToMexico = await db.kysely
      .selectFrom('observations')
      .select('value')
      .where('release_id', '=', done.releaseId!)
      .where('area', '=', 'USA')
      .where('counterpart', '=', 'MEX')
      .executeTakeFirstOrThrow();
    expect(usToMexico.value).toBe(30000);

    const titled = await workbook('titled-matrix.xlsx', {
      Estimates: [
        ['Bilateral Remittance Estimates for 2016 (millions of US$)'],
        ['receiving (across) / sending (down)', ...rows[0]!.slice(1)],
        ...rows.slice(1),
      ],
    });
    const conflict = await run('matrix', titled, { rows: 'destination' });
    expect(conflict.report.failure).toMatchObject({
      code: 'matrix-conflict-rows',
      values: { found: 'origin', given: 'destination' },
    });
    const read = await run('matrix', titled);
    expect(read).toMatchObject({ status: 'held', label: '2016' });
    expect(read.dataset?.code).toBe('matrix:knomad.bilateral:2016');
    // "Bilateral Remittance Estimates" is the World Bank–KNOMAD's product.
    expect(read.dataset?.publisher).toBe('World Bank–KNOMAD');
  });

  it('reads which axis is the origin from the corner cell, or says it cannot', () => {
    expect(axisFromCorner('receiving (across) / sending (down) ')).toBe('origin');
    expect(axisFromCorner('Destination (columns) / Origin (rows)')).toBe('origin');
    expect(axisFromCorner('origin (across) / destination (down)')).toBe('destination');
    expect(axisFromCorner('Host country (rows) \\ source country (columns)')).toBe('destination');
    expect(axisFromCorner('Origin \\ Destination')).toBeNull();
    expect(axisFromCorner('sending (down) / sending (across)')).toBeNull();
    expect(axisFromCorner('')).toBeNull();
  });

  it('reads the origin-and-destination workbook of UN DESA as bilateral stock', async () => {
    const path = await workbook('undesa-origin.xlsx', {
      'Table 1': [
        [],
        ['International Migrant Stock 2020: Destination and origin'],
        [
          'Table 1: International migrant stock at mid-year by sex and by region, country or area of destination and origin, 1990-2020',
        ],
        [],
        [
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          'International migrant stock at mid-year, both sexes combined',
          null,
          'International migrant stock at mid-year, males',
          null,
        ],
        [
          'Index',
          'Region, development group, country or area of destination',
          'Notes of destination',
          'Location code of destination',
          'Type of data of destination',
          'Region, development group, country or area of origin',
          'Location code of origin',
          2015,
          2020,
          2015,
          2020,
        ],
        [
          1,
          'United States of America*',
          null,
          840,
          'B',
          'Mexico',
          484,
          12_050_031,
          10_853_105,
          6_400_000,
          5_800_000,
        ],
        [2, 'United States of America*', null, 840, 'B', 'WORLD', 900, 48_178_877, 50_632_836, '..', '..'],
        [3, 'Atlantis', null, 999, 'B', 'Mexico', 484, 1, 2, 3, 4],
      ],
    });
    const outcome = await run('undesa', path);
    expect(outcome).toMatchObject({ status: 'complete', label: '2020' });
    expect(outcome.dataset?.code).toBe('undesa-ims-origin-destination');
    expect(outcome.report.valuesStored).toBe(6);
    expect(outcome.report.entries).toEqual([
      {
        file: 'undesa-origin.xlsx',
        line: 9,
        cell: 'Table 1!D9',
        reason: 'unknown-area',
        values: { name: 'Atlantis (999)' },
      },
    ]);
    const stock = await db.kysely
      .selectFrom('observations')
      .select(['indicator_code', 'sex', 'value'])
      .where('release_id', '=', outcome.releaseId!)
      .where('area', '=', 'MEX')
      .where('counterpart', '=', 'USA')
      .where('period', '=', '2020')
      .orderBy('sex')
      .execute();
    expect(stock).toEqual([
      { indicator_code: 'ims.stock.bilateral', sex: 'M', value: 5_800_000 },
      { indicator_code: 'ims.stock.bilateral', sex: '_T', value: 10_853_105 },
    ]);
  });

  it('stores a partial latest year when asked to (--keep-partial), in a dry run here', async () => {
    const outcome = await runImport(db, {
      importer: IMPORTERS.wdi,
      path: join(DATA, 'worldbank/personal-remittances-received.xls'),
      fileName: 'personal-remittances-received.xls',
      options: { keepPartial: true },
      actorId: null,
      dryRun: true,
    });
    expect(outcome.status).toBe('dry-run');
    expect(outcome.report.reasons['partial-year']).toBeUndefined();
    expect(outcome.report.valuesStored).toBe(9497);
  });

  it('parses .xls only within its limits: size and time', async () => {
    const xls = join(DATA, 'worldbank/sending-cost-to-country.xls');
    await expect(readXlsSheet(xls, 'Data', { maxBytes: 1000 })).rejects.toMatchObject({ code: 'too-large' });
    await expect(readXlsSheet(xls, 'Data', { timeoutMs: 1 })).rejects.toMatchObject({ code: 'timeout' });
    const garbage = await run('wdi', file('garbage.xls', Buffer.alloc(4096, 7)));
    expect(garbage.report.failure?.code).toMatch(/not-a-workbook|header-not-found|sheet-not-found/);
  });
});
