import { afterAll, describe, expect, it } from 'vitest';
import { migratedDb, runCli, tempDir, withDb } from '../../test/support/cli.ts';
import { buildOrganisation, buildUser } from '../../test/support/factories.ts';
import type { TestDb } from '../../test/support/http.ts';
import { countRows } from '../db/content-tables.ts';

const dir = tempDir();
afterAll(() => dir.remove());

/** Rows in every table but the audit log (which records each reload). */
function tableCounts(url: string) {
  return withDb(url, async (db) => {
    const tables = (await db.kysely.introspection.getTables()).map((t) => t.name);
    return countRows(
      db.kysely,
      tables.filter((t) => t !== 'audit_log'),
    );
  });
}

/** Accounts the demo makes: the practices' two demo reviewers (`demo-reviewer-N@corridor.invalid`). */
const DEMO_REVIEWERS = 2;

describe('corridor demo', () => {
  it('on a new database creates the first administrator and loads the demo', async () => {
    const url = dir.path('fresh.db');
    const run = runCli(['demo'], { DATABASE_URL: url });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/email: +admin@corridor\.local/);
    expect(run.stdout).toMatch(/password: +\S{20}/);
    // The administrator, and the two reviewers of the demo's practice review round.
    expect((await tableCounts(url)).users).toBe(1 + DEMO_REVIEWERS);
  });

  it('--reload --yes twice leaves the same counts, keeping accounts and reference data', async () => {
    const url = dir.path('reload.db');
    await migratedDb(url);
    await withDb(url, async (db) => {
      const user = await buildUser(db as TestDb, { email: 'owner@example.org', role: 'admin' });
      const org = await buildOrganisation(db as TestDb, { name: 'Not from the demo', country_alpha3: 'BGD' });
      await db.kysely
        .insertInto('memberships')
        .values({ organisation_id: org.id, user_id: user.id, role: 'owner', created_at: org.created_at })
        .execute();
    });
    const before = await tableCounts(url);

    const refused = runCli(['demo'], { DATABASE_URL: url });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/already has content \(memberships 1, organisations 1\)/);
    const unconfirmed = runCli(['demo', '--reload'], { DATABASE_URL: url });
    expect(unconfirmed.status).toBe(2);
    expect(unconfirmed.stderr).toMatch(/add --yes to confirm/);
    expect(await tableCounts(url)).toEqual(before);

    const first = runCli(['demo', '--reload', '--yes'], { DATABASE_URL: url });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const afterFirst = await tableCounts(url);
    expect(runCli(['demo', '--reload', '--yes'], { DATABASE_URL: url }).status).toBe(0);
    expect(await tableCounts(url)).toEqual(afterFirst);

    // Accounts are kept; the demo adds only its two reviewers, once.
    expect(afterFirst.users).toBe((before.users ?? 0) + DEMO_REVIEWERS);
    expect(afterFirst.countries).toBe(before.countries);
    await withDb(url, async (db) => {
      const names = await db.kysely.selectFrom('organisations').select('name').execute();
      expect(names.map((n) => n.name)).not.toContain('Not from the demo');
      const wipes = await db.kysely
        .selectFrom('audit_log')
        .select(['actor_id', 'before_json'])
        .where('action', '=', 'demo.wipe')
        .execute();
      expect(wipes[0]).toEqual({ actor_id: null, before_json: '{"memberships":1,"organisations":1}' });
    });
    // Five runs of the CLI, each a fresh Node process: past the default 30 s on a shared machine.
  }, 90_000);
});
