import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { Browser, buildUser, TEST_PASSWORD, type TestDb } from '../../../test/support/http.ts';
import type { App } from '../../web/app-types.ts';

/** A browser signed in as a new user (active `user` unless overridden). */
export async function signedIn(app: App, db: TestDb, overrides: Parameters<typeof buildUser>[1] = {}) {
  const user = await buildUser(db, overrides);
  const browser = new Browser(app);
  const response = await browser.form('/sign-in', { email: user.email, password: TEST_PASSWORD }, '/sign-in');
  expect(response.statusCode).toBe(303);
  return { browser, user };
}

/** Posts a form with the browser's cookies but no CSRF token at all. */
export function postWithoutCsrf(
  browser: Browser,
  url: string,
  fields: Record<string, string>,
): Promise<LightMyRequestResponse> {
  return browser.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: new URLSearchParams(fields).toString(),
  });
}

export async function countRows(
  db: TestDb,
  table: 'users' | 'sessions' | 'api_tokens' | 'audit_log' | 'sign_up_requests',
): Promise<number> {
  const row = await db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The audit actions recorded about one entity, oldest first. */
export async function auditActions(db: TestDb, entityId: string): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom('audit_log')
    .select(['action', 'at', 'id'])
    .where('entity_id', '=', entityId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

export async function sessionsOf(db: TestDb, userId: string): Promise<number> {
  const row = await db.kysely
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The text of the error beside a field, or undefined. */
export function fieldError(body: string, field: string): string | undefined {
  return new RegExp(`id="${field}-error">([^<]*)<`).exec(body)?.[1];
}
