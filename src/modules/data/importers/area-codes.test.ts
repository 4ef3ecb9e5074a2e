import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../test/support/cli.ts';
import { registerMessages } from '../../../i18n/catalogue.ts';
import { translator } from '../../../i18n/translator.ts';
import { importMessages } from '../import.messages.ts';
import { reportLines } from '../import.presenter.ts';
import type { ImportReport } from '../import.report.ts';
import { declaredKind } from './area-cells.ts';
import { genericImporter } from './generic.ts';
import { matrixImporter } from './matrix.ts';
import { readWith, scratch } from './read.testing.ts';
import { unhcrImporter } from './unhcr.ts';

/** Codes that read two ways, missing markers and names of two areas: reported, never guessed. */
const files = scratch();
afterAll(() => files.done());

const areasOf = (read: Awaited<ReturnType<typeof readWith>>) =>
  read.observations.map((o) => [o.area, o.counterpart ?? ''].filter(Boolean).join('>'));

describe('codes that could be read two ways', () => {
  it('UNHCR: the file’s own NA in a code column is an unknown origin, never Namibia', async () => {
    const path = files.file(
      'unhcr.csv',
      [
        'year,orig,dest,refugees,asylum_seekers',
        '2020,NA,DEU,100,5',
        '2020,NAM,ZAF,7,NA',
        '2020,DE,FRA,1,1',
      ].join('\n'),
    );
    const read = await readWith(unhcrImporter, path);
    expect(read.failure).toBeNull();
    expect(areasOf(read)).toEqual(['AGG:UNK>DEU', 'AGG:UNK>DEU', 'NAM>ZAF']);
    // UNHCR's codes are alpha-3: a two-letter code is not placed.
    expect(read.skips).toEqual([{ line: 4, reason: 'unknown-area', values: { name: 'DE' } }]);
  });

  it('a long table: NA is reported where it could be Namibia, missing in an iso3 column, Namibia in an iso2 one', async () => {
    const rows = (country: string) =>
      [
        `indicator,${country},period,value`,
        'knomad.inflows,NA,2020,10',
        'knomad.inflows,CHI,2020,20',
        'knomad.inflows,DE,2020,30',
        'knomad.inflows,NAM,2020,40',
        'knomad.inflows,Virgin Islands,2020,50',
      ].join('\n');
    const undeclared = await readWith(genericImporter, files.file('codes.csv', rows('country')));
    expect(areasOf(undeclared)).toEqual(['AGG:CHI', 'NAM']);
    expect(undeclared.skips.map((s) => [s.line, s.reason, s.values])).toEqual([
      [2, 'ambiguous-code', { name: 'NA' }],
      [4, 'two-letter-code', { name: 'DE' }],
      [6, 'ambiguous-area', { name: 'Virgin Islands', areas: 'VGB, VIR' }],
    ]);

    const alpha3 = await readWith(genericImporter, files.file('alpha3.csv', rows('iso3')));
    expect(areasOf(alpha3)).toEqual(['AGG:CHI', 'NAM']);
    expect(alpha3.skips.map((s) => [s.line, s.reason, s.values])).toEqual([
      [2, 'missing-area', { field: 'country', text: 'NA' }],
      [4, 'two-letter-code', { name: 'DE' }],
      [6, 'ambiguous-area', { name: 'Virgin Islands', areas: 'VGB, VIR' }],
    ]);

    const alpha2 = await readWith(genericImporter, files.file('alpha2.csv', rows('iso2')));
    expect(areasOf(alpha2)).toEqual(['NAM', 'AGG:CHI', 'DEU', 'NAM']);
  });

  it('reads what a header declares', () => {
    expect(declaredKind('iso2')).toBe('alpha2');
    expect(declaredKind('ISO alpha-2 code')).toBe('alpha2');
    expect(declaredKind('origin_iso2')).toBe('alpha2');
    expect(declaredKind('Alpha-3')).toBe('alpha3');
    expect(declaredKind('ISO3')).toBe('alpha3');
    expect(declaredKind('country')).toBe('any');
    expect(declaredKind('Country Code')).toBe('any');
  });

  it('a matrix names "Virgin Islands" across as ambiguous and skips its column', async () => {
    const path = await files.workbook('virgin.xlsx', {
      Matrix: [
        ['Bilateral Remittance Estimates for 2017'],
        [
          'receiving (across) / sending (down)',
          'United States',
          'Mexico',
          'Canada',
          'Spain',
          'Jamaica',
          'Virgin Islands',
        ],
        ['United States', '-', 30_000, 800, 200, 2_000, 5],
      ],
    });
    const read = await readWith(matrixImporter, path);
    expect(read.failure).toBeNull();
    expect(read.skips).toEqual([
      {
        line: 2,
        cell: 'Matrix!G2',
        reason: 'ambiguous-area',
        values: { name: 'Virgin Islands', areas: 'VGB, VIR' },
      },
    ]);
    expect(read.observations.map((o) => o.counterpart)).toEqual(['MEX', 'CAN', 'ESP', 'JAM']);
  });
});

describe('explaining ambiguous codes', () => {
  beforeAll(() => registerMessages(importMessages));

  it('the report says why NA and two-letter codes were not stored', () => {
    const report: ImportReport = {
      kind: 'generic',
      file: 'codes.csv',
      rowsRead: 2,
      valuesStored: 0,
      valuesMissing: 0,
      skipped: 2,
      reasons: { 'ambiguous-code': 1, 'two-letter-code': 1 },
      entriesCapped: false,
      durationMs: 1,
      entries: [
        { file: 'codes.csv', line: 2, reason: 'ambiguous-code', values: { name: 'NA' } },
        { file: 'codes.csv', line: 3, reason: 'two-letter-code', values: { name: 'DE' } },
      ],
    };
    const lines = reportLines(translator('en'), report, 'complete').join('\n');
    expect(lines).toContain('Code that reads two ways: 1');
    expect(lines).toContain(
      'codes.csv:2: “NA” could be Namibia’s ISO alpha-2 code or the file’s “not available”',
    );
    expect(lines).toContain('codes.csv:3: “DE” is a two-letter code');
  });

  it('corridor import --help explains ambiguous codes', () => {
    const help = runCli(['import', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain(
      'Two-letter ISO alpha-2 codes (DE) are read only in a column whose header says so',
    );
    expect(help.stdout).toContain('Ambiguous codes and names are reported, never guessed');
  });
});
