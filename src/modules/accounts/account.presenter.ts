import type { SignedInUser } from '../../auth/actor.ts';
import type { ApiTokensTable, UserRow } from '../../auth/auth.table.ts';

/** An API token as views and API clients see it (never the hash). */
export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export function presentToken(row: ApiTokensTable): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
  };
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
