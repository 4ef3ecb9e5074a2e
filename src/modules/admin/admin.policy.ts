import { type Actor, actorId, hasRole } from '../../auth/actor.ts';
import type { UserStatus } from '../../auth/auth.table.ts';

/** What an administrator can do to one account. */
export type UserAction = 'approve' | 'deactivate' | 'reactivate' | 'changeRole' | 'resetPassword';

interface Target {
  id: string;
  status: UserStatus;
}

/** Who may use the administration screens at all (the routes also declare policy 'admin'). */
export function canAdminister(actor: Actor): boolean {
  return hasRole(actor, 'admin');
}

/** True when the actor is looking at their own account: no role change or deactivation then. */
export function isSelf(actor: Actor, target: { id: string }): boolean {
  return actorId(actor) === target.id;
}

/**
 * The actions the actor may take on `target` now, given its state. Services check the same rules
 * again inside their transaction; this list only decides which buttons and links to offer.
 */
export function userActions(actor: Actor, target: Target): UserAction[] {
  if (!canAdminister(actor)) return [];
  const self = isSelf(actor, target);
  const actions: UserAction[] = [];
  if (target.status === 'pending') actions.push('approve');
  if (target.status !== 'deactivated' && !self) actions.push('deactivate');
  if (target.status === 'deactivated') actions.push('reactivate');
  if (!self) actions.push('changeRole');
  if (target.status !== 'deactivated') actions.push('resetPassword');
  return actions;
}

/** Which user state changes an action may start from. */
export const ALLOWED_FROM: Record<'approve' | 'deactivate' | 'reactivate', UserStatus[]> = {
  approve: ['pending'],
  // Deactivating a pending account is how a sign-up is declined.
  deactivate: ['pending', 'active'],
  reactivate: ['deactivated'],
};
