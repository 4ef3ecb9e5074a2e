import { type Actor, hasRole } from '../../auth/actor.ts';
import type { ProcessRole, ProcessRow } from './process.table.ts';

/**
 * - `view`: a public process, or any role in a private one.
 * - `edit`: content of the process (stages, body, assessments, actions, indicators, lessons…): owners and members.
 * - `manage`: settings, visibility, members, pairing: owners.
 * Platform admins may do everything. Observers only read.
 */
export type ProcessAction = 'view' | 'edit' | 'manage';

export function can(
  actor: Actor,
  action: ProcessAction,
  process: Pick<ProcessRow, 'visibility'>,
  role: ProcessRole | null,
): boolean {
  if (hasRole(actor, 'admin')) return true;
  if (actor.kind !== 'user') return action === 'view' && process.visibility === 'public';
  switch (action) {
    case 'view':
      return process.visibility === 'public' || role !== null;
    case 'edit':
      return role === 'owner' || role === 'member';
    case 'manage':
      return role === 'owner';
  }
}

/** Any active user may start a process (and becomes its owner). */
export function canCreateProcess(actor: Actor): boolean {
  return actor.kind === 'user';
}
