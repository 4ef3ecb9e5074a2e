import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { type Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { sha256 } from '../../auth/secrets.ts';
import { auditRowsFor, signedIn } from './admin.test-helpers.ts';

describe.each(DIALECTS)('invitations on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let admin: Awaited<ReturnType<typeof buildUser>>;
  let browser: Browser;
  beforeAll(async () => {
    ctx = await testApp(dialect, { PUBLIC_URL: 'https://corridor.example.org/' });
    admin = await buildUser(ctx.db, { role: 'admin', name: 'Ivy Inviter' });
    browser = await signedIn(ctx.app, ctx.db, admin);
  });
  afterAll(() => ctx.close());

  const invitations = () =>
    ctx.db.kysely
      .selectFrom('one_time_tokens')
      .selectAll()
      .where('kind', '=', 'invitation')
      .orderBy('created_at')
      .execute();

  it('says there is no open invitation yet', async () => {
    const page = await browser.get('/admin/invitations');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('No invitation is open');
  });

  it('creates a 7-day invitation link, shows it once, lists it, and audits it', async () => {
    const response = await browser.form(
      '/admin/invitations',
      { email: '  New.Person@Example.org ', role: 'moderator' },
      '/admin/invitations',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const secret = /https:\/\/corridor\.example\.org\/invitations\/([A-Za-z0-9_-]+)</.exec(
      response.body,
    )?.[1];
    expect(secret).toBeDefined();
    const [row] = await invitations();
    expect(row).toMatchObject({
      email: 'new.person@example.org',
      role: 'moderator',
      token_hash: sha256(secret!),
      created_by: admin.id,
      used_at: null,
      user_id: null,
    });
    const days = (Date.parse(row!.expires_at) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const [audit] = await auditRowsFor(ctx.db, row!.id);
    expect(audit).toMatchObject({
      action: 'invitation.create',
      actor_id: admin.id,
      entity_type: 'invitation',
    });
    expect(audit!.after_json).not.toContain(secret!);
    const list = await browser.get('/admin/invitations');
    expect(list.body).toContain('new.person@example.org');
    expect(list.body).toContain('Moderator');
    expect(list.body).toContain('Ivy Inviter');
    expect(list.body).not.toContain(secret!);
  });

  it('replaces the open invitation when the same address is invited again', async () => {
    const response = await browser.form(
      '/admin/invitations',
      { email: 'new.person@example.org', role: 'user' },
      '/admin/invitations',
    );
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('The earlier invitation to this address no longer works.');
    const rows = await invitations();
    expect(rows).toHaveLength(2);
    expect(rows[0]!.used_at).not.toBeNull();
    expect(rows[1]).toMatchObject({ role: 'user', used_at: null });
  });

  it('refuses bad input with messages that say how to fix it, and creates nothing', async () => {
    const before = (await invitations()).length;
    const cases: [Record<string, string>, string][] = [
      [{ email: '', role: 'user' }, 'Enter email address'],
      [{ email: 'not-an-email', role: 'user' }, 'Enter an email address in the correct format'],
      [
        { email: `${'a'.repeat(250)}@example.org`, role: 'user' },
        'Email address must be 254 characters or fewer',
      ],
      [{ email: 'ok@example.org', role: 'owner' }, 'Select role'],
    ];
    for (const [fields, message] of cases) {
      const response = await browser.form('/admin/invitations', fields, '/admin/invitations');
      expect(response.statusCode, message).toBe(422);
      expect(response.body).toContain('There is a problem');
      expect(response.body).toContain(message);
      if (fields.email) expect(response.body).toContain(`value="${fields.email}"`);
    }
    const taken = await browser.form(
      '/admin/invitations',
      { email: admin.email, role: 'user' },
      '/admin/invitations',
    );
    expect(taken.statusCode).toBe(409);
    expect(taken.body).toContain('There is already an account with this email address');
    const noCsrf = await browser.form('/admin/invitations', {
      _csrf: '',
      email: 'x@example.org',
      role: 'user',
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(await invitations()).toHaveLength(before);
  });

  it('revokes an open invitation so its link stops working', async () => {
    const open = (await invitations()).find((r) => r.used_at === null)!;
    const page = await browser.get('/admin/invitations');
    expect(page.body).toContain(`action="/admin/invitations/${open.id}/revoke"`);
    const response = await browser.form(`/admin/invitations/${open.id}/revoke`, {}, '/admin/invitations');
    expect(response.statusCode).toBe(303);
    const row = (await invitations()).find((r) => r.id === open.id)!;
    expect(row.used_at).not.toBeNull();
    const audit = (await auditRowsFor(ctx.db, open.id)).find((a) => a.action === 'invitation.revoke');
    expect(JSON.parse(audit!.after_json!)).toEqual({ status: 'revoked' });
    const list = await browser.get('/admin/invitations');
    expect(list.body).toContain('The invitation to new.person@example.org is revoked');
    expect(list.body).toContain('No invitation is open');
    // Revoking again, or an unknown one: not found, nothing written.
    const again = await browser.form(`/admin/invitations/${open.id}/revoke`, {}, '/admin/invitations');
    expect(again.statusCode).toBe(404);
    const unknown = await browser.form('/admin/invitations/nope/revoke', {}, '/admin/invitations');
    expect(unknown.statusCode).toBe(404);
    expect(
      (await auditRowsFor(ctx.db, open.id)).filter((a) => a.action === 'invitation.revoke'),
    ).toHaveLength(1);
  });
});
