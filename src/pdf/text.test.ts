import { describe, expect, it } from 'vitest';
import { paragraphDirection, shapeArabic, visualOrder } from './text.ts';

const codes = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16));

describe('PDF text: Arabic shaping and visual order', () => {
  it('joins letters with their contextual forms and makes the lam-alef ligature', () => {
    // بيت: beh initial, yeh medial, teh final.
    expect(codes(shapeArabic('بيت'))).toEqual(['fe91', 'fef4', 'fe96']);
    // لا: one ligature; دار: dal never joins forward, so the alef stands alone.
    expect(codes(shapeArabic('لا'))).toEqual(['fefb']);
    expect(codes(shapeArabic('دار'))).toEqual(['fea9', 'fe8d', 'fead']);
    expect(shapeArabic('Corridor 2013')).toBe('Corridor 2013');
  });

  it('orders a right-to-left line and keeps numbers and Latin words left to right', () => {
    expect(visualOrder('abc', 'ltr')).toBe('abc');
    expect(visualOrder('אבג', 'rtl')).toBe('גבא');
    expect(visualOrder('אב 2013 גד', 'rtl')).toBe('דג 2013 בא');
    expect(visualOrder('א English (UNDP) ב', 'rtl')).toBe('ב English (UNDP) א');
    expect(visualOrder('(אב)', 'rtl')).toBe('(בא)');
    expect(paragraphDirection('2013 عام', 'ltr')).toBe('rtl');
    expect(paragraphDirection('Plan 2013', 'rtl')).toBe('ltr');
  });
});
