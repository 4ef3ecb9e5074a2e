import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Failure } from '../../commands/index.ts';
import { FAILURE_STATUS, sendFailure } from '../../web/command-reply.ts';
import { sendProblem } from '../../web/error-handler.ts';
import { notFound } from '../../web/errors.ts';

/** The catalogue keys of the refusals of administration commands (`refused` failures). */
export const ADMIN_REFUSED = {
  selfChange: 'admin.error.selfChange',
  invalidState: 'admin.error.invalidState',
  lastAdmin: 'admin.error.lastAdmin',
  sameRole: 'admin.error.sameRole',
  emailTaken: 'admin.invitations.emailTaken',
} as const;

/**
 * The API's fixed code of each refusal (problem types in src/web/problem-types.ts). The status is
 * the kernel's for the failure's kind (`refused`: 403), except for the refusals that the user's
 * current state causes: those have answered 409 since the API was published, and clients rely
 * on it (decision 92).
 */
const CODES: Record<string, { code?: string; status?: 409 }> = {
  [ADMIN_REFUSED.selfChange]: { code: 'SelfChange' },
  [ADMIN_REFUSED.invalidState]: { code: 'InvalidState', status: 409 },
  [ADMIN_REFUSED.lastAdmin]: { code: 'LastAdmin', status: 409 },
  [ADMIN_REFUSED.sameRole]: { code: 'SameRole', status: 409 },
  // The invitation form's alone: the API does not invite.
  [ADMIN_REFUSED.emailTaken]: { status: 409 },
};

export interface AdminProblem {
  status: number;
  code: string;
  /** Catalogue key of the sentence that says what went wrong. */
  key: string;
  /** The form field it belongs to (`_form`: the whole page). */
  field: string;
  values?: Record<string, string | number>;
}

/**
 * What an administration command's failure answers, for the pages and the API alike. A missing
 * user is the same 404 as any other (thrown), and a version conflict says so in the admin's words.
 */
export function adminProblem(failure: Failure): AdminProblem {
  if (failure.kind === 'not-found') throw notFound();
  const status = FAILURE_STATUS[failure.kind];
  if (failure.kind === 'conflict')
    return { status, code: 'VersionConflict', key: 'admin.error.versionConflict', field: '_form' };
  if (failure.kind === 'locked')
    return { status, code: 'PeriodLocked', key: 'error.periodLocked', field: '_form' };
  const [field, problem] = Object.entries(failure.problems)[0] ?? ['_form', { key: 'error.forbidden' }];
  const known = CODES[problem.key];
  return {
    status: known?.status ?? status,
    code: known?.code ?? (failure.kind === 'invalid' ? 'ValidationFailed' : 'Forbidden'),
    key: problem.key,
    field,
    values: problem.values,
  };
}

/** Answers an admin API call whose command failed, as problem+json with the admin's fixed codes. */
export function sendAdminFailure(request: FastifyRequest, reply: FastifyReply, failure: Failure) {
  if (failure.kind === 'invalid') return sendFailure(request, reply, failure);
  const { status, code, key, values } = adminProblem(failure);
  return sendProblem(request, reply, { status, code, titleKey: key, values });
}
