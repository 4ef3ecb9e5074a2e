import type { PlatformRole, TokenScope, UserStatus } from './auth.table.ts';

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  role: PlatformRole;
  status: UserStatus;
}

/** Who is making a request: nobody, or a user through a browser session or an API token. */
export type Actor =
  | { kind: 'anonymous' }
  | { kind: 'user'; user: SignedInUser; via: 'session'; sessionId: string }
  | { kind: 'user'; user: SignedInUser; via: 'token'; tokenId: string; scope: TokenScope };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export function isSignedIn(actor: Actor): actor is Extract<Actor, { kind: 'user' }> {
  return actor.kind === 'user';
}

export function hasRole(actor: Actor, ...roles: PlatformRole[]): boolean {
  return actor.kind === 'user' && roles.includes(actor.user.role);
}

export function actorId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.user.id : null;
}
