import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { recordAudit } from '../../src/audit/audit.repository.ts';
import type { PlatformRole, UserStatus } from '../../src/auth/auth.table.ts';
import { hashPassword } from '../../src/auth/passwords.ts';
import { insertUser } from '../../src/auth/user.repository.ts';
import { loadConfig } from '../../src/config.ts';
import type { DialectName } from '../../src/db/connection.ts';
import type { App } from '../../src/web/app-types.ts';
import { freshDb } from './databases.ts';

export type TestDb = Awaited<ReturnType<typeof freshDb>>;

/** A fresh database and a Corridor app on it, for `app.inject` tests. */
export async function testApp(
  dialect: DialectName,
  env: Record<string, string> = {},
): Promise<{ app: App; db: TestDb; close(): Promise<void> }> {
  const db = await freshDb(dialect);
  // Factories write straight to the database, around the audit log that tells the anonymous page
  // cache that content changed: the cache is off unless a test turns it on (page-cache.test.ts).
  const config = loadConfig({ DATABASE_URL: db.url, LOG_LEVEL: 'silent', PAGE_CACHE: 'false', ...env });
  const app = await buildApp({ db, config });
  await app.ready();
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export const TEST_PASSWORD = 'correct horse battery';

/**
 * One argon2 hash per password per test file: hashing costs ~60 ms of a core (more on a busy
 * machine) and some files build dozens of users with the same password. The users then share
 * a hash string, which nothing compares; signing in still verifies it with argon2.
 */
const hashes = new Map<string, Promise<string>>();
function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

let userCounter = 0;
/** Creates a user directly in the database (default: an active user with TEST_PASSWORD). */
export async function buildUser(
  db: TestDb,
  overrides: {
    email?: string;
    name?: string;
    role?: PlatformRole;
    status?: UserStatus;
    password?: string;
  } = {},
) {
  userCounter += 1;
  const email = overrides.email ?? `user${userCounter}-${Date.now()}@example.org`;
  const passwordHash = await hashOnce(overrides.password ?? TEST_PASSWORD);
  return db.kysely.transaction().execute(async (trx) => {
    const user = await insertUser(trx, {
      email,
      name: overrides.name ?? `Test User ${userCounter}`,
      passwordHash,
      role: overrides.role ?? 'user',
      status: overrides.status ?? 'active',
    });
    await recordAudit(trx, {
      actorId: null,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { email },
    });
    return user;
  });
}

/**
 * A cookie-keeping client over `app.inject`, like a browser: it remembers cookies, and `form()`
 * fetches a page first to read its CSRF token, as a real form post would carry it.
 */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(readonly app: App) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const cookie of response.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const expired =
        cookie.maxAge === 0 ||
        (cookie.expires && cookie.expires.getTime() < Date.now()) ||
        cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.keep(
      await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader(), ...headers } }),
    );
  }

  /** The CSRF token of the form on `pageUrl`. */
  async csrfToken(pageUrl = '/'): Promise<string> {
    const page = await this.get(pageUrl);
    const match = /name="_csrf" value="([^"]+)"/.exec(page.body);
    if (!match?.[1]) throw new Error(`No CSRF token on ${pageUrl} (status ${page.statusCode})`);
    return match[1];
  }

  /** Posts a form as a browser would, with the token from `pageUrl` unless `_csrf` is given. */
  async form(url: string, fields: Record<string, string>, pageUrl = '/'): Promise<LightMyRequestResponse> {
    const token = '_csrf' in fields ? undefined : await this.csrfToken(pageUrl);
    const body = new URLSearchParams({ ...(token ? { _csrf: token } : {}), ...fields }).toString();
    return this.keep(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: body,
      }),
    );
  }
}
