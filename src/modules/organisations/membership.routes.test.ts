import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation } from '../../../test/support/factories.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import {
  addMembership,
  auditRows,
  type Ctx,
  membershipsOf,
  organisationWithRoles,
  signedIn,
  type TestUser,
} from './organisation.test-helpers.ts';

describe.each(DIALECTS)('managing members on %s', (dialect) => {
  let ctx: Ctx;
  let roles: Awaited<ReturnType<typeof organisationWithRoles>>;
  let newcomer: TestUser;
  let id: string;
  let base: string;
  let initial: Record<string, string>;

  beforeAll(async () => {
    ctx = await testApp(dialect);
    roles = await organisationWithRoles(ctx);
    newcomer = await buildUser(ctx.db, { name: 'Nina Newcomer', email: 'nina@example.org' });
    await buildUser(ctx.db, { name: 'Pat Pending', email: 'pat@example.org', status: 'pending' });
    id = roles.organisation.id;
    base = `/organisations/${id}/members`;
    initial = await membershipsOf(ctx.db, id);
  });
  beforeEach(async () => {
    // Each test starts with owner, editor and member, and no organisation audit rows.
    await ctx.db.kysely.deleteFrom('memberships').where('organisation_id', '=', id).execute();
    for (const [userId, role] of Object.entries(initial))
      await addMembership(ctx.db, id, userId, role as 'owner' | 'editor' | 'member');
    await ctx.db.kysely.deleteFrom('audit_log').where('entity_type', '=', 'organisation').execute();
    await ctx.db.kysely.deleteFrom('organisation_invitations').execute();
  });
  afterAll(() => ctx.close());

  async function expectUnchanged() {
    expect(await membershipsOf(ctx.db, id)).toEqual(initial);
    expect(await auditRows(ctx.db, id)).toEqual([]);
  }

  it('sends signed-out visitors to sign in and refuses their posts', async () => {
    const page = await ctx.app.inject(base);
    expect(page.statusCode).toBe(303);
    expect(String(page.headers.location)).toContain('/sign-in?next=');
    for (const url of [base, `${base}/${roles.member.id}/role`, `${base}/${roles.member.id}/remove`]) {
      const response = await ctx.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'email=nina%40example.org&role=owner',
      });
      expect(response.statusCode).toBe(403);
    }
    await expectUnchanged();
  });

  it.each(['outsider', 'member', 'editor', 'moderator'] as const)(
    'answers 404 to a %s on every members page and post',
    async (who) => {
      const browser = await signedIn(ctx, roles[who]);
      expect((await browser.get(base)).statusCode).toBe(404);
      expect((await browser.get(`${base}/${roles.member.id}/remove`)).statusCode).toBe(404);
      const token = await browser.csrfToken('/organisations');
      const add = await browser.form(base, { email: 'nina@example.org', role: 'owner', _csrf: token });
      expect(add.statusCode).toBe(404);
      const role = await browser.form(`${base}/${roles[who].id}/role`, { role: 'owner', _csrf: token });
      expect(role.statusCode).toBe(404);
      const remove = await browser.form(`${base}/${roles.owner.id}/remove`, { _csrf: token });
      expect(remove.statusCode).toBe(404);
      await expectUnchanged();
    },
  );

  it.each(['owner', 'admin'] as const)('shows a %s every member with their email and role', async (who) => {
    const browser = await signedIn(ctx, roles[who]);
    const page = await browser.get(base);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(roles.editor.email);
    expect(page.body).toMatch(
      new RegExp(
        `id="role-${roles.editor.id}" name="role"><option value="owner">Owner</option><option value="editor" selected="">`,
      ),
    );
    expect(page.body).toContain(`href="${base}/${roles.member.id}/remove"`);
  });

  it.each(['owner', 'admin'] as const)(
    'lets a %s invite an address; the person joins when they accept, each step audited',
    async (who) => {
      const browser = await signedIn(ctx, roles[who]);
      const response = await browser.form(base, { email: '  NINA@example.org ', role: 'editor' }, base);
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(base);
      expect((await membershipsOf(ctx.db, id))[newcomer.id]).toBeUndefined();
      const page = await browser.get(base);
      expect(page.body).toContain(
        'Invitation sent to nina@example.org. If this address belongs to a Corridor account, the person sees the invitation when signed in and joins only if they accept.',
      );
      expect(page.body).toContain('Invitations waiting for an answer');

      const nina = await signedIn(ctx, newcomer);
      expect((await nina.get('/organisations')).body).toContain(
        'You have 1 invitation to join an organisation waiting for your answer.',
      );
      const mine = await nina.get('/organisations/invitations');
      expect(mine.body).toContain(roles.organisation.name);
      const invitation = await ctx.db.kysely
        .selectFrom('organisation_invitations')
        .select('id')
        .where('organisation_id', '=', id)
        .executeTakeFirstOrThrow();
      // Nobody else may answer it.
      const outsider = await signedIn(ctx, roles.outsider);
      const token = await outsider.csrfToken('/organisations');
      const stolen = await outsider.form(`/organisations/invitations/${invitation.id}/accept`, {
        _csrf: token,
      });
      expect(stolen.statusCode).toBe(404);
      const accepted = await nina.form(
        `/organisations/invitations/${invitation.id}/accept`,
        {},
        '/organisations/invitations',
      );
      expect(accepted.statusCode).toBe(303);
      expect(accepted.headers.location).toBe(`/organisations/${id}`);
      expect((await membershipsOf(ctx.db, id))[newcomer.id]).toBe('editor');
      const audit = await auditRows(ctx.db, id);
      expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
        ['organisation.invitation.create', roles[who].id],
        ['organisation.invitation.accept', newcomer.id],
      ]);
      expect(JSON.parse(audit[1]!.after_json!)).toEqual({ userId: newcomer.id, role: 'editor' });
    },
  );

  it('answers an unknown address, a pending account and a known one alike; the owner withdraws, the invited declines', async () => {
    const browser = await signedIn(ctx, roles.owner);
    const pages: string[] = [];
    for (const email of ['nina@example.org', 'pat@example.org', 'nobody@example.org']) {
      const response = await browser.form(base, { email, role: 'member' }, base);
      expect(response.statusCode).toBe(303);
      const page = await browser.get(base);
      pages.push(
        page.body
          .replaceAll(email, 'EMAIL')
          .replace(/<h2>Invitations waiting for an answer<\/h2>[\s\S]*?<\/table>/, '')
          .replace(/name="_csrf" value="[^"]*"/g, ''),
      );
    }
    expect(pages[1]).toBe(pages[0]);
    expect(pages[2]).toBe(pages[0]);
    expect(await membershipsOf(ctx.db, id)).toEqual(initial);
    const rows = await ctx.db.kysely
      .selectFrom('organisation_invitations')
      .select(['id', 'email'])
      .where('organisation_id', '=', id)
      .execute();
    const byEmail = (email: string) => rows.find((r) => r.email === email)!.id;
    const withdrawn = await browser.form(
      `/organisations/${id}/invitations/${byEmail('nobody@example.org')}/withdraw`,
      {},
      base,
    );
    expect(withdrawn.statusCode).toBe(303);
    const nina = await signedIn(ctx, newcomer);
    const declined = await nina.form(
      `/organisations/invitations/${byEmail('nina@example.org')}/decline`,
      {},
      '/organisations/invitations',
    );
    expect(declined.statusCode).toBe(303);
    expect(await membershipsOf(ctx.db, id)).toEqual(initial);
    expect((await auditRows(ctx.db, id)).map((a) => a.action)).toEqual([
      'organisation.invitation.create',
      'organisation.invitation.create',
      'organisation.invitation.create',
      'organisation.invitation.withdraw',
      'organisation.invitation.decline',
    ]);
    const again = await browser.form(base, { email: 'pat@example.org', role: 'member' }, base);
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain('This address is already invited');
  });

  it.each([
    ['an empty email', { email: '', role: 'member' }, 'Enter', 422],
    [
      'a malformed email',
      { email: 'not-an-email', role: 'member' },
      'Enter an email address in the correct format',
      422,
    ],
    ['an existing member', { email: '', role: 'member' }, 'This person is already a member', 422],
    [
      'an unknown role',
      { email: 'nina@example.org', role: 'boss' },
      'Select a role: owner, editor or member',
      422,
    ],
  ])('refuses %s with a clear message and changes nothing', async (what, fields, message, status) => {
    const browser = await signedIn(ctx, roles.owner);
    const body = what === 'an existing member' ? { ...fields, email: roles.member.email } : fields;
    const response = await browser.form(base, body, base);
    expect(response.statusCode).toBe(status);
    expect(response.body).toContain('There is a problem');
    expect(response.body).toContain(message);
    await expectUnchanged();
  });

  it('lets the owner change a role, and refuses an unknown role or member', async () => {
    const browser = await signedIn(ctx, roles.owner);
    const promote = await browser.form(`${base}/${roles.editor.id}/role`, { role: 'owner' }, base);
    expect(promote.statusCode).toBe(303);
    expect((await membershipsOf(ctx.db, id))[roles.editor.id]).toBe('owner');
    const audit = await auditRows(ctx.db, id);
    expect(audit.map((a) => a.action)).toEqual(['organisation.member.role']);
    expect(JSON.parse(audit[0]!.before_json!)).toEqual({ userId: roles.editor.id, role: 'editor' });
    const bad = await browser.form(`${base}/${roles.member.id}/role`, { role: 'boss' }, base);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Select a role');
    const ghost = await browser.form(`${base}/${newcomer.id}/role`, { role: 'editor' }, base);
    expect(ghost.statusCode).toBe(404);
    expect(await auditRows(ctx.db, id)).toHaveLength(1);
  });

  it('never lets the last owner step down or be removed (409), by themselves or an admin', async () => {
    for (const who of ['owner', 'admin'] as const) {
      const browser = await signedIn(ctx, roles[who]);
      const demote = await browser.form(`${base}/${roles.owner.id}/role`, { role: 'editor' }, base);
      expect(demote.statusCode).toBe(409);
      expect(demote.body).toContain('An organisation must keep at least one owner');
      expect(demote.body).toContain('href="#members"');
      const remove = await browser.form(`${base}/${roles.owner.id}/remove`, {}, base);
      expect(remove.statusCode).toBe(409);
      expect(remove.body).toContain('An organisation must keep at least one owner');
    }
    await expectUnchanged();
  });

  it('lets an owner step down once there is another owner, then sends them to the organisation page', async () => {
    const browser = await signedIn(ctx, roles.owner);
    await browser.form(`${base}/${roles.editor.id}/role`, { role: 'owner' }, base);
    const stepDown = await browser.form(`${base}/${roles.owner.id}/role`, { role: 'member' }, base);
    expect(stepDown.statusCode).toBe(303);
    expect(stepDown.headers.location).toBe(`/organisations/${id}`);
    expect(await membershipsOf(ctx.db, id)).toMatchObject({
      [roles.owner.id]: 'member',
      [roles.editor.id]: 'owner',
    });
    expect((await browser.get(base)).statusCode).toBe(404);
  });

  it('asks for confirmation on a separate page before removing a member', async () => {
    const browser = await signedIn(ctx, roles.owner);
    const confirm = await browser.get(`${base}/${roles.member.id}/remove`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Remove Mia Member from Ministry of Planning?');
    expect(confirm.body).toContain('Yes, remove this member');
    await expectUnchanged();
    const response = await browser.form(
      `${base}/${roles.member.id}/remove`,
      {},
      `${base}/${roles.member.id}/remove`,
    );
    expect(response.statusCode).toBe(303);
    expect((await membershipsOf(ctx.db, id))[roles.member.id]).toBeUndefined();
    const audit = await auditRows(ctx.db, id);
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['organisation.member.remove', roles.owner.id],
    ]);
    expect(JSON.parse(audit[0]!.before_json!)).toEqual({ userId: roles.member.id, role: 'member' });
  });

  it('answers 404 for a non-member, an unknown organisation and a post without CSRF token', async () => {
    const browser = await signedIn(ctx, roles.owner);
    expect((await browser.get(`${base}/${newcomer.id}/remove`)).statusCode).toBe(404);
    expect((await browser.form(`${base}/${newcomer.id}/remove`, {}, base)).statusCode).toBe(404);
    expect((await browser.get('/organisations/nope/members')).statusCode).toBe(404);
    expect((await browser.form(`${base}/${roles.member.id}/remove`, { _csrf: 'forged' })).statusCode).toBe(
      403,
    );
    await expectUnchanged();
  });

  it("answers 404 to an owner managing someone else's organisation", async () => {
    const other = await buildOrganisation(ctx.db, { name: 'Other Body' });
    const stranger = await buildUser(ctx.db);
    await addMembership(ctx.db, other.id, stranger.id, 'owner');
    const browser = await signedIn(ctx, roles.owner);
    const otherBase = `/organisations/${other.id}/members`;
    expect((await browser.get(otherBase)).statusCode).toBe(404);
    const add = await browser.form(otherBase, { email: roles.owner.email, role: 'owner' }, base);
    expect(add.statusCode).toBe(404);
    const remove = await browser.form(`${otherBase}/${stranger.id}/remove`, {}, base);
    expect(remove.statusCode).toBe(404);
    expect(await membershipsOf(ctx.db, other.id)).toEqual({ [stranger.id]: 'owner' });
  });
});
