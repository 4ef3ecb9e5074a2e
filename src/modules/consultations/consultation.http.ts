import { forbidden, HttpProblem, notFound } from '../../web/errors.ts';
import type { ActionRefusal } from './consultation.loader.ts';
import type { Result } from './consultation.service.ts';

/** What a failed command answers, as the pages handle it. */
export type Failure = Exclude<Result<unknown>, { ok: true }>;

/** The version a form was read at; -1 (a conflict) when it is missing. */
export function versionOf(body: Record<string, string>): number {
  const v = Number.parseInt(body.version ?? '', 10);
  return Number.isNaN(v) ? -1 : v;
}

/** The page a refusal answers with, when it is not a form problem. */
export function refusalProblem(reason: ActionRefusal | 'not-draft'): HttpProblem {
  if (reason === 'not-found') return notFound();
  if (reason === 'not-invited') return new HttpProblem(403, 'NotInvited', 'consultation.refusal.notInvited');
  if (reason === 'not-open')
    return new HttpProblem(409, 'ConsultationNotOpen', 'consultation.refusal.notOpen');
  if (reason === 'not-draft')
    return new HttpProblem(409, 'ConsultationNotDraft', 'consultation.error.notDraft');
  if (reason === 'already-hidden')
    return new HttpProblem(409, 'AlreadyHidden', 'consultation.error.alreadyHidden');
  if (reason === 'closed') return new HttpProblem(409, 'ConsultationClosed', 'consultation.refusal.closed');
  return forbidden();
}

/** A guard's refusal as a command's failure, for pages that answer both the same way. */
export function failureOf(reason: ActionRefusal): Failure {
  if (reason === 'not-found') return { ok: false, kind: 'not-found' };
  return { ok: false, kind: 'refused', reason };
}
