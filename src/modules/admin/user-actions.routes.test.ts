import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation } from '../../../test/support/factories.ts';
import { type Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { sha256 } from '../../auth/secrets.ts';
import { countUserSessions, createSession } from '../../auth/session.repository.ts';
import { apiToken, auditRowsFor, signedIn, userRow } from './admin.test-helpers.ts';

describe.each(DIALECTS)('user actions on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let admin: Awaited<ReturnType<typeof buildUser>>;
  let browser: Browser;
  beforeAll(async () => {
    ctx = await testApp(dialect, { PUBLIC_URL: 'https://corridor.example.org' });
    admin = await buildUser(ctx.db, { role: 'admin', name: 'Ada Admin' });
    browser = await signedIn(ctx.app, ctx.db, admin);
  });
  afterAll(() => ctx.close());

  const page = (id: string) => `/admin/users/${id}`;

  it('shows a user with details, memberships, sessions and the actions that apply', async () => {
    const user = await buildUser(ctx.db, { status: 'pending', name: 'Pat Pending' });
    await createSession(ctx.db.kysely, user.id, { days: 1 });
    const org = await buildOrganisation(ctx.db, {
      name: 'Ministry of Planning',
      type: 'national-government',
    });
    await ctx.db.kysely
      .insertInto('memberships')
      .values({
        organisation_id: org.id,
        user_id: user.id,
        role: 'editor',
        created_at: new Date().toISOString(),
      })
      .execute();
    const response = await browser.get(page(user.id));
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<h1>Pat Pending</h1>');
    expect(response.body).toContain('Waiting for approval');
    expect(response.body).toContain('Ministry of Planning');
    expect(response.body).toContain('Editor');
    expect(response.body).toMatch(/Open sessions<\/dt><dd>1<\/dd>/);
    expect(response.body).toContain(`action="/admin/users/${user.id}/approve"`);
    expect(response.body).toContain('Decline sign-up');
    expect(response.body).not.toContain(`action="/admin/users/${user.id}/reactivate"`);
  });

  it('answers an unknown user with 404 on every page and action', async () => {
    expect((await browser.get(page('no-such-user'))).statusCode).toBe(404);
    expect((await browser.get(`${page('no-such-user')}/deactivate?version=1`)).statusCode).toBe(404);
    expect((await browser.get(`${page('no-such-user')}/role?role=admin&version=1`)).statusCode).toBe(404);
    for (const action of ['approve', 'deactivate', 'reactivate', 'password-reset']) {
      const response = await browser.form(`${page('no-such-user')}/${action}`, { version: '1' }, '/admin');
      expect(response.statusCode, action).toBe(404);
    }
    expect(
      (await browser.form(`${page('no-such-user')}/role`, { version: '1', role: 'admin' }, '/admin'))
        .statusCode,
    ).toBe(404);
  });

  it('approves a pending user, records who and when, and audits before and after', async () => {
    const user = await buildUser(ctx.db, { status: 'pending', name: 'Ana Approve' });
    const response = await browser.form(`${page(user.id)}/approve`, { version: '1' }, page(user.id));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(page(user.id));
    const row = await userRow(ctx.db, user.id);
    expect(row).toMatchObject({ status: 'active', approved_by: admin.id, version: 2 });
    expect(row.approved_at).not.toBeNull();
    const audit = (await auditRowsFor(ctx.db, user.id)).filter((a) => a.action === 'user.approve');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_id).toBe(admin.id);
    expect(JSON.parse(audit[0]!.before_json!)).toMatchObject({ status: 'pending', approved_at: null });
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ status: 'active', approved_by: admin.id });
    const after = await browser.get(page(user.id));
    expect(after.body).toContain('The account of Ana Approve is approved.');
    expect(after.body).toContain('by Ada Admin');
  });

  it('refuses a stale version with a conflict message and changes nothing', async () => {
    const user = await buildUser(ctx.db, { status: 'pending' });
    const token = await browser.csrfToken(page(user.id));
    // Someone else renames the user meanwhile: the version moves on.
    await ctx.db.kysely
      .updateTable('users')
      .set({ name: 'Renamed', version: 2 })
      .where('id', '=', user.id)
      .execute();
    const response = await browser.form(`${page(user.id)}/approve`, { _csrf: token, version: '1' });
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Someone else changed this account while you were looking at it');
    expect(await userRow(ctx.db, user.id)).toMatchObject({
      status: 'pending',
      version: 2,
      approved_at: null,
    });
    expect((await auditRowsFor(ctx.db, user.id)).map((a) => a.action)).toEqual(['user.create']);
    const role = await browser.form(`${page(user.id)}/role`, {
      _csrf: token,
      version: '1',
      role: 'moderator',
    });
    expect(role.statusCode).toBe(409);
    expect((await userRow(ctx.db, user.id)).role).toBe('user');
    const confirm = await browser.get(`${page(user.id)}/deactivate?version=1`);
    expect(confirm.statusCode).toBe(409);
  });

  it('refuses a post without a CSRF token with 403 and changes nothing', async () => {
    const user = await buildUser(ctx.db, { status: 'pending' });
    for (const action of ['approve', 'deactivate', 'role', 'password-reset']) {
      const response = await browser.form(`${page(user.id)}/${action}`, {
        _csrf: '',
        version: '1',
        role: 'admin',
      });
      expect(response.statusCode, action).toBe(403);
      expect(response.body).toContain('This form has expired');
    }
    expect(await userRow(ctx.db, user.id)).toMatchObject({ status: 'pending', role: 'user', version: 1 });
    expect((await auditRowsFor(ctx.db, user.id)).map((a) => a.action)).toEqual(['user.create']);
    const tokens = await ctx.db.kysely
      .selectFrom('one_time_tokens')
      .selectAll()
      .where('user_id', '=', user.id)
      .execute();
    expect(tokens).toEqual([]);
  });

  it('refuses a form with no version or a broken one as out of date', async () => {
    const user = await buildUser(ctx.db, { status: 'pending' });
    for (const version of ['', 'abc', '-1']) {
      const response = await browser.form(`${page(user.id)}/approve`, { version }, page(user.id));
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('This page is out of date. Reload it and try again.');
    }
    expect((await userRow(ctx.db, user.id)).status).toBe('pending');
  });

  it('refuses to approve an account that is not waiting for approval', async () => {
    const user = await buildUser(ctx.db);
    const response = await browser.form(`${page(user.id)}/approve`, { version: '1' }, page(user.id));
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('no longer in a state where that can be done');
    expect(await userRow(ctx.db, user.id)).toMatchObject({ version: 1, approved_by: null });
  });

  it('deactivates after a confirmation step, ends sessions and stops the API token', async () => {
    const user = await buildUser(ctx.db, { name: 'Dee Activate' });
    const theirBrowser = await signedIn(ctx.app, ctx.db, user);
    await createSession(ctx.db.kysely, user.id, { days: 1 });
    const token = await apiToken(ctx.db, user);
    expect((await theirBrowser.get('/')).body).toContain('Dee Activate');

    const userPage = await browser.get(page(user.id));
    expect(userPage.body).toContain(`href="/admin/users/${user.id}/deactivate?version=1"`);
    const confirm = await browser.get(`${page(user.id)}/deactivate?version=1`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Deactivate the account of Dee Activate?');
    expect(confirm.body).toContain('Their open sessions (2) end at once');
    expect(await userRow(ctx.db, user.id)).toMatchObject({ status: 'active', version: 1 });

    const response = await browser.form(
      `${page(user.id)}/deactivate`,
      { version: '1' },
      `${page(user.id)}/deactivate?version=1`,
    );
    expect(response.statusCode).toBe(303);
    expect(await userRow(ctx.db, user.id)).toMatchObject({ status: 'deactivated', version: 2 });
    expect(await countUserSessions(ctx.db.kysely, user.id)).toBe(0);
    const audit = (await auditRowsFor(ctx.db, user.id)).find((a) => a.action === 'user.deactivate');
    expect(JSON.parse(audit!.before_json!)).toEqual({ status: 'active' });
    expect(JSON.parse(audit!.after_json!)).toEqual({
      status: 'deactivated',
      sessions_ended: 2,
      tokens_revoked: 1,
    });

    // Their old session cookie now finds nothing; their token is refused.
    expect((await theirBrowser.get('/')).body).not.toContain('Dee Activate');
    const mine = await ctx.app.inject({
      url: '/api/v1/users',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(mine.statusCode).toBe(401);

    const again = await browser.get(`${page(user.id)}/deactivate`);
    expect(again.statusCode).toBe(409);

    // Reactivating lets them sign in again, but the old token stays revoked.
    const reactivated = await browser.form(`${page(user.id)}/reactivate`, { version: '2' }, page(user.id));
    expect(reactivated.statusCode).toBe(303);
    expect(await userRow(ctx.db, user.id)).toMatchObject({ status: 'active' });
    const afterReactivation = await ctx.app.inject({
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(afterReactivation.statusCode).toBe(401);
  });

  it('reactivates a deactivated account', async () => {
    const user = await buildUser(ctx.db, { status: 'deactivated', name: 'Rea Activate' });
    const userPage = await browser.get(page(user.id));
    expect(userPage.body).toContain(`action="/admin/users/${user.id}/reactivate"`);
    const response = await browser.form(`${page(user.id)}/reactivate`, { version: '1' }, page(user.id));
    expect(response.statusCode).toBe(303);
    const row = await userRow(ctx.db, user.id);
    expect(row).toMatchObject({ status: 'active', version: 2, approved_by: admin.id });
    const audit = (await auditRowsFor(ctx.db, user.id)).find((a) => a.action === 'user.reactivate');
    expect(JSON.parse(audit!.before_json!)).toEqual({ status: 'deactivated' });
    expect(JSON.parse(audit!.after_json!)).toMatchObject({ status: 'active', approved_by: admin.id });
  });

  it('declines a pending sign-up through the same confirmation', async () => {
    const user = await buildUser(ctx.db, { status: 'pending', name: 'Spam Signup' });
    const confirm = await browser.get(`${page(user.id)}/deactivate?version=1`);
    expect(confirm.body).toContain('Decline the sign-up of Spam Signup?');
    const response = await browser.form(
      `${page(user.id)}/deactivate`,
      { version: '1' },
      `${page(user.id)}/deactivate`,
    );
    expect(response.statusCode).toBe(303);
    expect((await userRow(ctx.db, user.id)).status).toBe('deactivated');
  });

  it('changes a role after a confirmation step, and audits it', async () => {
    const user = await buildUser(ctx.db, { name: 'Mo Derator' });
    const confirm = await browser.get(`${page(user.id)}/role?version=1&role=moderator`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Change the role of Mo Derator?');
    expect(confirm.body).toContain('Current role: User. New role: Moderator.');
    expect((await userRow(ctx.db, user.id)).role).toBe('user');
    const response = await browser.form(
      `${page(user.id)}/role`,
      { version: '1', role: 'moderator' },
      `${page(user.id)}/role?version=1&role=moderator`,
    );
    expect(response.statusCode).toBe(303);
    expect(await userRow(ctx.db, user.id)).toMatchObject({ role: 'moderator', version: 2 });
    const audit = (await auditRowsFor(ctx.db, user.id)).find((a) => a.action === 'user.role');
    expect(JSON.parse(audit!.before_json!)).toEqual({ role: 'user' });
    expect(JSON.parse(audit!.after_json!)).toEqual({ role: 'moderator' });
    expect((await browser.get(page(user.id))).body).toContain('The role of Mo Derator is now: Moderator.');
  });

  it('refuses a role that does not exist, with a message that says what to do', async () => {
    const user = await buildUser(ctx.db);
    const confirm = await browser.get(`${page(user.id)}/role?version=1&role=superuser`);
    expect(confirm.statusCode).toBe(422);
    expect(confirm.body).toContain('There is a problem');
    expect(confirm.body).toContain('Select platform role');
    const post = await browser.form(`${page(user.id)}/role`, { version: '1', role: 'root' }, page(user.id));
    expect(post.statusCode).toBe(422);
    expect(post.body).toContain('Select platform role');
    expect(await userRow(ctx.db, user.id)).toMatchObject({ role: 'user', version: 1 });
  });

  it('refuses the same role again', async () => {
    const user = await buildUser(ctx.db, { role: 'moderator' });
    const post = await browser.form(
      `${page(user.id)}/role`,
      { version: '1', role: 'moderator' },
      page(user.id),
    );
    expect(post.statusCode).toBe(409);
    expect(post.body).toContain('The account already has this role');
    expect((await userRow(ctx.db, user.id)).version).toBe(1);
  });

  it('never lets admins demote or deactivate themselves', async () => {
    const own = await browser.get(page(admin.id));
    expect(own.body).toContain('This is your own account');
    expect(own.body).not.toContain(`/admin/users/${admin.id}/deactivate`);
    const confirm = await browser.get(`${page(admin.id)}/deactivate`);
    expect(confirm.statusCode).toBe(403);
    expect(confirm.body).toContain('You cannot change the role of your own account or deactivate it');
    const roleConfirm = await browser.get(`${page(admin.id)}/role?version=1&role=user`);
    expect(roleConfirm.statusCode).toBe(403);
    const demote = await browser.form(
      `${page(admin.id)}/role`,
      { version: '1', role: 'user' },
      page(admin.id),
    );
    expect(demote.statusCode).toBe(403);
    expect(demote.body).toContain('Ask another administrator');
    const deactivate = await browser.form(`${page(admin.id)}/deactivate`, { version: '1' }, page(admin.id));
    expect(deactivate.statusCode).toBe(403);
    expect(await userRow(ctx.db, admin.id)).toMatchObject({ role: 'admin', status: 'active', version: 1 });
    expect((await auditRowsFor(ctx.db, admin.id)).map((a) => a.action)).toEqual(['user.create']);
  });

  it('issues a password-reset link once, stores only its hash, and audits without the secret', async () => {
    const user = await buildUser(ctx.db, { name: 'Forgetful Fay' });
    const response = await browser.form(`${page(user.id)}/password-reset`, { version: '1' }, page(user.id));
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const secret = /https:\/\/corridor\.example\.org\/reset-password\/([A-Za-z0-9_-]+)/.exec(
      response.body,
    )?.[1];
    expect(secret).toBeDefined();
    const token = await ctx.db.kysely
      .selectFrom('one_time_tokens')
      .selectAll()
      .where('user_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(token).toMatchObject({
      kind: 'password-reset',
      token_hash: sha256(secret!),
      created_by: admin.id,
      used_at: null,
    });
    const hours = (Date.parse(token.expires_at) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const audit = (await auditRowsFor(ctx.db, user.id)).find((a) => a.action === 'user.password-reset');
    expect(audit?.after_json).not.toContain(secret!);
    expect(await userRow(ctx.db, user.id)).toMatchObject({ version: 1 });
    // The page the link is on is not shown again.
    expect((await browser.get(page(user.id))).body).not.toContain(secret!);
  });
});
