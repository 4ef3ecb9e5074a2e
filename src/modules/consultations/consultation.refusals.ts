import { type Failure, notFound, refused } from '../../commands/index.ts';

/**
 * Why a consultation command or page refuses: the state of the consultation (closed, not open
 * yet, no longer a draft, a comment already hidden) or who the actor is there (not invited,
 * signed out).
 */
export type Refusal = 'closed' | 'not-open' | 'not-draft' | 'already-hidden' | 'not-invited' | 'signed-out';

/**
 * Each refusal's catalogue key (its `_form` problem), API code and status. The kernel answers
 * `refused` with 403; those the consultation's state causes have answered 409 since the API was
 * published, and clients rely on it (decision 92).
 */
const REFUSALS: Record<Refusal, { key: string; code: string; status: number }> = {
  closed: { key: 'consultation.refusal.closed', code: 'ConsultationClosed', status: 409 },
  'not-open': { key: 'consultation.refusal.notOpen', code: 'ConsultationNotOpen', status: 409 },
  'not-draft': { key: 'consultation.error.notDraft', code: 'ConsultationNotDraft', status: 409 },
  'already-hidden': { key: 'consultation.error.alreadyHidden', code: 'AlreadyHidden', status: 409 },
  'not-invited': { key: 'consultation.refusal.notInvited', code: 'NotInvited', status: 403 },
  'signed-out': { key: 'error.unauthorized', code: 'Unauthorized', status: 401 },
};

/** A guard's answer as a command's failure: `not-found` for what the actor may not see or do at all. */
export function failureOf(reason: Refusal | 'not-found'): Failure {
  return reason === 'not-found' ? notFound() : refused({ _form: REFUSALS[reason].key });
}

/** The refusal a failure carries, if it is one of this module's. */
export function refusalOf(failure: Failure): Refusal | null {
  if (failure.kind !== 'refused') return null;
  const key = failure.problems._form?.key;
  const found = Object.entries(REFUSALS).find(([, r]) => r.key === key);
  return found ? (found[0] as Refusal) : null;
}

/** How a refusal answers over HTTP: its code, status and catalogue key. */
export function refusalReply(reason: Refusal): { key: string; code: string; status: number } {
  return REFUSALS[reason];
}
