/**
 * The one place a return address taken from a request (`?next=`, a form's `next` field) is
 * checked before Corridor redirects to it: the language switch and sign-in both use it.
 */

const BASE = 'http://corridor.invalid';

/** Longer than any address Corridor makes; a longer one is not worth returning to. */
const MAX_LENGTH = 2000;

/** C0 controls, DEL and C1 controls: never part of an address worth following. */
function hasControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

export interface SafeRedirectOptions {
  /** Paths not worth returning to (the sign-in page after signing in); they fall back to `/`. */
  avoid?: readonly string[];
}

/**
 * A path on this site to redirect to, or `/`. Anything that could leave the site or break the
 * `Location` header falls back to `/`: an absolute or scheme-relative address (`https://…`,
 * `//evil.example`), a backslash (browsers read `/\evil.example` as `//evil.example`), and control
 * characters (a tab is dropped by browsers, so `/<tab>/evil.example` is `//evil.example`; a line
 * break cannot be sent in a header at all), and dot segments that collapse into `//`
 * (`/a/..//evil.example`). The answer is re-serialised by the URL parser, so what goes out is
 * percent-encoded and plain ASCII.
 */
export function safeRedirect(value: unknown, { avoid = [] }: SafeRedirectOptions = {}): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > MAX_LENGTH) return '/';
  if (value.startsWith('//') || value.includes('\\') || hasControlCharacters(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '/';
  }
  // Dot segments collapse when parsed: `/a/..//evil.example` becomes `//evil.example`.
  if (url.origin !== BASE || url.pathname.startsWith('//')) return '/';
  if (avoid.includes(url.pathname)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
