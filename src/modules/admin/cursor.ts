/**
 * Opaque keyset cursors: the sort value and id of a row, as base64url JSON. Keyset paging stays
 * as fast on page 2,000 as on page 1, and rows added meanwhile do not shift pages.
 */
export interface Cursor {
  key: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');
}

/** The cursor in `value`, or undefined when it is not one we made (treated as the first page). */
export function decodeCursor(value: string | undefined): Cursor | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && parsed.every((p) => typeof p === 'string')) {
      return { key: parsed[0] as string, id: parsed[1] as string };
    }
  } catch {
    // Fall through: a damaged cursor is a damaged link, not an error worth a page.
  }
  return undefined;
}
