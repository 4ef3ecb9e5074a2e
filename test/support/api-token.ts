import { randomSecret, sha256 } from '../../src/auth/secrets.ts';
import { newId, now } from '../../src/db/ids.ts';
import type { TestDb } from './http.ts';

/** An API token for `user`; returns the secret to send as `Authorization: Bearer …`. */
export async function apiToken(db: TestDb, user: { id: string }): Promise<string> {
  const secret = `cor_${randomSecret()}`;
  await db.kysely
    .insertInto('api_tokens')
    .values({
      id: newId(),
      user_id: user.id,
      name: 'test',
      token_hash: sha256(secret),
      prefix: secret.slice(0, 8),
      created_at: now(),
      last_used_at: null,
      revoked_at: null,
    })
    .execute();
  return secret;
}
