import type { LightMyRequestResponse } from 'fastify';
import { buildOrganisation, buildProcess } from '../../../test/support/factories.ts';
import { Browser, buildUser, type TestDb, type testApp } from '../../../test/support/http.ts';
import { multipartBody } from '../../../test/support/multipart.ts';
import { SESSION_COOKIE } from '../../app.ts';
import { createSession } from '../../auth/session.repository.ts';
import type { Database } from '../../db/database.ts';
import { createApiToken } from '../accounts/api-token.service.ts';

/** Test-only helpers shared by this module's HTTP tests. */
export type Ctx = Awaited<ReturnType<typeof testApp>>;
export type Who = 'anonymous' | 'outsider' | 'observer' | 'member' | 'owner' | 'admin';
export const SIGNED_IN: Exclude<Who, 'anonymous'>[] = ['outsider', 'observer', 'member', 'owner', 'admin'];

export interface World {
  /** A public process and a private one, each with an observer, a member and an owner. */
  open: { id: string };
  closed: { id: string };
  browsers: Record<Who, Browser>;
  bearer: Record<Who, Record<string, string>>;
  users: Record<Exclude<Who, 'anonymous'>, { id: string }>;
  organisations: { iom: string; undp: string; ministry: string };
}

/** Two processes (public and private, period 2013 to 2020) and one person in each role. */
export async function buildWorld(ctx: Ctx): Promise<World> {
  const [outsider, observer, member, owner, admin] = await Promise.all([
    buildUser(ctx.db, { name: 'Otto Outsider' }),
    buildUser(ctx.db, { name: 'Olive Observer' }),
    buildUser(ctx.db, { name: 'Mia Member' }),
    buildUser(ctx.db, { name: 'Owen Owner' }),
    buildUser(ctx.db, { name: 'Ada Admin', role: 'admin' }),
  ]);
  const roles = [
    { userId: observer.id, role: 'observer' as const },
    { userId: member.id, role: 'member' as const },
    { userId: owner.id, role: 'owner' as const },
  ];
  const open = await buildProcess(ctx.db, { visibility: 'public', title: 'Open process' }, roles);
  const closed = await buildProcess(ctx.db, { visibility: 'private', title: 'Closed process' }, roles);
  const users = { outsider, observer, member, owner, admin };
  const browsers = { anonymous: new Browser(ctx.app) } as Record<Who, Browser>;
  const bearer = { anonymous: {} } as Record<Who, Record<string, string>>;
  for (const [who, user] of Object.entries(users) as [Exclude<Who, 'anonymous'>, { id: string }][]) {
    const browser = new Browser(ctx.app);
    browser.cookies.set(SESSION_COOKIE, await createSession(ctx.db.kysely, user.id, { days: 1 }));
    browsers[who] = browser;
    bearer[who] = {
      authorization: `Bearer ${(await createApiToken(ctx.db.kysely, user.id, { name: 'test', scope: 'read-write' })).secret}`,
    };
  }
  const iom = await buildOrganisation(ctx.db, {
    name: 'International Organization for Migration',
    acronym: 'IOM',
  });
  const undp = await buildOrganisation(ctx.db, {
    name: 'United Nations Development Programme',
    acronym: 'UNDP',
  });
  const ministry = await buildOrganisation(ctx.db, { name: 'Ministry of Labour', acronym: null });
  return {
    open,
    closed,
    browsers,
    bearer,
    users,
    organisations: { iom: iom.id, undp: undp.id, ministry: ministry.id },
  };
}

/** Posts a form with repeated fields, the CSRF token read from `pageUrl` (or none when `csrf` is false). */
export async function post(
  browser: Browser,
  url: string,
  fields: [string, string][] | Record<string, string>,
  pageUrl: string,
  csrf = true,
): Promise<LightMyRequestResponse> {
  const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
  const token = csrf ? await browser.csrfToken(pageUrl) : null;
  const response = await browser.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: new URLSearchParams(token ? [['_csrf', token], ...pairs] : pairs).toString(),
  });
  for (const cookie of response.cookies as { name: string; value: string; maxAge?: number }[]) {
    if (cookie.maxAge === 0 || cookie.value === '') browser.cookies.delete(cookie.name);
    else browser.cookies.set(cookie.name, cookie.value);
  }
  return response;
}

export { multipartBody } from '../../../test/support/multipart.ts';

/** Uploads a file as the upload form does (CSRF token from the form page). */
export async function upload(
  browser: Browser,
  url: string,
  file: { name: string; content: Buffer; type?: string } | undefined,
  fields: Record<string, string> = {},
  csrf = true,
) {
  const token = csrf ? await browser.csrfToken(url) : null;
  const body = multipartBody({ ...(token ? { _csrf: token } : {}), mode: 'valid-only', ...fields }, file);
  return browser.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': body.contentType,
    },
    payload: body.payload,
  });
}

export async function countRows(db: TestDb, table: keyof Database): Promise<number> {
  const row = await db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The rows of the tables this module writes, to assert that a refused request changed nothing. */
export async function snapshot(db: TestDb): Promise<string> {
  const tables = [
    'actions',
    'action_partners',
    'process_indicators',
    'indicator_targets',
    'indicator_values',
    'reporting_locks',
    'monitoring_settings',
    'taggings',
    'audit_log',
  ] as const;
  const out: Record<string, string[]> = {};
  for (const table of tables)
    out[table] = (await db.kysely.selectFrom(table).selectAll().execute())
      .map((r) => JSON.stringify(r))
      .sort();
  return JSON.stringify(out);
}

/** The text of the error beside a field, or undefined. */
export function fieldError(body: string, field: string): string | undefined {
  return new RegExp(`id="${field.replace('.', '\\.')}-error">([^<]*)<`).exec(body)?.[1];
}
