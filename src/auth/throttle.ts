import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { sha256 } from './secrets.ts';

/**
 * Rate limits that must hold across every app process on one database (decision 49): failed
 * sign-ins per account, sign-ups per address, comments per account and per address. Each counted
 * event is a row of `throttle_events`; a rule allows one more while fewer than `max` rows of its
 * key are younger than `windowMs`. The in-memory limits of @fastify/rate-limit stay in front, per
 * process, against bursts.
 *
 * Checking and counting are two statements, not one lock: two processes at the same instant may
 * both pass the last free slot. A limit may so be passed by the number of requests in flight at
 * once, never more, which is enough against guessing and flooding.
 */
export interface ThrottleRule {
  key: string;
  max: number;
  windowMs: number;
}

const MINUTE_MS = 60 * 1000;
/** Rows older than this are removed as new ones are written: no rule's window is longer. */
export const LONGEST_WINDOW_MS = 24 * 60 * MINUTE_MS;

/**
 * The key of a rule for one subject (an email address, a client address, a user id). The subject
 * is hashed: the table never holds the addresses people typed or came from.
 */
export function throttleKey(kind: string, subject: string): string {
  return `${kind}:${sha256(subject.trim().toLowerCase())}`;
}

/** Whole minutes until the rule allows one more event (at least 1), or 0 when it allows one now. */
export async function minutesToWait(
  db: Kysely<Database>,
  rule: ThrottleRule,
  nowMs = Date.now(),
): Promise<number> {
  const recent = await db
    .selectFrom('throttle_events')
    .select('at')
    .where('key', '=', rule.key)
    .where('at', '>', new Date(nowMs - rule.windowMs).toISOString())
    .orderBy('at', 'desc')
    .limit(rule.max)
    .execute();
  if (recent.length < rule.max) return 0;
  // The max-th newest event has to leave the window before another one fits.
  const freedAt = Date.parse(recent[recent.length - 1]!.at) + rule.windowMs;
  return Math.max(1, Math.ceil((freedAt - nowMs) / MINUTE_MS));
}

/** Counts one event under the key, and forgets events older than any window. */
export async function recordThrottleEvent(
  db: Kysely<Database>,
  key: string,
  nowMs = Date.now(),
): Promise<void> {
  await db
    .insertInto('throttle_events')
    .values({ key, at: new Date(nowMs).toISOString() })
    .execute();
  await db
    .deleteFrom('throttle_events')
    .where('at', '<', new Date(nowMs - LONGEST_WINDOW_MS).toISOString())
    .execute();
}

/** Forgets every event of a key (a successful sign-in clears the failures before it). */
export async function clearThrottleEvents(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('throttle_events').where('key', '=', key).execute();
}

/**
 * One attempt under several rules: when every rule allows it, it is counted under each key and 0
 * is returned; otherwise nothing is counted and the minutes to wait are returned.
 */
export async function takeAttempt(db: Kysely<Database>, rules: ThrottleRule[]): Promise<number> {
  const waits = await Promise.all(rules.map((rule) => minutesToWait(db, rule)));
  const wait = Math.max(0, ...waits);
  if (wait > 0) return wait;
  for (const rule of rules) await recordThrottleEvent(db, rule.key);
  return 0;
}
