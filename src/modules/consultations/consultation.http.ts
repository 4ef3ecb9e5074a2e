import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Failure, problemsOf } from '../../commands/index.ts';
import { failureStatus, sendFailure } from '../../web/command-reply.ts';
import { sendProblem } from '../../web/error-handler.ts';
import { HttpProblem, notFound } from '../../web/errors.ts';
import { refusalOf, refusalReply } from './consultation.refusals.ts';

/**
 * The status a page re-drawn for this failure answers with: the kernel's, except for the
 * refusals the consultation's state causes (409, decision 92) and `not-invited` (403).
 */
export function consultationStatus(failure: Failure): number {
  const refusal = refusalOf(failure);
  return refusal ? refusalReply(refusal).status : failureStatus(failure);
}

/** The API code of each kind of failure that is not one of this module's refusals. */
const CODES = {
  invalid: 'ValidationFailed',
  conflict: 'VersionConflict',
  locked: 'PeriodLocked',
  refused: 'Forbidden',
  'not-found': 'NotFound',
} as const satisfies Record<Failure['kind'], string>;

/**
 * A failure that has no form to re-draw, as the error page it answers with: 404 for what the
 * reader may not see, the refusal's own page (closed, not open, not invited…) otherwise.
 */
export function failureProblem(failure: Failure): HttpProblem {
  if (failure.kind === 'not-found') return notFound();
  const refusal = refusalOf(failure);
  if (refusal) {
    const { status, code, key } = refusalReply(refusal);
    return new HttpProblem(status, code, key);
  }
  const [problem] = Object.values(problemsOf(failure));
  return new HttpProblem(
    failureStatus(failure),
    CODES[failure.kind],
    problem?.key ?? 'error.forbidden',
    problem?.values,
  );
}

/**
 * Answers an API call whose consultation command failed: the kernel's problem+json
 * (`sendFailure`), with the fixed codes of this module's refusals (`ConsultationClosed`…).
 */
export function sendConsultationFailure(request: FastifyRequest, reply: FastifyReply, failure: Failure) {
  const refusal = refusalOf(failure);
  if (!refusal) return sendFailure(request, reply, failure);
  const { status, code, key } = refusalReply(refusal);
  return sendProblem(request, reply, { status, code, titleKey: key });
}
