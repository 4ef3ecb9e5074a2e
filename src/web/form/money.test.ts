import { describe, expect, it } from 'vitest';
import { amountText, parseAmount, parseNumber } from './money.ts';

describe('money and numbers as people type them', () => {
  it('stores amounts in the minor unit of their own currency', () => {
    expect(parseAmount('9,500,000.50', 'USD')).toEqual({ ok: true, value: 950_000_050 });
    expect(parseAmount('1 200', 'JPY')).toEqual({ ok: true, value: 1200 });
    expect(parseAmount('1.5', 'JPY')).toEqual({ ok: false, problem: 'invalid' });
    expect(parseAmount('1.234', 'BHD')).toEqual({ ok: true, value: 1234 });
    expect(parseAmount('-3', 'USD')).toEqual({ ok: false, problem: 'negative' });
    expect(parseAmount('', 'USD')).toEqual({ ok: true, value: null });
    expect(parseAmount('1e20', 'USD')).toEqual({ ok: false, problem: 'invalid' });
  });

  it('writes minor units back as they would be typed', () => {
    expect(amountText(950_000_050, 'USD')).toBe('9500000.50');
    expect(amountText(1200, 'JPY')).toBe('1200');
  });

  it('reads decimal commas and thousands groups', () => {
    expect(parseNumber('62,5')).toBe(62.5);
    expect(parseNumber('1,234')).toBe(1234);
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('abc')).toBeNull();
  });
});
