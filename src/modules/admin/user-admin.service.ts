import type { Transaction } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { PlatformRole } from '../../auth/auth.table.ts';
import { issueOneTimeToken } from '../../auth/one-time-token.repository.ts';
import { deleteUserSessions, revokeUserTokens } from '../../auth/session.repository.ts';
import { conflict, notFound, ok, type Result, refused, transact } from '../../commands/index.ts';
import type { Db } from '../../db/connection.ts';
import type { Database } from '../../db/database.ts';
import { now } from '../../db/ids.ts';
import { ALLOWED_FROM } from './admin.policy.ts';
import { ADMIN_REFUSED } from './admin.problems.ts';
import {
  type AdminUserRow,
  countOtherActiveAdmins,
  findAdminUser,
  updateUserAtVersion,
} from './user-admin.repository.ts';

/** The administrator acting; their id goes into approved_by and the audit log. */
export interface AdminActor {
  id: string;
}

export interface VersionedTarget {
  userId: string;
  /** The version the admin saw; a different current version means someone changed the user. */
  version: number;
}

export const PASSWORD_RESET_HOURS = 24;

/** Loads the target inside the transaction and checks the version the admin saw. */
async function loadAtVersion(
  trx: Transaction<Database>,
  target: VersionedTarget,
): Promise<Result<AdminUserRow>> {
  const user = await findAdminUser(trx, target.userId);
  if (!user) return notFound();
  if (user.version !== target.version) return conflict(user.version);
  return ok(user);
}

/** Would this change leave Corridor without an active admin? */
async function removesLastAdmin(trx: Transaction<Database>, db: Db, user: AdminUserRow): Promise<boolean> {
  if (user.role !== 'admin' || user.status !== 'active') return false;
  return (await countOtherActiveAdmins(trx, db.dialect, user.id)) === 0;
}

/** Approves a pending sign-up: the account becomes active and records who approved it. */
export async function approveUser(
  db: Db,
  actor: AdminActor,
  target: VersionedTarget,
): Promise<Result<AdminUserRow>> {
  return transact(db.kysely, async (trx) => {
    const loaded = await loadAtVersion(trx, target);
    if (!loaded.ok) return loaded;
    const user = loaded.value;
    if (!ALLOWED_FROM.approve.includes(user.status)) return refused({ _form: ADMIN_REFUSED.invalidState });
    const approvedAt = now();
    const updated = await updateUserAtVersion(trx, user.id, user.version, {
      status: 'active',
      approved_at: approvedAt,
      approved_by: actor.id,
    });
    if (!updated) return conflict();
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'user.approve',
      entityType: 'user',
      entityId: user.id,
      before: { status: user.status, approved_at: user.approved_at, approved_by: user.approved_by },
      after: { status: 'active', approved_at: approvedAt, approved_by: actor.id },
    });
    return ok(updated);
  });
}

/**
 * Deactivates an account (or declines a pending sign-up), ends its sessions and revokes its API
 * tokens, so that reactivating it later does not bring old tokens back.
 */
export async function deactivateUser(
  db: Db,
  actor: AdminActor,
  target: VersionedTarget,
): Promise<Result<{ user: AdminUserRow; sessionsEnded: number; tokensRevoked: number }>> {
  return transact(db.kysely, async (trx) => {
    const loaded = await loadAtVersion(trx, target);
    if (!loaded.ok) return loaded;
    const user = loaded.value;
    if (user.id === actor.id) return refused({ _form: ADMIN_REFUSED.selfChange });
    if (!ALLOWED_FROM.deactivate.includes(user.status)) return refused({ _form: ADMIN_REFUSED.invalidState });
    if (await removesLastAdmin(trx, db, user)) return refused({ _form: ADMIN_REFUSED.lastAdmin });
    const updated = await updateUserAtVersion(trx, user.id, user.version, { status: 'deactivated' });
    if (!updated) return conflict();
    const sessionsEnded = await deleteUserSessions(trx, user.id);
    const tokensRevoked = await revokeUserTokens(trx, user.id);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'user.deactivate',
      entityType: 'user',
      entityId: user.id,
      before: { status: user.status },
      after: { status: 'deactivated', sessions_ended: sessionsEnded, tokens_revoked: tokensRevoked },
    });
    return ok({ user: updated, sessionsEnded, tokensRevoked });
  });
}

/** Lets a deactivated account sign in again. An account never approved counts as approved now. */
export async function reactivateUser(
  db: Db,
  actor: AdminActor,
  target: VersionedTarget,
): Promise<Result<AdminUserRow>> {
  return transact(db.kysely, async (trx) => {
    const loaded = await loadAtVersion(trx, target);
    if (!loaded.ok) return loaded;
    const user = loaded.value;
    if (!ALLOWED_FROM.reactivate.includes(user.status)) return refused({ _form: ADMIN_REFUSED.invalidState });
    const approval = user.approved_at ? {} : { approved_at: now(), approved_by: actor.id };
    const updated = await updateUserAtVersion(trx, user.id, user.version, { status: 'active', ...approval });
    if (!updated) return conflict();
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'user.reactivate',
      entityType: 'user',
      entityId: user.id,
      before: { status: user.status },
      after: { status: 'active', ...approval },
    });
    return ok(updated);
  });
}

/** Changes a platform role. Nobody changes their own, and one active admin always remains. */
export async function changeUserRole(
  db: Db,
  actor: AdminActor,
  target: VersionedTarget & { role: PlatformRole },
): Promise<Result<AdminUserRow>> {
  return transact(db.kysely, async (trx) => {
    const loaded = await loadAtVersion(trx, target);
    if (!loaded.ok) return loaded;
    const user = loaded.value;
    if (user.id === actor.id) return refused({ _form: ADMIN_REFUSED.selfChange });
    if (user.role === target.role) return refused({ role: ADMIN_REFUSED.sameRole });
    if (target.role !== 'admin' && (await removesLastAdmin(trx, db, user)))
      return refused({ _form: ADMIN_REFUSED.lastAdmin });
    const updated = await updateUserAtVersion(trx, user.id, user.version, { role: target.role });
    if (!updated) return conflict();
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'user.role',
      entityType: 'user',
      entityId: user.id,
      before: { role: user.role },
      after: { role: target.role },
    });
    return ok(updated);
  });
}

/**
 * Issues a one-time password-reset link secret (24 hours; it replaces any earlier unused one).
 * The user row does not change, but the version is still checked so the admin acted on what
 * they saw.
 */
export async function issuePasswordReset(
  db: Db,
  actor: AdminActor,
  target: VersionedTarget,
): Promise<Result<{ user: AdminUserRow; secret: string; expiresAt: string }>> {
  return transact(db.kysely, async (trx) => {
    const loaded = await loadAtVersion(trx, target);
    if (!loaded.ok) return loaded;
    const user = loaded.value;
    if (user.status === 'deactivated') return refused({ _form: ADMIN_REFUSED.invalidState });
    const token = await issueOneTimeToken(trx, {
      kind: 'password-reset',
      userId: user.id,
      createdBy: actor.id,
      hours: PASSWORD_RESET_HOURS,
    });
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'user.password-reset',
      entityType: 'user',
      entityId: user.id,
      before: null,
      after: { reset_link_expires_at: token.expiresAt },
    });
    return ok({ user, secret: token.secret, expiresAt: token.expiresAt });
  });
}
