import type { Generated, Selectable } from 'kysely';

export type PlatformRole = 'admin' | 'moderator' | 'user';
export type UserStatus = 'pending' | 'active' | 'deactivated';

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  role: PlatformRole;
  status: UserStatus;
  locale: string | null;
  created_at: string;
  updated_at: string;
  approved_at: string | null;
  approved_by: string | null;
  version: Generated<number>;
}

/** A users row as read from the database. */
export type UserRow = Selectable<UsersTable>;

export interface SessionsTable {
  /** SHA-256 of the cookie value: a stolen database does not yield live sessions. */
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  /** The first characters of the token, shown so people can tell their tokens apart. */
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export type OneTimeTokenKind = 'invitation' | 'password-reset';

export interface OneTimeTokensTable {
  id: string;
  kind: OneTimeTokenKind;
  token_hash: string;
  user_id: string | null;
  email: string | null;
  role: PlatformRole | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AppSettingsTable {
  key: string;
  value: string;
}

export interface AuthTables {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  one_time_tokens: OneTimeTokensTable;
  app_settings: AppSettingsTable;
}
