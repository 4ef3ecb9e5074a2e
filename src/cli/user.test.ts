import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratedDb, runCli, tempDir, withDb } from '../../test/support/cli.ts';
import { findValidOneTimeToken } from '../auth/one-time-token.repository.ts';
import { verifyPassword } from '../auth/passwords.ts';
import { countUserSessions, createSession } from '../auth/session.repository.ts';
import { findUserByEmail } from '../auth/user.repository.ts';

const dir = tempDir();
const url = dir.path('users.db');
const env = { DATABASE_URL: url, PUBLIC_URL: 'https://corridor.example.org/' };

/** Users and audit rows: what a refused command must leave untouched. */
function counts() {
  return withDb(url, async (db) => {
    const users = await db.kysely.selectFrom('users').select('id').execute();
    const audit = await db.kysely.selectFrom('audit_log').select('id').execute();
    return { users: users.length, audit: audit.length };
  });
}

function expectOneLineError(stderr: string, pattern: RegExp) {
  expect(stderr).toMatch(/^corridor: /);
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => migratedDb(url));
afterAll(() => dir.remove());

describe('corridor user create', () => {
  it('creates an active account with a generated password, printed once, and an audit row', async () => {
    const run = runCli(
      ['user', 'create', '--email', 'Ada@Example.org', '--name', 'Ada Lovelace', '--role', 'admin'],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const password = /password: (\S+)/.exec(run.stdout)?.[1];
    expect(password).toHaveLength(20);
    await withDb(url, async (db) => {
      const user = await findUserByEmail(db.kysely, 'ada@example.org');
      expect(user).toMatchObject({ name: 'Ada Lovelace', role: 'admin', status: 'active' });
      expect(await verifyPassword(user!.password_hash, password!)).toBe(true);
      const audit = await db.kysely
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_id', '=', user!.id)
        .executeTakeFirstOrThrow();
      expect(audit).toMatchObject({ action: 'user.create', actor_id: null });
      expect(audit.after_json).not.toContain(password!);
    });
  });

  it('takes a password and a role, and --database instead of DATABASE_URL', async () => {
    const run = runCli(
      [
        '--database',
        url,
        'user',
        'create',
        '--email',
        'mod@example.org',
        '--name',
        'Mo Derator',
        '--role',
        'moderator',
        '--password',
        'a long enough password',
      ],
      { DATABASE_URL: dir.path('elsewhere.db') },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('password:');
    await withDb(url, async (db) => {
      const user = await findUserByEmail(db.kysely, 'mod@example.org');
      expect(user?.role).toBe('moderator');
      expect(await verifyPassword(user!.password_hash, 'a long enough password')).toBe(true);
    });
  });

  it.each([
    [['--email', 'not-an-email', '--name', 'X'], /not an email address/],
    [
      ['--email', 'x@example.org', '--name', 'X', '--role', 'boss'],
      /--role must be admin, moderator or user/,
    ],
    [['--email', 'x@example.org', '--name', '   '], /--name must not be empty/],
    [['--email', 'x@example.org', '--name', 'X', '--password', 'short'], /10 characters or more/],
    [['--email', 'x@example.org'], /--name/],
    [['--email', 'x@example.org', '--name', 'X', '--colour', 'red'], /unknown option/],
  ])('refuses %j with exit code 2 and writes nothing', async (args, message) => {
    const before = await counts();
    const run = runCli(['user', 'create', ...args], env);
    expect(run.status).toBe(2);
    expectOneLineError(run.stderr, message);
    expect(await counts()).toEqual(before);
  });

  it('refuses an email already in use, whatever its case', async () => {
    const before = await counts();
    const run = runCli(['user', 'create', '--email', 'ADA@example.org', '--name', 'Other'], env);
    expect(run.status).toBe(1);
    expectOneLineError(run.stderr, /already exists/);
    expect(await counts()).toEqual(before);
  });
});

describe('corridor user list', () => {
  it('prints a table of accounts', () => {
    const run = runCli(['user', 'list'], env);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^email\s+name\s+role\s+status\s+created/);
    expect(run.stdout).toContain('ada@example.org');
    expect(run.stdout).toContain('mod@example.org');
  });

  it('filters by role and prints JSON', () => {
    const run = runCli(['user', 'list', '--role', 'moderator', '--status', 'active', '--json'], env);
    expect(run.status).toBe(0);
    const users = JSON.parse(run.stdout) as { email: string; role: string }[];
    expect(users.map((u) => u.email)).toEqual(['mod@example.org']);
    expect(users[0]).not.toHaveProperty('password_hash');
  });

  it('refuses an unknown status with exit code 2', () => {
    const run = runCli(['user', 'list', '--status', 'asleep'], env);
    expect(run.status).toBe(2);
    expectOneLineError(run.stderr, /--status must be pending, active or deactivated/);
  });

  it('refuses a database file that does not exist instead of creating it', () => {
    const run = runCli(['user', 'list', '--database', dir.path('typo.db')], env);
    expect(run.status).toBe(1);
    expectOneLineError(run.stderr, /there is no database at/);
  });
});

describe('corridor user reset-password', () => {
  it('prints a 24-hour reset link under PUBLIC_URL', async () => {
    const run = runCli(['user', 'reset-password', '--email', 'ada@example.org'], env);
    expect(run.status).toBe(0);
    const secret = /https:\/\/corridor\.example\.org\/reset-password\/([\w-]+)\n/.exec(run.stdout)?.[1];
    expect(secret).toBeDefined();
    await withDb(url, async (db) => {
      const token = await findValidOneTimeToken(db.kysely, 'password-reset', secret!);
      const user = await findUserByEmail(db.kysely, 'ada@example.org');
      expect(token?.user_id).toBe(user!.id);
      const hours = (Date.parse(token!.expires_at) - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(23.9);
      expect(hours).toBeLessThanOrEqual(24);
      const audit = await db.kysely
        .selectFrom('audit_log')
        .select(['action', 'actor_id'])
        .where('entity_id', '=', user!.id)
        .where('action', '=', 'user.issuePasswordReset')
        .execute();
      expect(audit).toEqual([{ action: 'user.issuePasswordReset', actor_id: null }]);
    });
  });

  it('with --password sets it, ends the sessions and voids the link', async () => {
    const link = runCli(['user', 'reset-password', '--email', 'ada@example.org'], env);
    const secret = /reset-password\/([\w-]+)/.exec(link.stdout)?.[1];
    const userId = await withDb(url, async (db) => {
      const user = await findUserByEmail(db.kysely, 'ada@example.org');
      await createSession(db.kysely, user!.id, { days: 14 });
      await createSession(db.kysely, user!.id, { days: 14 });
      await db.kysely
        .insertInto('api_tokens')
        .values({
          id: 'clitoken',
          user_id: user!.id,
          name: 'Script',
          token_hash: 'not-a-real-hash',
          prefix: 'cor_abcdef',
          created_at: new Date().toISOString(),
          last_used_at: null,
          revoked_at: null,
        })
        .execute();
      return user!.id;
    });
    const run = runCli(
      ['user', 'reset-password', '--email', 'ada@example.org', '--password', 'brand new password'],
      env,
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 session(s) ended, 1 API token(s) revoked');
    await withDb(url, async (db) => {
      const user = await findUserByEmail(db.kysely, 'ada@example.org');
      expect(await verifyPassword(user!.password_hash, 'brand new password')).toBe(true);
      expect(await countUserSessions(db.kysely, userId)).toBe(0);
      const tokens = await db.kysely
        .selectFrom('api_tokens')
        .select('revoked_at')
        .where('user_id', '=', userId)
        .execute();
      expect(tokens.map((t) => t.revoked_at === null)).toEqual([false]);
      expect(await findValidOneTimeToken(db.kysely, 'password-reset', secret!)).toBeUndefined();
    });
  });

  it('says so for an unknown email, and refuses a malformed one with exit code 2', async () => {
    const before = await counts();
    const unknown = runCli(['user', 'reset-password', '--email', 'nobody@example.org'], env);
    expect(unknown.status).toBe(1);
    expectOneLineError(unknown.stderr, /no user with email nobody@example.org/);
    const malformed = runCli(['user', 'reset-password', '--email', 'nobody'], env);
    expect(malformed.status).toBe(2);
    expectOneLineError(malformed.stderr, /not an email address/);
    expect(await counts()).toEqual(before);
  });
});

describe('text given to the command line', () => {
  it('is normalised as the web normalises it, so a password set here works on the sign-in form', async () => {
    const run = runCli(
      [
        'user',
        'create',
        '--email',
        'zoe@example.org',
        '--name',
        'Zoe\u0301\u0007 Martin',
        '--password',
        'cafe\u0301 au lait tous les matins',
      ],
      env,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    await withDb(url, async (db) => {
      const user = await findUserByEmail(db.kysely, 'zoe@example.org');
      expect(user?.name).toBe('Zoé Martin');
      // The sign-in form composes what is typed (NFC) before checking it.
      expect(await verifyPassword(user!.password_hash, 'café au lait tous les matins')).toBe(true);
    });
  });
});
