import type { Actor } from '../../auth/actor.ts';
import type { ApiTokenRow } from '../../auth/auth.table.ts';

export type ApiTokenAction = 'view' | 'revoke';

/**
 * Who may see or revoke an API token: only the person it belongs to. Admins deactivate a user
 * (which revokes every token of theirs) rather than handling someone else's tokens.
 */
export function canOnApiToken(actor: Actor, _action: ApiTokenAction, token: Pick<ApiTokenRow, 'user_id'>) {
  return actor.kind === 'user' && actor.user.id === token.user_id;
}
