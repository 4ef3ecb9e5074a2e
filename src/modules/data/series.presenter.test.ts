import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translator.ts';
import { formatCompact, formatValue } from './series.presenter.ts';

describe('formatting percentages', () => {
  const en = translator('en');
  it('keeps two significant digits, so a small share is not shown as 0 %', () => {
    expect(formatCompact(en, 'percent', 0.0296)).toBe('0.03%');
    expect(formatValue(en, 'percent', 0.0296)).toBe('0.03%');
    expect(formatValue(en, 'percent', 0.00296)).toBe('0.003%');
    expect(formatCompact(translator('fr'), 'percent', 0.0296)).toBe('0,03\u00a0%');
  });

  it('keeps the usual precision of larger shares', () => {
    expect(formatCompact(en, 'percent', 43.21)).toBe('43.2%');
    expect(formatCompact(en, 'percent', 4.31)).toBe('4.3%');
    expect(formatValue(en, 'percent', 4.316)).toBe('4.32%');
    expect(formatCompact(en, 'percent of GDP', 12)).toBe('12%');
    expect(formatCompact(en, 'percent', 0)).toBe('0%');
  });
});
