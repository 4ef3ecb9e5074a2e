import type { LightMyRequestResponse } from 'fastify';
import { Browser, buildUser, type TestDb } from '../../../test/support/http.ts';
import { SESSION_COOKIE } from '../../app.ts';
import { createSession } from '../../auth/session.repository.ts';
import type { Database } from '../../db/database.ts';
import type { App } from '../../web/app-types.ts';
import { createApiToken } from '../accounts/api-token.service.ts';

export type Who = 'anonymous' | 'outsider' | 'observer' | 'member' | 'owner' | 'admin';

/** A browser with a session for a new user (no sign-in form: faster, same cookie). */
export async function sessionFor(app: App, db: TestDb, overrides: Parameters<typeof buildUser>[1] = {}) {
  const user = await buildUser(db, overrides);
  const token = await createSession(db.kysely, user.id, { days: 1 });
  const browser = new Browser(app);
  browser.cookies.set(SESSION_COOKIE, token);
  return { browser, user };
}

/** An API token for a user: the `Authorization` header to send. */
export async function bearerFor(db: TestDb, userId: string): Promise<Record<string, string>> {
  const token = await createApiToken(db.kysely, userId, { name: 'test', scope: 'read-write' });
  return { authorization: `Bearer ${token.secret}` };
}

/** Posts a form with the browser's cookies but without a CSRF token. */
export function postWithoutCsrf(browser: Browser, url: string, fields: Record<string, string>) {
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

/** Posts a form with repeated fields (checkboxes), reading the CSRF token from `pageUrl`. */
export async function postForm(
  browser: Browser,
  url: string,
  fields: [string, string][] | Record<string, string>,
  pageUrl: string,
): Promise<LightMyRequestResponse> {
  const token = await browser.csrfToken(pageUrl);
  const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
  const body = new URLSearchParams([['_csrf', token], ...pairs]).toString();
  const response = await browser.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: body,
  });
  // Keep the cookies it sets (the flash message), as Browser does for its own requests.
  for (const cookie of response.cookies as { name: string; value: string; maxAge?: number }[]) {
    if (cookie.maxAge === 0 || cookie.value === '') browser.cookies.delete(cookie.name);
    else browser.cookies.set(cookie.name, cookie.value);
  }
  return response;
}

export async function countRows(db: TestDb, table: keyof Database): Promise<number> {
  const row = await db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A snapshot of the tables a command may touch, to assert that a refused one changed nothing. */
export async function snapshot(db: TestDb): Promise<Record<string, unknown>> {
  const tables = [
    'processes',
    'process_members',
    'process_stages',
    'stage_deliverables',
    'process_bodies',
    'body_members',
    'government_map',
    'process_pairs',
    'areas',
    'taggings',
    'audit_log',
  ] as const;
  const out: Record<string, unknown> = {};
  for (const table of tables) {
    out[table] = await db.kysely
      .selectFrom(table)
      .selectAll()
      .execute()
      .then((rows) => rows.map((r) => JSON.stringify(r)).sort());
  }
  return out;
}

/** The audit actions about one entity, oldest first. */
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

/** The text of the error beside a field, or undefined. */
export function fieldError(body: string, field: string): string | undefined {
  return new RegExp(`id="${field}-error">([^<]*)<`).exec(body)?.[1];
}
