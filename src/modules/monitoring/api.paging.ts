import { z } from 'zod';
import { cursorCodec } from '../../web/cursor.ts';

/** List answers of the monitoring API: `{ data, next }`. */
export const list = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), next: z.string().nullable() });

/** Cursors are the last id of the page, opaque to clients. */
export const idCursor = cursorCodec(z.string().regex(/^[a-z0-9]{1,40}$/));

/** The id inside `cursor`; none without one, the 400 `InvalidCursor` problem for one we did not make. */
export const decodeCursor = (cursor: string | undefined): string | null =>
  cursor ? idCursor.decode(cursor) : null;
