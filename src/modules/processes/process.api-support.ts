import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sendProblem } from '../../web/error-handler.ts';
import { notFound, versionConflict } from '../../web/errors.ts';
import type { FieldKeys, Result } from './process.result.ts';

/** An RFC 9457 problem, as the API documents its errors. */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  code: z.string(),
  detail: z.string(),
  instance: z.string(),
  errors: z.array(z.object({ location: z.string(), pointer: z.string(), detail: z.string() })).optional(),
});

/** Form field names of a command's errors → JSON pointers into the request body. */
const POINTERS: Record<string, string> = {
  newAreaName: '/newArea/name',
  newAreaLevel: '/newArea/level',
  newAreaParentId: '/newArea/parentId',
  _form: '/',
};

/** Answers a refused command: 404, 409, or 422 with a message per field. */
export function refuse<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  result: Exclude<Result<T>, { ok: true }>,
) {
  if (result.code === 'not-found') throw notFound();
  if (result.code === 'conflict') throw versionConflict();
  const errors = Object.entries(result.errors as FieldKeys).map(([field, key]) => ({
    location: 'body',
    pointer: POINTERS[field] ?? `/${field}`,
    detail: request.i18n.t(key, { field }),
  }));
  return sendProblem(request, reply, {
    status: 422,
    code: 'ValidationFailed',
    titleKey: 'error.validation',
    errors,
  });
}

/** The error answers of a write: bad input, no token, missing or forbidden, conflict, refused. */
export const errorAnswers = { 400: problem, 401: problem, 404: problem, 409: problem, 422: problem };
