import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Failure } from '../commands/index.ts';
import { sendProblem } from './error-handler.ts';
import { notFound } from './errors.ts';

/**
 * The one mapping from a command's failure to HTTP. Form errors are 422 everywhere, in pages
 * and in the API (decision 88): the request was read, its content breaks a rule. 400 is kept
 * for requests that cannot be read at all (a broken body, a cursor we did not make).
 */
export const FAILURE_STATUS = {
  invalid: 422,
  refused: 403,
  conflict: 409,
  locked: 409,
  'not-found': 404,
} as const satisfies Record<Failure['kind'], number>;

/** The status a page re-drawn for this failure answers with. */
export function failureStatus(failure: Failure): number {
  return FAILURE_STATUS[failure.kind];
}

const CODES = {
  invalid: { code: 'ValidationFailed', titleKey: 'error.validation' },
  refused: { code: 'Forbidden', titleKey: 'error.forbidden' },
  conflict: { code: 'VersionConflict', titleKey: 'error.versionConflict' },
  locked: { code: 'PeriodLocked', titleKey: 'error.periodLocked' },
} as const;

export interface FailureReplyOptions {
  /** Form field names → JSON pointers into the request body, where they differ (`newAreaName`). */
  pointers?: Record<string, string>;
}

/**
 * Answers an API call whose command failed, as RFC 9457 problem+json: one entry per field with
 * a JSON pointer and what to change, in the reader's language. A missing record is the same 404
 * as any other (thrown to the error handler), so ids cannot be probed.
 */
export function sendFailure(
  request: FastifyRequest,
  reply: FastifyReply,
  failure: Failure,
  options: FailureReplyOptions = {},
) {
  if (failure.kind === 'not-found') throw notFound();
  const { code, titleKey } = CODES[failure.kind];
  const problems =
    failure.kind === 'invalid' || failure.kind === 'refused'
      ? failure.problems
      : failure.kind === 'locked'
        ? { period: { key: 'error.periodLocked', values: { year: failure.year } } }
        : {};
  const errors = Object.entries(problems).map(([field, problem]) => ({
    location: 'body',
    pointer: options.pointers?.[field] ?? (field === '_form' ? '/' : `/${field.replace(/\./g, '/')}`),
    detail: request.i18n.t(problem.key, { field, label: field, ...problem.values, ...problem.dates }),
  }));
  return sendProblem(request, reply, {
    status: FAILURE_STATUS[failure.kind],
    code,
    titleKey,
    values: failure.kind === 'locked' ? { year: failure.year } : undefined,
    ...(errors.length ? { errors } : {}),
  });
}
