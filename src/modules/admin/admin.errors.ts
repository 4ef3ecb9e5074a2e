/**
 * The ways an administration command can be refused, with a fixed code each. Routes map them to
 * an HTTP status and a message; commands never throw for these.
 */
export type AdminErrorCode =
  | 'NotFound'
  | 'VersionConflict'
  | 'InvalidState'
  | 'SelfChange'
  | 'LastAdmin'
  | 'SameRole'
  | 'EmailTaken';

export interface AdminError {
  code: AdminErrorCode;
  /** The form field the problem belongs to, when there is one. */
  field?: string;
}

export type AdminResult<T> = { ok: true; value: T } | { ok: false; errors: AdminError[] };

export function refuse<T>(code: AdminErrorCode, field?: string): AdminResult<T> {
  return { ok: false, errors: [field ? { code, field } : { code }] };
}

export function succeed<T>(value: T): AdminResult<T> {
  return { ok: true, value };
}

/** HTTP status and catalogue key of each refusal. */
export const ADMIN_ERRORS: Record<AdminErrorCode, { status: number; key: string }> = {
  NotFound: { status: 404, key: 'error.notFound' },
  VersionConflict: { status: 409, key: 'admin.error.versionConflict' },
  InvalidState: { status: 409, key: 'admin.error.invalidState' },
  SelfChange: { status: 403, key: 'admin.error.selfChange' },
  LastAdmin: { status: 409, key: 'admin.error.lastAdmin' },
  SameRole: { status: 409, key: 'admin.error.sameRole' },
  EmailTaken: { status: 409, key: 'admin.invitations.emailTaken' },
};
