import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { randomSecret } from './secrets.ts';

/**
 * Returns the stored value for `key`, creating it with `create()` the first time. Used for the
 * cookie-signing secret, which is generated on first start and never lives in the repository.
 */
export async function getOrCreateSetting(
  db: Kysely<Database>,
  key: string,
  create: () => string,
): Promise<string> {
  const existing = await db
    .selectFrom('app_settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirst();
  if (existing) return existing.value;
  await db
    .insertInto('app_settings')
    .values({ key, value: create() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('app_settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return row.value;
}

export function cookieSecret(db: Kysely<Database>): Promise<string> {
  return getOrCreateSetting(db, 'cookie_secret', () => randomSecret(48));
}
