import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../tables/index.ts';

describe('CSV', () => {
  it('quotes, doubles quotes, ends lines with CRLF and starts with a BOM', () => {
    const csv = toCsv(
      ['name', 'value'],
      [
        ['Bahamas, The', 1],
        ['Say "hi"', null],
      ],
    );
    expect(csv).toBe('\uFEFFname,value\r\n"Bahamas, The",1\r\n"Say ""hi""",\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['x'], [['=HYPERLINK("x")'], [-5]], { bom: false })).toBe(
      'x\r\n"\'=HYPERLINK(""x"")"\r\n-5\r\n',
    );
  });
});
