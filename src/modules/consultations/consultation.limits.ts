import { takeAttempt, throttleKey } from '../../auth/throttle.ts';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/connection.ts';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Counts one comment against the hourly limits of its author and of the client address (kept in
 * the database, so every app process shares them). Returns the minutes to wait, or 0 to go on.
 */
export async function commentWait(
  db: Db,
  config: Pick<Config, 'RATE_LIMIT' | 'COMMENT_RATE_LIMIT' | 'COMMENT_ADDRESS_RATE_LIMIT'>,
  who: { userId: string; ip: string },
): Promise<number> {
  if (!config.RATE_LIMIT) return 0;
  return takeAttempt(db.kysely, [
    { key: throttleKey('comment-account', who.userId), max: config.COMMENT_RATE_LIMIT, windowMs: HOUR_MS },
    {
      key: throttleKey('comment-address', who.ip),
      max: config.COMMENT_ADDRESS_RATE_LIMIT,
      windowMs: HOUR_MS,
    },
  ]);
}
