import type { z } from 'zod';
import { HttpProblem } from './errors.ts';

/**
 * Opaque keyset cursors (decision 59): the sort key of a page's last row as base64url JSON, read
 * back through a Zod schema of that key. Keyset paging stays as fast on page 2,000 as on page 1,
 * and rows added meanwhile do not shift pages. Every list's cursor is made here, so a forged,
 * truncated or huge one gets the same 400 `InvalidCursor` problem everywhere.
 */

/** No cursor we give out is longer; a longer text is refused before it is decoded. */
export const MAX_CURSOR_LENGTH = 1000;

const BASE64URL = /^[A-Za-z0-9_-]+$/;

export interface CursorCodec<T, I = T> {
  /** The cursor text of `value`. */
  encode(value: I): string;
  /** The value inside `text`; a text this codec did not make throws the 400 `InvalidCursor` problem. */
  decode(text: string): T;
  /** The value inside `text`, or undefined when it is not one of ours (for pages, where a damaged
   * link reads as the first page rather than an error). */
  read(text: string | undefined): T | undefined;
}

export interface CursorOptions {
  /** The message key of the problem's detail; `error.badRequest` unless the module has its own. */
  detailKey?: string;
}

/** A codec for cursors holding values of `schema` (keep it small: a tuple of the sort key and id). */
export function cursorCodec<S extends z.ZodType>(
  schema: S,
  { detailKey = 'error.badRequest' }: CursorOptions = {},
): CursorCodec<z.output<S>, z.input<S>> {
  const read = (text: string | undefined): z.output<S> | undefined => {
    if (!text || text.length > MAX_CURSOR_LENGTH || !BASE64URL.test(text)) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
    const parsed = schema.safeParse(json);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    encode: (value) => Buffer.from(JSON.stringify(value)).toString('base64url'),
    decode(text) {
      const value = read(text);
      if (value === undefined) throw new HttpProblem(400, 'InvalidCursor', detailKey);
      return value;
    },
    read,
  };
}
