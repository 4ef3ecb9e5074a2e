import type { Kysely } from 'kysely';
import { recordAudit } from '../../audit/audit.repository.ts';
import type { Actor } from '../../auth/actor.ts';
import { randomSecret, sha256 } from '../../auth/secrets.ts';
import { notFound, ok, type Result, transact } from '../../commands/index.ts';
import type { Database } from '../../db/database.ts';
import { newId, now } from '../../db/ids.ts';
import { canOnApiToken } from './api-token.policy.ts';
import { findActiveToken, insertApiToken, markTokenRevoked } from './api-token.repository.ts';
import type { TokenInput } from './api-token.schema.ts';

/** Tokens start with this, so they are easy to recognise (and to catch in secret scanners). */
export const TOKEN_PREFIX = 'cor_';
/** How much of a token is kept in clear to tell tokens apart: `cor_` and six characters. */
const SHOWN_LENGTH = TOKEN_PREFIX.length + 6;

export interface CreatedToken {
  id: string;
  name: string;
  prefix: string;
  scope: TokenInput['scope'];
  expiresAt: string | null;
  /** The whole token: returned once, to show once; only its SHA-256 is stored. */
  secret: string;
}

/** The instant a token chosen to expire on `day` stops working: the end of that day, UTC. */
export function endOfDay(day: string): string {
  return `${day}T23:59:59.999Z`;
}

/** Creates an API token for the user, with its scope and optional last day. It cannot be refused. */
export async function createApiToken(
  db: Kysely<Database>,
  userId: string,
  { name, scope, expiresOn }: TokenInput,
): Promise<CreatedToken> {
  const secret = `${TOKEN_PREFIX}${randomSecret()}`;
  const expiresAt = expiresOn ? endOfDay(expiresOn) : null;
  const row = {
    id: newId(),
    user_id: userId,
    name,
    token_hash: sha256(secret),
    prefix: secret.slice(0, SHOWN_LENGTH),
    created_at: now(),
    last_used_at: null,
    revoked_at: null,
    scope,
    expires_at: expiresAt,
  };
  // Nothing here can refuse: the transaction only keeps the token and its audit row together.
  await transact(db, async (trx) => {
    await insertApiToken(trx, row);
    await recordAudit(trx, {
      actorId: userId,
      action: 'api-token.create',
      entityType: 'api-token',
      entityId: row.id,
      after: { name, prefix: row.prefix, user: userId, scope, expiresAt },
    });
    return ok(null);
  });
  return { id: row.id, name, prefix: row.prefix, scope, expiresAt, secret };
}

/** Revokes one of the actor's own tokens. Someone else's token, or a revoked one, is not found. */
export async function revokeApiToken(
  db: Kysely<Database>,
  actor: Actor,
  tokenId: string,
): Promise<Result<{ id: string }>> {
  if (actor.kind !== 'user') return notFound();
  return transact(db, async (trx) => {
    const token = await findActiveToken(trx, tokenId);
    if (!token || !canOnApiToken(actor, 'revoke', token)) return notFound();
    if (!(await markTokenRevoked(trx, token.id))) return notFound();
    await recordAudit(trx, {
      actorId: actor.user.id,
      action: 'api-token.revoke',
      entityType: 'api-token',
      entityId: token.id,
      before: { name: token.name, prefix: token.prefix, revokedAt: null },
      after: { revokedAt: now() },
    });
    return ok({ id: token.id });
  });
}
