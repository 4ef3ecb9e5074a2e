import { describe, expect, it } from 'vitest';
import { translator } from './translator.ts';

describe('translator.money', () => {
  it('formats whole amounts from minor units, in the reader’s language', () => {
    expect(translator('en').money(950_000_000, 'USD')).toBe('$9,500,000');
    expect(translator('fr').money(950_000_000, 'EUR')).toMatch(/^9\s500\s000\s€$/);
  });

  it('keeps a symbol such as "US$" whole in Arabic, where the line runs right to left', () => {
    const shown = translator('ar').money(950_000_000, 'USD');
    expect(shown).toContain('9,500,000');
    // A left-to-right mark right after the "$", so it stays beside "US" and is not mirrored to "$US".
    expect(shown).toMatch(/US\$\u200E/);
    // Symbols without Latin letters before them are left alone.
    expect(translator('ar').money(100, 'EUR')).not.toContain('\u200E');
  });
});
