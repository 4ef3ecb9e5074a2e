import type { SignedInUser } from '../../auth/actor.ts';
import type { ApiTokenRow, TokenScope, UserRow } from '../../auth/auth.table.ts';

/** An API token as views and API clients see it (never the hash). */
export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scope: TokenScope;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
}

export function presentToken(row: ApiTokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scope: row.scope,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
  };
}

/** Whether a token's expiry has passed (it is still listed, so its owner sees why it is refused). */
export function hasExpired(token: Pick<ApiToken, 'expiresAt'>, nowMs = Date.now()): boolean {
  return token.expiresAt !== null && Date.parse(token.expiresAt) <= nowMs;
}

/** The signed-in person as the API shows them. */
export function presentMe(user: SignedInUser): {
  id: string;
  name: string;
  email: string;
  role: SignedInUser['role'];
} {
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** The signed-in person's own account, as their account page shows it. */
export interface Account {
  id: string;
  name: string;
  email: string;
  role: UserRow['role'];
  createdAt: string;
  /** The row version the edit form carries, to detect a change made meanwhile. */
  version: number;
}

export function presentAccount(row: UserRow): Account {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    createdAt: row.created_at,
    version: Number(row.version),
  };
}
