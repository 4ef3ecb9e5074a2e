import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation, buildProcess } from '../../../test/support/factories.ts';
import { testApp } from '../../../test/support/http.ts';
import { now } from '../../db/ids.ts';
import { bearerFor, sessionFor, snapshot } from './process.test-helpers.ts';

/**
 * Issue 7's reproduction (an organisation editor renamed the organisation's pilot process with
 * their own token) and what an organisation passes on in a process, shown (decision 44).
 */
describe.each(DIALECTS)('organisation roles and processes on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
  });
  afterAll(() => ctx.close());

  /** A government that "owns" its public pilot process, as the demo did before decision 44. */
  async function pilot() {
    const owner = await sessionFor(ctx.app, ctx.db, { name: 'Process Owner' });
    const orgOwner = await sessionFor(ctx.app, ctx.db, { name: 'Org Owner' });
    const editor = await sessionFor(ctx.app, ctx.db, { name: 'Ed Itor' });
    const org = await buildOrganisation(ctx.db, {
      name: `Government ${editor.user.id}`,
      type: 'national-government',
    });
    await ctx.db.kysely
      .insertInto('memberships')
      .values([
        { organisation_id: org.id, user_id: orgOwner.user.id, role: 'owner', created_at: now() },
        { organisation_id: org.id, user_id: editor.user.id, role: 'editor', created_at: now() },
      ])
      .execute();
    const process = await buildProcess(ctx.db, { title: 'Pilot process', lead_organisation_id: org.id }, [
      { userId: owner.user.id, role: 'owner' },
      // Written straight to the table: the old data an organisation owner row could be.
      { organisationId: org.id, role: 'owner' },
    ]);
    return { owner, orgOwner, editor, org, process };
  }

  const patch = async (userId: string, processId: string, title: string) => {
    const version = (
      await ctx.db.kysely
        .selectFrom('processes')
        .select('version')
        .where('id', '=', processId)
        .executeTakeFirstOrThrow()
    ).version;
    return ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/processes/${processId}`,
      headers: await bearerFor(ctx.db, userId),
      payload: { title, version },
    });
  };

  const title = async (id: string) =>
    (
      await ctx.db.kysely
        .selectFrom('processes')
        .select('title')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).title;

  it('an editor of the organisation cannot rename its pilot process with their token, until named owner of it', async () => {
    const { owner, editor, process } = await pilot();
    const refused = await patch(editor.user.id, process.id, 'Renamed by an organisation editor');
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(await title(process.id)).toBe('Pilot process');
    expect((await editor.browser.get(`/processes/${process.id}/settings`)).statusCode).toBe(404);
    expect((await editor.browser.get(`/processes/${process.id}/members`)).statusCode).toBe(404);

    // Granted on the process, by name: now they may.
    const granted = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/processes/${process.id}/members`,
      headers: await bearerFor(ctx.db, owner.user.id),
      payload: { email: editor.user.email, role: 'owner' },
    });
    expect(granted.statusCode).toBe(202);
    const invitation = await ctx.db.kysely
      .selectFrom('process_invitations')
      .select('id')
      .where('process_id', '=', process.id)
      .executeTakeFirstOrThrow();
    const accepted = await editor.browser.form(
      `/processes/invitations/${invitation.id}/accept`,
      {},
      '/processes/invitations',
    );
    expect(accepted.statusCode).toBe(303);
    const allowed = await patch(editor.user.id, process.id, 'Renamed by its new owner');
    expect(allowed.statusCode).toBe(200);
    expect(await title(process.id)).toBe('Renamed by its new owner');
  });

  it('passes at most "member": everyone in the organisation edits the content, whatever their role there', async () => {
    const { editor, process } = await pilot();
    expect((await editor.browser.get(`/processes/${process.id}/body/edit`)).statusCode).toBe(200);
  });

  it('says what the organisation passes on, on the process members page and the organisation pages', async () => {
    const { owner, orgOwner, org, process } = await pilot();
    const members = await owner.browser.get(`/processes/${process.id}/members`);
    expect(members.body).toContain(
      'Everyone in this organisation (2 people) can edit the content through this entry.',
    );
    expect(members.body).toContain('never more than member: owners are people named here.');
    const orgMembers = await orgOwner.browser.get(`/organisations/${org.id}/members`);
    expect(orgMembers.statusCode).toBe(200);
    expect(orgMembers.body).toContain('Roles in processes');
    expect(orgMembers.body).toContain(`<a href="/processes/${process.id}">Pilot process</a>`);
    expect(orgMembers.body).toContain('Member: everyone here can edit the content');
    const orgPage = await ctx.app.inject(`/organisations/${org.id}`);
    expect(orgPage.body).toContain('Member: everyone here can edit the content');
  });

  it('lets the process owner lower what the organisation passes on, and refuses to make it owner', async () => {
    const { owner, editor, org, process } = await pilot();
    const entry = await ctx.db.kysely
      .selectFrom('process_members')
      .select('id')
      .where('process_id', '=', process.id)
      .where('organisation_id', '=', org.id)
      .executeTakeFirstOrThrow();
    const form = await owner.browser.get(`/processes/${process.id}/members/${entry.id}/edit`);
    expect(form.body).not.toContain('value="owner"');
    const headers = await bearerFor(ctx.db, owner.user.id);
    await owner.browser.csrfToken(`/processes/${process.id}/members`);
    const before = await snapshot(ctx.db);
    const toOwner = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/processes/${process.id}/members/${entry.id}`,
      headers,
      payload: { role: 'owner' },
    });
    expect(toOwner.statusCode).toBe(422);
    expect(toOwner.body).toContain('An organisation cannot own a process');
    const html = await owner.browser.form(
      `/processes/${process.id}/members/${entry.id}/edit`,
      { role: 'owner' },
      `/processes/${process.id}/members/${entry.id}/edit`,
    );
    expect(html.statusCode).toBe(422);
    expect(html.body).toContain('An organisation cannot own a process');
    const other = await buildOrganisation(ctx.db, { name: `Other ${owner.user.id}`, type: 'un-agency' });
    const invite = await owner.browser.form(
      `/processes/${process.id}/members`,
      { kind: 'organisation', organisationId: other.id, role: 'owner' },
      `/processes/${process.id}/members/new?kind=organisation`,
    );
    expect(invite.statusCode).toBe(422);
    expect(invite.body).toContain('An organisation cannot own a process');
    expect(await snapshot(ctx.db)).toEqual(before);

    const lowered = await owner.browser.form(
      `/processes/${process.id}/members/${entry.id}/edit`,
      { role: 'observer' },
      `/processes/${process.id}/members/${entry.id}/edit`,
    );
    expect(lowered.statusCode).toBe(303);
    expect((await editor.browser.get(`/processes/${process.id}/body/edit`)).statusCode).toBe(404);
    expect((await owner.browser.get(`/processes/${process.id}/members`)).body).toContain(
      'Everyone in this organisation (2 people) can read the process through this entry.',
    );
  });
});
