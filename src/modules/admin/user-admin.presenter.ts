import type { Actor } from '../../auth/actor.ts';
import type { PlatformRole, UserStatus } from '../../auth/auth.table.ts';
import { type UserAction, userActions } from './admin.policy.ts';
import type { AdminUserRow, MembershipRow } from './user-admin.repository.ts';

/** A user as the administration screens and the admin API see it, with what the actor may do. */
export interface AdminUser {
  id: string;
  name: string;
  email: string;
  role: PlatformRole;
  status: UserStatus;
  createdAt: string;
  updatedAt: string;
  approvedAt: string | null;
  approvedBy: string | null;
  version: number;
  actions: UserAction[];
}

export interface AdminUserDetail extends AdminUser {
  approvedByName: string | null;
  sessions: number;
  apiTokens: number;
  memberships: MembershipRow[];
}

export function presentAdminUser(row: AdminUserRow, actor: Actor): AdminUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    approvedAt: row.approved_at,
    approvedBy: row.approved_by,
    version: Number(row.version),
    actions: userActions(actor, row),
  };
}

/** Status tags: the tone helps the eye, the text carries the meaning. */
export const STATUS_TONES = { pending: 'warning', active: 'success', deactivated: 'neutral' } as const;
