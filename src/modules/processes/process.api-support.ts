import { z } from 'zod';
import type { FailureReplyOptions } from '../../web/command-reply.ts';

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

/**
 * How `sendFailure` points at the request body for a process command's problems: the form names
 * the new area's fields `newAreaName`…, the JSON body nests them under `newArea`.
 */
export const processPointers: FailureReplyOptions = {
  pointers: {
    newAreaName: '/newArea/name',
    newAreaLevel: '/newArea/level',
    newAreaParentId: '/newArea/parentId',
  },
};

/** The error answers of a write: bad input, no token, missing or forbidden, conflict, refused. */
export const errorAnswers = { 400: problem, 401: problem, 404: problem, 409: problem, 422: problem };
