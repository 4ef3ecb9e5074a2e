import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { cursorCodec } from '../../web/cursor.ts';
import { sendProblem } from '../../web/error-handler.ts';
import type { Problems } from './monitoring.support.ts';

/** List answers: `{ data, next }`. */
export const list = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), next: z.string().nullable() });

/** Refused input, in the same shape as schema validation errors: one entry per field, in words. */
export function invalidInput(
  request: FastifyRequest,
  reply: FastifyReply,
  problems: Problems,
  pointers: Record<string, string> = {},
) {
  return sendProblem(request, reply, {
    status: 400,
    code: 'ValidationFailed',
    titleKey: 'error.validation',
    errors: Object.entries(problems).map(([field, problem]) => ({
      location: 'body',
      pointer: pointers[field] ?? `/${field.replace(/\./g, '/')}`,
      detail: request.i18n.t(problem.key, problem.values),
    })),
  });
}

/** A locked reporting year: 409 with the year in words. */
export function lockedProblem(request: FastifyRequest, reply: FastifyReply, year: number) {
  return sendProblem(request, reply, {
    status: 409,
    code: 'PeriodLocked',
    titleKey: 'indicator.api.locked',
    errors: [
      { location: 'body', pointer: '/period', detail: request.i18n.t('indicator.error.locked', { year }) },
    ],
  });
}

/** Cursors are the last id of the page, opaque to clients. */
export const idCursor = cursorCodec(z.string().regex(/^[a-z0-9]{1,40}$/));

/** The id inside `cursor`; none without one, the 400 `InvalidCursor` problem for one we did not make. */
export const decodeCursor = (cursor: string | undefined): string | null =>
  cursor ? idCursor.decode(cursor) : null;
