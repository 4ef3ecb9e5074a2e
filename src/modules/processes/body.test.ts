import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation, buildProcess } from '../../../test/support/factories.ts';
import { Browser, testApp } from '../../../test/support/http.ts';
import { auditActions, fieldError, postWithoutCsrf, sessionFor, snapshot } from './process.test-helpers.ts';

describe.each(DIALECTS)('coordinating body and whole-of-government map on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let people: Awaited<ReturnType<typeof setUp>>;

  async function setUp() {
    const owner = await sessionFor(ctx.app, ctx.db);
    const member = await sessionFor(ctx.app, ctx.db);
    const observer = await sessionFor(ctx.app, ctx.db);
    const outsider = await sessionFor(ctx.app, ctx.db);
    const admin = await sessionFor(ctx.app, ctx.db, { role: 'admin' });
    const team = [
      { userId: owner.user.id, role: 'owner' as const },
      { userId: member.user.id, role: 'member' as const },
      { userId: observer.user.id, role: 'observer' as const },
    ];
    const open = await buildProcess(ctx.db, { title: 'Open process', country_alpha3: 'JAM' }, team);
    const closed = await buildProcess(ctx.db, { title: 'Closed process', visibility: 'private' }, team);
    const planning = await buildOrganisation(ctx.db, {
      name: 'Planning Institute of Jamaica',
      type: 'national-government',
      country_alpha3: 'JAM',
    });
    const labour = await buildOrganisation(ctx.db, {
      name: 'Ministry of Labour and Social Security',
      type: 'national-government',
      country_alpha3: 'JAM',
    });
    const undp = await buildOrganisation(ctx.db, { name: 'UNDP', type: 'un-agency' });
    return { owner, member, observer, outsider, admin, open, closed, planning, labour, undp };
  }

  const bodyRow = (processId: string) =>
    ctx.db.kysely
      .selectFrom('process_bodies')
      .selectAll()
      .where('process_id', '=', processId)
      .executeTakeFirst();

  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
    people = await setUp();
  });
  afterAll(() => ctx.close());

  describe('reading', () => {
    it('shows the body page of a public process to a signed-out visitor, without edit links', async () => {
      const response = await ctx.app.inject(`/processes/${people.open.id}/body`);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('The coordinating body is not described yet.');
      expect(response.body).toContain('No ministry or body mapped yet.');
      expect(response.body).not.toContain('/body/edit');
    });

    it('hides the body of a private process from outsiders', async () => {
      const url = `/processes/${people.closed.id}/body`;
      expect((await ctx.app.inject(url)).statusCode).toBe(404);
      expect((await people.outsider.browser.get(url)).statusCode).toBe(404);
      expect((await people.observer.browser.get(url)).statusCode).toBe(200);
    });

    it.each([
      ['outsider', 404],
      ['observer', 404],
      ['member', 200],
      ['owner', 200],
      ['admin', 200],
    ] as const)('the edit form answers %s with %i', async (who, status) => {
      const response = await people[who].browser.get(`/processes/${people.open.id}/body/edit`);
      expect(response.statusCode).toBe(status);
    });

    it('sends a signed-out visitor to sign in for every form', async () => {
      for (const path of ['edit', 'members/new', 'government/new']) {
        const response = await ctx.app.inject(`/processes/${people.open.id}/body/${path}`);
        expect(response.statusCode).toBe(303);
        expect(response.headers.location).toContain('/sign-in');
      }
    });
  });

  describe('the body itself', () => {
    const url = () => `/processes/${people.open.id}/body/edit`;

    it('refuses a signed-out post with 401 and an observer’s with 404', async () => {
      const before = await snapshot(ctx.db);
      const anonymous = await new Browser(ctx.app).form(
        url(),
        { name: 'X', kind: 'ministry', version: '0' },
        '/sign-in',
      );
      expect(anonymous.statusCode).toBe(401);
      const token = /name="_csrf" value="([^"]+)"/.exec(
        (await people.observer.browser.get('/processes')).body,
      )![1]!;
      const observer = await people.observer.browser.form(url(), {
        name: 'X',
        kind: 'ministry',
        version: '0',
        _csrf: token,
      });
      expect(observer.statusCode).toBe(404);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('lets a member describe the body, then edit it, each save audited', async () => {
      const created = await people.member.browser.form(
        url(),
        {
          name: 'National Planning Council',
          kind: 'planning-commission',
          mandate: 'Coordinates across ministries',
          version: '0',
        },
        url(),
      );
      expect(created.statusCode).toBe(303);
      expect(await bodyRow(people.open.id)).toMatchObject({
        name: 'National Planning Council',
        kind: 'planning-commission',
      });
      const updated = await people.owner.browser.form(
        url(),
        {
          name: 'National Planning Council',
          kind: 'planning-commission',
          mandate: 'Cross-cutting mandate',
          version: '1',
        },
        url(),
      );
      expect(updated.statusCode).toBe(303);
      expect(await auditActions(ctx.db, people.open.id)).toEqual(
        expect.arrayContaining(['body.create', 'body.update']),
      );
      const page = await ctx.app.inject(`/processes/${people.open.id}/body`);
      expect(page.body).toContain('Cross-cutting mandate');
      expect(page.body).toContain('Planning commission');
      const overview = await ctx.app.inject(`/processes/${people.open.id}`);
      expect(overview.body).toContain('National Planning Council');
    });

    it('answers a stale version with 409, keeps the text and changes nothing', async () => {
      const before = await snapshot(ctx.db);
      const response = await people.member.browser.form(
        url(),
        { name: 'Renamed council', kind: 'ministry', mandate: 'My new mandate', version: '1' },
        url(),
      );
      expect(response.statusCode).toBe(409);
      expect(response.body).toContain('My new mandate');
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('refuses a second creation of the body (version 0 once it exists)', async () => {
      const before = await snapshot(ctx.db);
      const response = await people.member.browser.form(
        url(),
        { name: 'Other', kind: 'ministry', version: '0' },
        url(),
      );
      expect(response.statusCode).toBe(409);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it.each([
      ['no name', { name: '' }, 'name', 'Enter name'],
      ['an unknown kind', { kind: 'army' }, 'kind', 'Select kind of body'],
      [
        'a mandate too long',
        { mandate: 'x'.repeat(5001) },
        'mandate',
        'Mandate must be 5000 characters or fewer',
      ],
    ])('refuses %s and changes nothing', async (_case, change, field, message) => {
      const version = String((await bodyRow(people.open.id))!.version);
      const before = await snapshot(ctx.db);
      const response = await people.member.browser.form(
        url(),
        { name: 'N', kind: 'ministry', version, ...change },
        url(),
      );
      expect(response.statusCode).toBe(422);
      expect(fieldError(response.body, field)).toBe(message);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('refuses a post without a CSRF token', async () => {
      const before = await snapshot(ctx.db);
      const response = await postWithoutCsrf(people.owner.browser, url(), {
        name: 'X',
        kind: 'ministry',
        version: '2',
      });
      expect(response.statusCode).toBe(403);
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });

  describe('members of the body', () => {
    const base = () => `/processes/${people.open.id}/body`;

    it('adds organisations with roles, counts them in the body version, refuses doubles and unknowns', async () => {
      const version = Number((await bodyRow(people.open.id))!.version);
      const chair = await people.member.browser.form(
        `${base()}/members`,
        { organisationId: people.planning.id, role: 'chair' },
        `${base()}/members/new`,
      );
      expect(chair.statusCode).toBe(303);
      expect(Number((await bodyRow(people.open.id))!.version)).toBe(version + 1);
      const before = await snapshot(ctx.db);
      const again = await people.member.browser.form(
        `${base()}/members`,
        { organisationId: people.planning.id, role: 'member' },
        `${base()}/members/new`,
      );
      expect(again.statusCode).toBe(422);
      expect(fieldError(again.body, 'organisationId')).toBe(
        'This organisation is already a member of the body',
      );
      const unknown = await people.member.browser.form(
        `${base()}/members`,
        { organisationId: 'nosuchorg', role: 'member' },
        `${base()}/members/new`,
      );
      expect(unknown.statusCode).toBe(422);
      expect(fieldError(unknown.body, 'organisationId')).toBe('Choose an organisation from the list');
      const badRole = await people.member.browser.form(
        `${base()}/members`,
        { organisationId: people.undp.id, role: 'boss' },
        `${base()}/members/new`,
      );
      expect(badRole.statusCode).toBe(422);
      expect(await snapshot(ctx.db)).toEqual(before);
      const page = await ctx.app.inject(base());
      expect(page.body).toContain('Planning Institute of Jamaica');
      expect(page.body).toContain('Chair');
    });

    it('changes a role and removes a member after confirming, audited', async () => {
      const row = await ctx.db.kysely
        .selectFrom('body_members')
        .selectAll()
        .where('process_id', '=', people.open.id)
        .where('organisation_id', '=', people.planning.id)
        .executeTakeFirstOrThrow();
      const edit = await people.owner.browser.form(
        `${base()}/members/${row.id}/edit`,
        { role: 'secretariat' },
        `${base()}/members/${row.id}/edit`,
      );
      expect(edit.statusCode).toBe(303);
      expect(
        (
          await ctx.db.kysely
            .selectFrom('body_members')
            .select('role')
            .where('id', '=', row.id)
            .executeTakeFirstOrThrow()
        ).role,
      ).toBe('secretariat');
      const confirm = await people.owner.browser.get(`${base()}/members/${row.id}/remove`);
      expect(confirm.body).toContain('Remove Planning Institute of Jamaica from the coordinating body?');
      const removed = await people.owner.browser.form(
        `${base()}/members/${row.id}/remove`,
        {},
        `${base()}/members/${row.id}/remove`,
      );
      expect(removed.statusCode).toBe(303);
      expect(
        await ctx.db.kysely
          .selectFrom('body_members')
          .select('id')
          .where('id', '=', row.id)
          .executeTakeFirst(),
      ).toBeUndefined();
      expect(await auditActions(ctx.db, people.open.id)).toEqual(
        expect.arrayContaining(['body-member.create', 'body-member.update', 'body-member.delete']),
      );
    });

    it('answers 404 for a body member of another process', async () => {
      const other = await buildProcess(ctx.db, {}, [{ userId: people.owner.user.id, role: 'owner' }]);
      await people.owner.browser.form(
        `/processes/${other.id}/body/members`,
        { organisationId: people.undp.id, role: 'observer' },
        `/processes/${other.id}/body/members/new`,
      );
      const row = await ctx.db.kysely
        .selectFrom('body_members')
        .selectAll()
        .where('process_id', '=', other.id)
        .executeTakeFirstOrThrow();
      expect((await people.owner.browser.get(`${base()}/members/${row.id}/edit`)).statusCode).toBe(404);
    });
  });

  describe('whole-of-government map', () => {
    const base = () => `/processes/${people.open.id}/body`;

    it('adds a ministry from the list and one by name, shown as an accessible matrix', async () => {
      const first = await people.member.browser.form(
        `${base()}/government`,
        {
          organisationId: people.labour.id,
          national: '1',
          nationalNote: 'Leads labour migration',
          local: '1',
        },
        `${base()}/government/new`,
      );
      expect(first.statusCode).toBe(303);
      const second = await people.member.browser.form(
        `${base()}/government`,
        { ministryName: 'Parish councils', local: '1', localNote: 'Service delivery' },
        `${base()}/government/new`,
      );
      expect(second.statusCode).toBe(303);
      const page = await ctx.app.inject(base());
      expect(page.body).toContain('<caption>Ministries and bodies by level of government</caption>');
      expect(page.body).toContain('<th scope="row">Ministry of Labour and Social Security</th>');
      expect(page.body).toContain('Leads labour migration');
      expect(page.body).toContain('<th scope="row">Parish councils</th>');
      expect(page.body).toContain('<span class="visually-hidden">Takes part. </span>');
      expect(page.body).toContain('<span class="visually-hidden">Does not take part</span>');
      const rows = await ctx.db.kysely
        .selectFrom('government_map')
        .selectAll()
        .where('process_id', '=', people.open.id)
        .execute();
      expect(rows).toHaveLength(2);
      expect(await auditActions(ctx.db, rows[0]!.id)).toEqual(['government-map.create']);
    });

    it.each([
      [
        'neither a ministry nor a name',
        { national: '1' },
        'organisationId',
        'Choose a ministry or body from the list, or type its name',
      ],
      [
        'both a ministry and a name',
        { organisationId: 'x', ministryName: 'Y', national: '1' },
        'ministryName',
        'Choose a ministry from the list or type a name, not both',
      ],
      [
        'an unknown ministry',
        { organisationId: 'nosuchorg', national: '1' },
        'organisationId',
        'Choose an organisation from the list',
      ],
      [
        'no level ticked',
        { ministryName: 'Ministry of Health' },
        'national',
        'Tick at least one level of government',
      ],
      [
        'a note for a level not ticked',
        { ministryName: 'Ministry of Health', national: '1', regionalNote: 'x' },
        'regionalNote',
        'Tick this level of government, or leave its note empty',
      ],
      [
        'a note too long',
        { ministryName: 'Ministry of Health', national: '1', nationalNote: 'x'.repeat(301) },
        'nationalNote',
        'How must be 300 characters or fewer',
      ],
    ])('refuses %s and changes nothing', async (_case, fields, field, message) => {
      const before = await snapshot(ctx.db);
      const response = await people.member.browser.form(
        `${base()}/government`,
        fields,
        `${base()}/government/new`,
      );
      expect(response.statusCode).toBe(422);
      expect(fieldError(response.body, field)).toBe(message);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('edits a row with its version, answers a stale one with 409, removes after confirming', async () => {
      const row = await ctx.db.kysely
        .selectFrom('government_map')
        .selectAll()
        .where('ministry_name', '=', 'Parish councils')
        .executeTakeFirstOrThrow();
      const editUrl = `${base()}/government/${row.id}/edit`;
      const form = await people.member.browser.get(editUrl);
      expect(form.body).toContain('value="Parish councils"');
      const saved = await people.member.browser.form(
        editUrl,
        {
          ministryName: 'Parish councils',
          local: '1',
          localNote: 'Service delivery and registration',
          version: String(row.version),
        },
        editUrl,
      );
      expect(saved.statusCode).toBe(303);
      const before = await snapshot(ctx.db);
      const stale = await people.owner.browser.form(
        editUrl,
        { ministryName: 'Parish councils', regional: '1', version: String(row.version) },
        editUrl,
      );
      expect(stale.statusCode).toBe(409);
      expect(await snapshot(ctx.db)).toEqual(before);
      const removed = await people.owner.browser.form(
        `${base()}/government/${row.id}/remove`,
        {},
        `${base()}/government/${row.id}/remove`,
      );
      expect(removed.statusCode).toBe(303);
      expect(await auditActions(ctx.db, row.id)).toEqual([
        'government-map.create',
        'government-map.update',
        'government-map.delete',
      ]);
    });

    it('keeps observers and outsiders out of the map forms', async () => {
      const row = await ctx.db.kysely
        .selectFrom('government_map')
        .selectAll()
        .where('process_id', '=', people.open.id)
        .executeTakeFirstOrThrow();
      for (const who of ['observer', 'outsider'] as const) {
        expect((await people[who].browser.get(`${base()}/government/${row.id}/edit`)).statusCode).toBe(404);
        expect((await people[who].browser.get(`${base()}/government/${row.id}/remove`)).statusCode).toBe(404);
      }
    });
  });
});
