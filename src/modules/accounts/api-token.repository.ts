import type { Insertable, Kysely, Transaction } from 'kysely';
import type { ApiTokenRow, ApiTokensTable } from '../../auth/auth.table.ts';
import type { Database } from '../../db/database.ts';
import { now } from '../../db/ids.ts';

/** A user's tokens that have not been revoked (expired ones included, marked so), newest first. */
export async function listActiveTokens(db: Kysely<Database>, userId: string): Promise<ApiTokenRow[]> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** One token that has not been revoked, whoever owns it (the caller checks the policy). */
export async function findActiveToken(
  db: Kysely<Database>,
  tokenId: string,
): Promise<ApiTokenRow | undefined> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function insertApiToken(
  trx: Transaction<Database>,
  row: Insertable<ApiTokensTable>,
): Promise<void> {
  await trx.insertInto('api_tokens').values(row).execute();
}

/** Revokes a token; false when it was already revoked (by another request). */
export async function markTokenRevoked(trx: Transaction<Database>, tokenId: string): Promise<boolean> {
  const result = await trx
    .updateTable('api_tokens')
    .set({ revoked_at: now() })
    .where('id', '=', tokenId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
