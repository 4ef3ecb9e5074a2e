import type { ColumnType, Generated, Selectable } from 'kysely';

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
  /** Written at use, at most once a minute per token (see `findTokenUser`). */
  last_used_at: string | null;
  revoked_at: string | null;
  /** `read`: GET and HEAD only; `read-write`: every method. Tokens made before scopes are read-write. */
  scope: Generated<TokenScope>;
  /** The instant the token stops working (the end of the chosen day, UTC); null: never. */
  expires_at: ColumnType<string | null, string | null | undefined, string | null>;
}

/** What an API token may do. */
export type TokenScope = 'read' | 'read-write';
export const TOKEN_SCOPES = ['read', 'read-write'] as const satisfies readonly TokenScope[];

/** An api_tokens row as read from the database. */
export type ApiTokenRow = Selectable<ApiTokensTable>;

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

/**
 * One counted event (a failed sign-in, a sign-up, a comment) under a key such as
 * `sign-in:account:<hash>`: the rate limits that must hold across app processes count these rows.
 */
export interface ThrottleEventsTable {
  key: string;
  at: string;
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
  throttle_events: ThrottleEventsTable;
}
