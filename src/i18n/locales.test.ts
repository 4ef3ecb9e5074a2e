import { describe, expect, it } from 'vitest';
import { directionOf, negotiateLocale } from './locales.ts';
import { translator } from './translator.ts';

describe('negotiateLocale', () => {
  it('picks the best supported language by quality', () => {
    expect(negotiateLocale('de-CH, es;q=0.7, fr;q=0.9')).toBe('fr');
    expect(negotiateLocale('ar-TN')).toBe('ar');
    expect(negotiateLocale('zh, ja;q=0.5')).toBe('en');
    expect(negotiateLocale(undefined)).toBe('en');
    expect(negotiateLocale('fr;q=0, es')).toBe('es');
  });
  it('writes Arabic right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
  });
});

describe('translator', () => {
  it('formats numbers, money and dates per language', () => {
    expect(translator('en').number(9500000)).toBe('9,500,000');
    expect(translator('fr').number(9500000)).toBe('9\u202f500\u202f000');
    expect(translator('en').money(950000000, 'USD')).toBe('$9,500,000');
    expect(translator('en').money(5000, 'JPY')).toBe('¥5,000');
    expect(translator('en').money(1500000, 'BHD')).toBe('BHD\u00a01,500');
    expect(translator('en').date('2012-12-01', 'long')).toBe('December 1, 2012');
    expect(translator('es').date('2012-12-01', 'long')).toBe('1 de diciembre de 2012');
    expect(translator('ar').number(80)).toBe('80');
  });
  it('names countries in the language', () => {
    expect(translator('fr').countryName('MD')).toBe('Moldavie');
    expect(translator('ar').countryName('TN')).toBe('تونس');
  });
});
