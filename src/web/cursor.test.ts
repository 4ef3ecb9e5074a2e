import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cursorCodec, MAX_CURSOR_LENGTH } from './cursor.ts';
import { HttpProblem } from './errors.ts';

const codec = cursorCodec(z.tuple([z.string(), z.string().regex(/^[a-z0-9]{1,40}$/)]));
const b64 = (text: string) => Buffer.from(text).toString('base64url');

function problemOf(run: () => unknown): HttpProblem | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpProblem) return error;
    throw error;
  }
  return undefined;
}

describe('cursorCodec', () => {
  it('gives back what it encoded, as URL-safe text', () => {
    const text = codec.encode(['2026-12-07T10:00:00.000Z', 'abc123']);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(codec.decode(text)).toEqual(['2026-12-07T10:00:00.000Z', 'abc123']);
    expect(codec.read(text)).toEqual(['2026-12-07T10:00:00.000Z', 'abc123']);
  });

  it('keeps the format of the cursors given out before it (JSON tuples in base64url)', () => {
    expect(codec.encode(['Zeta', 'id1'])).toBe(b64('["Zeta","id1"]'));
  });

  it.each([
    ['tampered', `${codec.encode(['a', 'b'])}!`],
    ['truncated', codec.encode(['2026-12-07', 'abc123']).slice(0, 10)],
    ['not JSON', b64('not-a-cursor')],
    ['the wrong shape', b64('["a"]')],
    ['a wrong type inside', b64('[1,"abc"]')],
    ['an id the schema refuses', b64('["a","NOT AN ID"]')],
    ['huge', codec.encode(['x'.repeat(MAX_CURSOR_LENGTH), 'abc'])],
    ['empty', ''],
  ])('refuses a cursor that is %s with the 400 InvalidCursor problem', (_, text) => {
    const problem = problemOf(() => codec.decode(text));
    expect(problem).toMatchObject({ status: 400, code: 'InvalidCursor', detailKey: 'error.badRequest' });
    expect(codec.read(text)).toBeUndefined();
  });

  it('reads a missing cursor as none, and uses the detail key a module gives', () => {
    expect(codec.read(undefined)).toBeUndefined();
    const own = cursorCodec(z.string(), { detailKey: 'data.api.error.cursor' });
    expect(problemOf(() => own.decode('%%'))).toMatchObject({ detailKey: 'data.api.error.cursor' });
  });
});
