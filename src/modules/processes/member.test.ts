import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation, buildProcess, buildUser } from '../../../test/support/factories.ts';
import { Browser, testApp } from '../../../test/support/http.ts';
import { now } from '../../db/ids.ts';
import { auditActions, fieldError, postWithoutCsrf, sessionFor, snapshot } from './process.test-helpers.ts';

describe.each(DIALECTS)('members, permissions and visibility on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let people: Awaited<ReturnType<typeof setUp>>;

  async function setUp() {
    const owner = await sessionFor(ctx.app, ctx.db, {
      name: 'Olga Owner',
      email: `olga-${dialect}@example.org`,
    });
    const member = await sessionFor(ctx.app, ctx.db, { name: 'Mihai Member' });
    const observer = await sessionFor(ctx.app, ctx.db, { name: 'Oana Observer' });
    const outsider = await sessionFor(ctx.app, ctx.db, { name: 'Otto Outsider' });
    const admin = await sessionFor(ctx.app, ctx.db, { role: 'admin' });
    const team = [
      { userId: owner.user.id, role: 'owner' as const },
      { userId: member.user.id, role: 'member' as const },
      { userId: observer.user.id, role: 'observer' as const },
    ];
    const closed = await buildProcess(ctx.db, { title: 'Closed process', visibility: 'private' }, team);
    return { owner, member, observer, outsider, admin, closed };
  }

  const membersOf = (processId: string) =>
    ctx.db.kysely.selectFrom('process_members').selectAll().where('process_id', '=', processId).execute();

  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
    people = await setUp();
  });
  afterAll(() => ctx.close());

  const base = () => `/processes/${people.closed.id}/members`;

  it('sends a signed-out visitor to sign in, and refuses their post with 401', async () => {
    const page = await ctx.app.inject(base());
    expect(page.statusCode).toBe(303);
    const before = await snapshot(ctx.db);
    const post = await new Browser(ctx.app).form(
      base(),
      { kind: 'person', email: 'x@example.org', role: 'member' },
      '/sign-in',
    );
    expect(post.statusCode).toBe(401);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it.each([
    ['outsider', 404],
    ['observer', 404],
    ['member', 404],
    ['owner', 200],
    ['admin', 200],
  ] as const)('the members page answers %s with %i', async (who, status) => {
    const response = await people[who].browser.get(base());
    expect(response.statusCode).toBe(status);
    if (status === 200) {
      expect(response.body).toContain('Mihai Member');
      expect(response.body).toContain(`olga-${dialect}@example.org`);
    }
  });

  it.each(['member', 'observer', 'outsider'] as const)(
    'refuses an invitation from a %s with 404',
    async (who) => {
      const someone = await buildUser(ctx.db);
      const before = await snapshot(ctx.db);
      const token = /name="_csrf" value="([^"]+)"/.exec(
        (await people[who].browser.get('/processes')).body,
      )![1]!;
      const response = await people[who].browser.form(base(), {
        kind: 'person',
        email: someone.email,
        role: 'owner',
        _csrf: token,
      });
      expect(response.statusCode).toBe(404);
      expect(await snapshot(ctx.db)).toEqual(before);
    },
  );

  it('invites a person by email: they join only when they accept, audited', async () => {
    const guest = await sessionFor(ctx.app, ctx.db, { name: 'Gabriela Guest' });
    expect((await guest.browser.get(`/processes/${people.closed.id}`)).statusCode).toBe(404);
    const response = await people.owner.browser.form(
      base(),
      { kind: 'person', email: guest.user.email.toUpperCase(), role: 'observer' },
      `${base()}/new?kind=person`,
    );
    expect(response.statusCode).toBe(303);
    const page = await people.owner.browser.get(base());
    expect(page.body).toContain(
      `Invitation sent to ${guest.user.email}. If this address belongs to a Corridor account, the person sees the invitation when signed in and joins only if they accept.`,
    );
    expect(page.body).toContain('Invitations waiting for an answer');
    expect((await membersOf(people.closed.id)).find((m) => m.user_id === guest.user.id)).toBeUndefined();
    expect((await guest.browser.get(`/processes/${people.closed.id}`)).statusCode).toBe(404);

    // The invited person sees it, and no one else can answer it.
    const list = await guest.browser.get('/processes');
    expect(list.body).toContain('You have 1 invitation to a process waiting for your answer.');
    const mine = await guest.browser.get('/processes/invitations');
    expect(mine.body).toContain('Closed process');
    expect(mine.body).toContain('Invited as Observer by Olga Owner');
    const invitation = await ctx.db.kysely
      .selectFrom('process_invitations')
      .selectAll()
      .where('process_id', '=', people.closed.id)
      .executeTakeFirstOrThrow();
    const token = await people.outsider.browser.csrfToken('/processes/invitations');
    const stolen = await people.outsider.browser.form(`/processes/invitations/${invitation.id}/accept`, {
      _csrf: token,
    });
    expect(stolen.statusCode).toBe(404);
    const accepted = await guest.browser.form(
      `/processes/invitations/${invitation.id}/accept`,
      {},
      '/processes/invitations',
    );
    expect(accepted.statusCode).toBe(303);
    expect(accepted.headers.location).toBe(`/processes/${people.closed.id}`);
    const row = (await membersOf(people.closed.id)).find((m) => m.user_id === guest.user.id);
    expect(row?.role).toBe('observer');
    expect(await auditActions(ctx.db, people.closed.id)).toEqual(
      expect.arrayContaining(['process-invitation.create', 'process-invitation.accept']),
    );
    expect((await guest.browser.get(`/processes/${people.closed.id}`)).statusCode).toBe(200);
    expect((await guest.browser.get('/processes/invitations')).body).toContain(
      'You have no invitations waiting for an answer.',
    );
  });

  it('answers an unknown address exactly as a known one, and the owner can withdraw the invitation', async () => {
    const known = await buildUser(ctx.db, { email: `known-${dialect}@example.org` });
    const answers: string[] = [];
    for (const email of [known.email, `unknown-${dialect}@example.org`]) {
      const response = await people.owner.browser.form(
        base(),
        { kind: 'person', email, role: 'member' },
        `${base()}/new?kind=person`,
      );
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(base());
      const page = await people.owner.browser.get(base());
      // The page, less what differs anyway: the table of invitations (which grows) and form tokens.
      answers.push(
        page.body
          .replaceAll(email, 'EMAIL')
          .replace(/<table>[\s\S]*<\/table>/g, '')
          .replace(/name="_csrf" value="[^"]*"/g, ''),
      );
    }
    expect(answers[1]).toBe(answers[0]);
    const invitations = await ctx.db.kysely
      .selectFrom('process_invitations')
      .selectAll()
      .where('process_id', '=', people.closed.id)
      .execute();
    expect(invitations.map((i) => i.email).sort()).toEqual([known.email, `unknown-${dialect}@example.org`]);
    for (const invitation of invitations) {
      const withdrawn = await people.owner.browser.form(
        `/processes/${people.closed.id}/invitations/${invitation.id}/withdraw`,
        {},
        base(),
      );
      expect(withdrawn.statusCode).toBe(303);
    }
    expect(await auditActions(ctx.db, people.closed.id)).toContain('process-invitation.withdraw');
    const left = await ctx.db.kysely
      .selectFrom('process_invitations')
      .select('id')
      .where('process_id', '=', people.closed.id)
      .execute();
    expect(left).toEqual([]);
  });

  it('shows the invitations page and its notice in all four languages', async () => {
    const guest = await sessionFor(ctx.app, ctx.db, { name: 'Lina Languages' });
    await people.owner.browser.form(
      base(),
      { kind: 'person', email: guest.user.email, role: 'member' },
      `${base()}/new?kind=person`,
    );
    const expected = {
      en: 'Your invitations',
      fr: 'Vos invitations',
      es: 'Sus invitaciones',
      ar: 'دعواتك',
    };
    for (const [lang, title] of Object.entries(expected)) {
      const headers = { 'accept-language': lang };
      const page = await guest.browser.get('/processes/invitations', headers);
      expect(page.body).toContain(`<h1>${title}</h1>`);
      const list = await guest.browser.get('/processes', headers);
      expect(`${page.body}${list.body}`).not.toMatch(/process\.invit/);
      expect(list.body).toContain('href="/processes/invitations"');
    }
  });

  it('lets the invited person decline: nothing else changes', async () => {
    const guest = await sessionFor(ctx.app, ctx.db, { name: 'Dora Decliner' });
    await people.owner.browser.form(
      base(),
      { kind: 'person', email: guest.user.email, role: 'member' },
      `${base()}/new?kind=person`,
    );
    const invitation = await ctx.db.kysely
      .selectFrom('process_invitations')
      .select('id')
      .where('email', '=', guest.user.email)
      .executeTakeFirstOrThrow();
    const declined = await guest.browser.form(
      `/processes/invitations/${invitation.id}/decline`,
      {},
      '/processes/invitations',
    );
    expect(declined.statusCode).toBe(303);
    expect((await membersOf(people.closed.id)).find((m) => m.user_id === guest.user.id)).toBeUndefined();
    expect(await auditActions(ctx.db, people.closed.id)).toContain('process-invitation.decline');
    const again = await guest.browser.form(
      `/processes/invitations/${invitation.id}/accept`,
      {},
      '/processes/invitations',
    );
    expect(again.statusCode).toBe(404);
  });

  it('invites an organisation: all its people then see the private process', async () => {
    const org = await buildOrganisation(ctx.db, { name: 'IOM', type: 'un-agency' });
    const staff = await sessionFor(ctx.app, ctx.db);
    await ctx.db.kysely
      .insertInto('memberships')
      .values({ organisation_id: org.id, user_id: staff.user.id, role: 'member', created_at: now() })
      .execute();
    expect((await staff.browser.get('/processes')).body).not.toContain('Closed process');
    const form = await people.owner.browser.get(`${base()}/new?kind=organisation`);
    expect(form.body).toContain('IOM');
    const response = await people.owner.browser.form(
      base(),
      { kind: 'organisation', organisationId: org.id, role: 'member' },
      `${base()}/new?kind=organisation`,
    );
    expect(response.statusCode).toBe(303);
    expect((await staff.browser.get('/processes')).body).toContain('Closed process');
    expect((await staff.browser.get(`/processes/${people.closed.id}/stages`)).statusCode).toBe(200);
    const page = await people.owner.browser.get(base());
    expect(page.body).toContain('IOM');
    expect(page.body).toContain('Organisation');
  });

  it.each([
    [
      'a malformed email',
      { kind: 'person', email: 'not-an-email', role: 'member' },
      'email',
      'Enter an email address in the correct format, like name@example.org',
    ],
    [
      'no email',
      { kind: 'person', email: '', role: 'member' },
      'email',
      'Enter the email address of their account',
    ],
    ['an unknown role', { kind: 'person', email: 'x@example.org', role: 'king' }, 'role', 'Select role'],
    [
      'an unknown organisation',
      { kind: 'organisation', organisationId: 'nosuchorg', role: 'member' },
      'organisationId',
      'Choose an organisation from the list',
    ],
    [
      'no organisation',
      { kind: 'organisation', organisationId: '', role: 'member' },
      'organisationId',
      'Choose an organisation from the list',
    ],
  ])('refuses %s and changes nothing', async (_case, fields, field, message) => {
    const before = await snapshot(ctx.db);
    const response = await people.owner.browser.form(base(), fields, `${base()}/new`);
    expect(response.statusCode).toBe(422);
    expect(fieldError(response.body, field)).toBe(message);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('refuses to invite someone twice', async () => {
    const before = await snapshot(ctx.db);
    const response = await people.owner.browser.form(
      base(),
      { kind: 'person', email: people.member.user.email, role: 'observer' },
      `${base()}/new`,
    );
    expect(response.statusCode).toBe(422);
    expect(fieldError(response.body, 'email')).toBe(
      'They are already a member of this process: change their role instead',
    );
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('changes a role, audited', async () => {
    const row = (await membersOf(people.closed.id)).find((m) => m.user_id === people.observer.user.id)!;
    const response = await people.owner.browser.form(
      `${base()}/${row.id}/edit`,
      { role: 'member' },
      `${base()}/${row.id}/edit`,
    );
    expect(response.statusCode).toBe(303);
    expect((await membersOf(people.closed.id)).find((m) => m.id === row.id)?.role).toBe('member');
    const page = await people.observer.browser.get(`/processes/${people.closed.id}/body/edit`);
    expect(page.statusCode).toBe(200);
  });

  it('keeps at least one owner: neither demoting nor removing the last one', async () => {
    const row = (await membersOf(people.closed.id)).find((m) => m.user_id === people.owner.user.id)!;
    const before = await snapshot(ctx.db);
    const demote = await people.owner.browser.form(
      `${base()}/${row.id}/edit`,
      { role: 'member' },
      `${base()}/${row.id}/edit`,
    );
    expect(demote.statusCode).toBe(422);
    expect(fieldError(demote.body, 'role')).toBe(
      'A process needs at least one owner. Make someone else an owner first.',
    );
    const remove = await people.owner.browser.form(
      `${base()}/${row.id}/remove`,
      {},
      `${base()}/${row.id}/remove`,
    );
    expect(remove.statusCode).toBe(422);
    expect(remove.body).toContain('A process needs at least one owner.');
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  it('removes a member after a confirmation page, audited', async () => {
    const row = (await membersOf(people.closed.id)).find((m) => m.user_id === people.member.user.id)!;
    const confirm = await people.owner.browser.get(`${base()}/${row.id}/remove`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Remove Mihai Member from this process?');
    expect(confirm.body).toContain('button--warning');
    const response = await people.owner.browser.form(
      `${base()}/${row.id}/remove`,
      {},
      `${base()}/${row.id}/remove`,
    );
    expect(response.statusCode).toBe(303);
    expect((await membersOf(people.closed.id)).some((m) => m.id === row.id)).toBe(false);
    expect(await auditActions(ctx.db, people.closed.id)).toContain('process-member.delete');
    expect((await people.member.browser.get(`/processes/${people.closed.id}`)).statusCode).toBe(404);
  });

  it('lets an owner step down once there is another owner, and sends them to the overview', async () => {
    const process = await buildProcess(ctx.db, {}, [
      { userId: people.owner.user.id, role: 'owner' },
      { userId: people.outsider.user.id, role: 'owner' },
    ]);
    const rows = await membersOf(process.id);
    const mine = rows.find((m) => m.user_id === people.outsider.user.id)!;
    const url = `/processes/${process.id}/members/${mine.id}/edit`;
    const response = await people.outsider.browser.form(url, { role: 'observer' }, url);
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/processes/${process.id}`);
  });

  it('answers 404 for a member of another process', async () => {
    const process = await buildProcess(ctx.db, {}, [{ userId: people.outsider.user.id, role: 'owner' }]);
    const [row] = await membersOf(process.id);
    expect((await people.owner.browser.get(`${base()}/${row!.id}/edit`)).statusCode).toBe(404);
    expect((await people.owner.browser.get(`${base()}/${row!.id}/remove`)).statusCode).toBe(404);
  });

  it('refuses a post without a CSRF token', async () => {
    const before = await snapshot(ctx.db);
    const response = await postWithoutCsrf(people.owner.browser, base(), {
      kind: 'person',
      email: 'x@example.org',
      role: 'member',
    });
    expect(response.statusCode).toBe(403);
    expect(await snapshot(ctx.db)).toEqual(before);
  });

  describe('visibility', () => {
    const url = () => `/processes/${people.closed.id}/visibility`;
    const version = async () =>
      String(
        (
          await ctx.db.kysely
            .selectFrom('processes')
            .select('version')
            .where('id', '=', people.closed.id)
            .executeTakeFirstOrThrow()
        ).version,
      );

    it('is changed by owners only', async () => {
      expect((await ctx.app.inject(url())).statusCode).toBe(303);
      expect((await people.observer.browser.get(url())).statusCode).toBe(404);
      expect((await people.owner.browser.get(url())).statusCode).toBe(200);
    });

    it('makes a private process public, audited, and back; a stale version answers 409', async () => {
      expect((await ctx.app.inject(`/processes/${people.closed.id}`)).statusCode).toBe(404);
      const v = await version();
      const opened = await people.owner.browser.form(url(), { visibility: 'public', version: v }, url());
      expect(opened.statusCode).toBe(303);
      expect((await ctx.app.inject(`/processes/${people.closed.id}`)).statusCode).toBe(200);
      expect(await auditActions(ctx.db, people.closed.id)).toContain('process.visibility');
      const before = await snapshot(ctx.db);
      const stale = await people.owner.browser.form(url(), { visibility: 'private', version: v }, url());
      expect(stale.statusCode).toBe(409);
      expect(await snapshot(ctx.db)).toEqual(before);
      const closed = await people.owner.browser.form(
        url(),
        { visibility: 'private', version: await version() },
        url(),
      );
      expect(closed.statusCode).toBe(303);
      expect((await ctx.app.inject(`/processes/${people.closed.id}`)).statusCode).toBe(404);
    });

    it('refuses an unknown visibility', async () => {
      const before = await snapshot(ctx.db);
      const response = await people.owner.browser.form(
        url(),
        { visibility: 'hidden', version: await version() },
        url(),
      );
      expect(response.statusCode).toBe(422);
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });
});
