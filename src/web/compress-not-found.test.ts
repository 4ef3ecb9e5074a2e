import { describe, expect, it } from 'vitest';
import { negotiateEncoding } from './compress-not-found.ts';

describe('negotiateEncoding', () => {
  it('prefers brotli, then gzip, among what the client accepts', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('GZIP;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
  });

  it('sends nothing compressed when the client refuses or asks for nothing', () => {
    expect(negotiateEncoding(undefined)).toBeUndefined();
    expect(negotiateEncoding('')).toBeUndefined();
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding('br;q=0, gzip;q=0')).toBeUndefined();
    expect(negotiateEncoding('*;q=0')).toBeUndefined();
    expect(negotiateEncoding('br;q=0, *')).toBe('gzip');
  });
});
