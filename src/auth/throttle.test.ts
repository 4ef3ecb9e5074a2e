import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, freshDb } from '../../test/support/databases.ts';
import {
  clearThrottleEvents,
  LONGEST_WINDOW_MS,
  minutesToWait,
  recordThrottleEvent,
  takeAttempt,
  throttleKey,
} from './throttle.ts';

const MINUTE = 60 * 1000;

describe.each(DIALECTS)('database rate limits on %s', (dialect) => {
  let db: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    db = await freshDb(dialect);
  });
  afterAll(() => db.drop());

  it('hashes the subject into the key, whatever its case', () => {
    const key = throttleKey('sign-in-account', ' Ada@Example.org ');
    expect(key).toBe(throttleKey('sign-in-account', 'ada@example.org'));
    expect(key).toMatch(/^sign-in-account:[0-9a-f]{64}$/);
    expect(key).not.toContain('ada');
  });

  it('allows max events in a window, then says how long until the oldest leaves it', async () => {
    const rule = { key: throttleKey('test', 'window'), max: 3, windowMs: 15 * MINUTE };
    const start = Date.now();
    for (const ago of [14, 10, 2]) await recordThrottleEvent(db.kysely, rule.key, start - ago * MINUTE);
    // The event of 14 minutes ago leaves the window in one minute.
    expect(await minutesToWait(db.kysely, rule, start)).toBe(1);
    expect(await minutesToWait(db.kysely, rule, start + 61 * 1000)).toBe(0);
    expect(await minutesToWait(db.kysely, { ...rule, max: 4 }, start)).toBe(0);
    await clearThrottleEvents(db.kysely, rule.key);
    expect(await minutesToWait(db.kysely, rule, start)).toBe(0);
  });

  it('counts an attempt under every rule only when all of them allow it', async () => {
    const account = { key: throttleKey('test', 'account'), max: 2, windowMs: 60 * MINUTE };
    const address = { key: throttleKey('test', 'address'), max: 1, windowMs: 60 * MINUTE };
    expect(await takeAttempt(db.kysely, [account, address])).toBe(0);
    expect(await takeAttempt(db.kysely, [account, address])).toBe(60);
    // The refused attempt was not counted against the account.
    expect(await takeAttempt(db.kysely, [account])).toBe(0);
    expect(await takeAttempt(db.kysely, [account])).toBe(60);
  });

  it('forgets events older than the longest window as new ones come', async () => {
    const key = throttleKey('test', 'old');
    await recordThrottleEvent(db.kysely, key, Date.now() - LONGEST_WINDOW_MS - MINUTE);
    await recordThrottleEvent(db.kysely, throttleKey('test', 'new'));
    const left = await db.kysely.selectFrom('throttle_events').select('key').where('key', '=', key).execute();
    expect(left).toEqual([]);
  });
});
