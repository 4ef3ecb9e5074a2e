import { afterAll, describe, expect, it } from 'vitest';
import { genericImporter } from './generic.ts';
import { matrixImporter } from './matrix.ts';
import { readWith, scratch } from './read.testing.ts';
import { plainText, readNumber } from './values.ts';

const files = scratch();
afterAll(() => files.done());

describe('formula cells', () => {
  it('a formula without a saved result is reported as such, not as "[object Object]"', () => {
    expect(readNumber({ formula: 'SUM(B2:B4)' })).toEqual({
      kind: 'text',
      text: '=SUM(B2:B4)',
      reason: 'formula-without-value',
    });
    expect(readNumber({ sharedFormula: 'B2' })).toMatchObject({
      reason: 'formula-without-value',
      text: '=B2',
    });
    expect(readNumber({ formula: 'SUM(B2:B4)', result: 42 })).toEqual({ kind: 'number', value: 42 });
    expect(readNumber('about 3')).toEqual({ kind: 'text', text: 'about 3', reason: 'not-a-number' });
    expect(plainText({ formula: 'A1' })).toBe('');
  });

  it('in a workbook: the cell is named with the formula; saved formulas give their value', async () => {
    const path = await files.workbook('formulas.xlsx', {
      Values: [
        ['indicator', 'country', 'period', 'value'],
        ['knomad.inflows', 'Bangladesh', 2020, { formula: '1+1' }],
        ['knomad.inflows', 'Jamaica', 2020, { formula: '3000+100', result: 3100 }],
      ],
    });
    const read = await readWith(genericImporter, path);
    expect(read.observations.map((o) => [o.area, o.value])).toEqual([['JAM', 3100]]);
    expect(read.skips).toEqual([
      { line: 2, cell: 'Values!D2', reason: 'formula-without-value', values: { text: '=1+1' } },
    ]);

    const matrix = await files.workbook('formula-matrix.xlsx', {
      Matrix: [
        ['Bilateral Remittance Estimates for 2017'],
        [
          'receiving (across) / sending (down)',
          'Mexico',
          'Guatemala',
          'Honduras',
          'El Salvador',
          'Nicaragua',
        ],
        ['United States', { formula: 'B4*2' }, 9000, 4800, 5000, 800],
      ],
    });
    const readMatrix = await readWith(matrixImporter, matrix);
    expect(readMatrix.skips).toEqual([
      { line: 3, cell: 'Matrix!B3', reason: 'formula-without-value', values: { text: '=B4*2' } },
    ]);
  });
});
