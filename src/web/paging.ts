import { z } from 'zod';
import { safeRedirect } from './safe-redirect.ts';

/**
 * Page numbers of the HTML lists (`?page=`), read the same way everywhere (decision 52): never an
 * error page, never an offset the database cannot hold.
 */

/** No list is this long; a larger number reads as this one, then as the list's last page. */
export const MAX_PAGE = 100_000;

/**
 * `?page=`: a whole number from 1. Anything else (text, 0, a fraction, several values) reads as
 * page 1; a number past `MAX_PAGE`, however large, reads as `MAX_PAGE`.
 */
export const pageNumber = z.preprocess((value) => {
  const number = Number(value);
  return Number.isFinite(number) || number === Number.POSITIVE_INFINITY ? Math.min(number, MAX_PAGE) : value;
}, z.number().int().min(1).max(MAX_PAGE).catch(1).default(1));

/** The number of the last page of `total` rows, `size` to a page (1 for an empty list). */
export function lastPage(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The address of the list's last page when `page` is past it, else null: a list answers a page
 * past its end (a stale link, a made-up number) by sending the reader to the last one.
 */
export function pastLastPage(url: string, page: number, total: number, size: number): string | null {
  const last = lastPage(total, size);
  if (page <= last) return null;
  const [path, search = ''] = url.split('?', 2) as [string, string?];
  const params = new URLSearchParams(search);
  if (last === 1) params.delete('page');
  else params.set('page', String(last));
  const query = params.toString();
  return safeRedirect(query ? `${path}?${query}` : path);
}
