import type { FastifyRequest } from 'fastify';

/**
 * The one place text from a request is made fit to store (decision 50): every string in the body
 * (HTML forms, JSON, the fields of multipart forms), the query and the path parameters passes
 * through `normaliseText` before any schema or handler sees it, so both databases get the same
 * text. PostgreSQL refuses a NUL byte in text (SQLite keeps it), so without this one `%00` in a
 * search or a form field answered 500 on PostgreSQL only.
 */

/** Tab, line feed and carriage return stay: they are how multi-line text is written. */
function isStripped(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Text as Corridor keeps it: NUL and the other C0 and C1 control characters (tab, line feed and
 * carriage return aside) removed, then Unicode NFC, so that "é" typed as one character or as "e"
 * and an accent is the same text, found by the same search and refused by the same unique index.
 */
export function normaliseText(value: string): string {
  let text = value;
  for (let i = 0; i < text.length; i++) {
    if (isStripped(text.charCodeAt(i))) {
      let kept = '';
      for (const char of text) if (!isStripped(char.charCodeAt(0))) kept += char;
      text = kept;
      break;
    }
  }
  if (isAscii(text)) return text;
  return text.normalize('NFC');
}

/** A plain object, or a query object (fast-querystring's objects inherit from a null-prototype object). */
function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null || Object.getPrototypeOf(prototype) === null;
}

/**
 * Every string inside plain objects and arrays, normalised in place. Anything else (a stream
 * handed over by a raw-body parser, a file's buffer) is left alone; keys are left alone too, as
 * they name fields and are never stored.
 */
export function normaliseInput(value: unknown): unknown {
  if (typeof value === 'string') return normaliseText(value);
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = normaliseInput(value[i]);
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) value[key] = normaliseInput(value[key]);
  }
  return value;
}

/** `preValidation` hook: the request's body, query and path parameters, normalised. */
export async function normaliseRequestText(request: FastifyRequest): Promise<void> {
  request.body = normaliseInput(request.body);
  request.query = normaliseInput(request.query);
  request.params = normaliseInput(request.params);
}
