import { describe, expect, it } from 'vitest';
import { csvCell, defuseFormula, toCsv } from './csv.ts';

describe('CSV cells', () => {
  it('defuses every start a spreadsheet runs as a formula (=, +, -, @, tab, carriage return)', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+33 1 23 45 67 89')).toBe("'+33 1 23 45 67 89");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)");
    expect(csvCell('\t=1+1')).toBe("'\t=1+1");
    // A carriage return makes the cell quoted as well.
    expect(csvCell('\r=1+1')).toBe(`"'\r=1+1"`);
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
  });

  it('leaves text that starts otherwise, and numbers (a negative number is no formula), as they are', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(' =1')).toBe(' =1');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('مرحبا')).toBe('مرحبا');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(2.5)).toBe('2.5');
    expect(defuseFormula('x')).toBe('x');
  });

  it('quotes quotes, commas and line breaks (RFC 4180) and leaves nothing empty', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });
});

describe('CSV files', () => {
  it('start with a byte-order mark, defuse the header too, and end every line with CRLF', () => {
    expect(
      toCsv(
        ['name', '=x'],
        [
          ['Bahamas, The', 1],
          ['-1', null],
        ],
      ),
    ).toBe('\uFEFFname,\'=x\r\n"Bahamas, The",1\r\n\'-1,\r\n');
  });

  it('leave the byte-order mark out when asked (SDMX-CSV)', () => {
    expect(toCsv(['x'], [], { bom: false })).toBe('x\r\n');
  });
});
