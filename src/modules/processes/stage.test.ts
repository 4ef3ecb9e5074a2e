import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildProcess } from '../../../test/support/factories.ts';
import { Browser, testApp } from '../../../test/support/http.ts';
import { auditActions, fieldError, postWithoutCsrf, sessionFor, snapshot } from './process.test-helpers.ts';

describe.each(DIALECTS)('stages and deliverables on %s', (dialect) => {
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
    const open = await buildProcess(ctx.db, { title: 'Open process' }, team);
    const closed = await buildProcess(ctx.db, { title: 'Closed process', visibility: 'private' }, team);
    return { owner, member, observer, outsider, admin, open, closed };
  }

  const stagesOf = (processId: string) =>
    ctx.db.kysely
      .selectFrom('process_stages')
      .selectAll()
      .where('process_id', '=', processId)
      .orderBy('position')
      .execute();

  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
    people = await setUp();
  });
  afterAll(() => ctx.close());

  describe('reading', () => {
    it('shows the stages of a public process to a signed-out visitor, without the edit form', async () => {
      const [first] = await stagesOf(people.open.id);
      const list = await ctx.app.inject(`/processes/${people.open.id}/stages`);
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('Monitoring and evaluation');
      const page = await ctx.app.inject(`/processes/${people.open.id}/stages/${first!.id}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('1. Preparation and institutional set-up');
      expect(page.body).not.toContain('Save stage');
      expect(page.body).not.toContain('Add a deliverable');
    });

    it('hides the stages of a private process from a signed-out visitor and an outsider', async () => {
      const [first] = await stagesOf(people.closed.id);
      for (const url of [
        `/processes/${people.closed.id}/stages`,
        `/processes/${people.closed.id}/stages/${first!.id}`,
      ]) {
        expect((await ctx.app.inject(url)).statusCode).toBe(404);
        expect((await people.outsider.browser.get(url)).statusCode).toBe(404);
        expect((await people.observer.browser.get(url)).statusCode).toBe(200);
      }
    });

    it.each([
      ['outsider', false],
      ['observer', false],
      ['member', true],
      ['owner', true],
      ['admin', true],
    ] as const)('as %s, offers the edit form: %s', async (who, edits) => {
      const [first] = await stagesOf(people.open.id);
      const page = await people[who].browser.get(`/processes/${people.open.id}/stages/${first!.id}`);
      expect(page.statusCode).toBe(200);
      expect(page.body.includes('Save stage')).toBe(edits);
    });

    it('answers 404 for a stage of another process', async () => {
      const [other] = await stagesOf(people.closed.id);
      const response = await people.owner.browser.get(`/processes/${people.open.id}/stages/${other!.id}`);
      expect(response.statusCode).toBe(404);
    });
  });

  describe('updating a stage', () => {
    const url = (processId: string, stageId: string) => `/processes/${processId}/stages/${stageId}`;

    it('refuses a signed-out visitor with 401', async () => {
      const [first] = await stagesOf(people.open.id);
      const before = await snapshot(ctx.db);
      const response = await new Browser(ctx.app).form(
        url(people.open.id, first!.id),
        { status: 'completed', version: String(first!.version) },
        '/sign-in',
      );
      expect(response.statusCode).toBe(401);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it.each(['outsider', 'observer'] as const)('answers 404 to an %s and changes nothing', async (who) => {
      const [first] = await stagesOf(people.open.id);
      const before = await snapshot(ctx.db);
      const response = await people[who].browser.form(
        url(people.open.id, first!.id),
        { status: 'completed', version: String(first!.version) },
        url(people.open.id, first!.id),
      );
      expect(response.statusCode).toBe(404);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it.each(['member', 'owner', 'admin'] as const)(
      'lets a %s update status, dates and notes, audited',
      async (who) => {
        const [, second] = await stagesOf(people.closed.id);
        const response = await people[who].browser.form(
          url(people.closed.id, second!.id),
          {
            status: 'in-progress',
            startDate: '2013-03-01',
            endDate: '2013-03-01',
            notes: `Migration profile drafted (${who})`,
            version: String(second!.version),
          },
          url(people.closed.id, second!.id),
        );
        expect(response.statusCode).toBe(303);
        const [, saved] = await stagesOf(people.closed.id);
        expect(saved).toMatchObject({
          status: 'in-progress',
          start_date: '2013-03-01',
          end_date: '2013-03-01',
          notes: `Migration profile drafted (${who})`,
        });
        expect(Number(saved!.version)).toBe(Number(second!.version) + 1);
        expect((await auditActions(ctx.db, second!.id)).at(-1)).toBe('stage.update');
        const overview = await people[who].browser.get(`/processes/${people.closed.id}`);
        expect(overview.body).toContain('Current stage: Evidence and situation analysis');
      },
    );

    it('marks a completed stage with a tick on the timeline', async () => {
      const [first] = await stagesOf(people.open.id);
      await people.member.browser.form(
        url(people.open.id, first!.id),
        { status: 'completed', version: String(first!.version) },
        url(people.open.id, first!.id),
      );
      const overview = await ctx.app.inject(`/processes/${people.open.id}`);
      expect(overview.body).toContain('stage-timeline__item--completed');
      expect(overview.body).toContain('Completed');
    });

    it.each([
      [
        'an end before the start',
        { startDate: '2013-05-01', endDate: '2013-04-30' },
        'endDate',
        'Enter an end date on or after the start date',
      ],
      ['an unknown status', { status: 'finished' }, 'status', 'Select status'],
      ['a malformed date', { startDate: '01/05/2013' }, 'startDate', 'Enter a real date, like 2013-07-01'],
      ['notes too long', { notes: 'x'.repeat(5001) }, 'notes', 'Notes must be 5000 characters or fewer'],
    ])('refuses %s, keeps the text and changes nothing', async (_case, change, field, message) => {
      const [, , third] = await stagesOf(people.open.id);
      const before = await snapshot(ctx.db);
      const response = await people.member.browser.form(
        url(people.open.id, third!.id),
        { status: 'in-progress', notes: 'Keep me', version: String(third!.version), ...change },
        url(people.open.id, third!.id),
      );
      expect(response.statusCode).toBe(422);
      expect(fieldError(response.body, field)).toBe(message);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('answers a stale version with 409, shows the saved stage, keeps the text, changes nothing', async () => {
      const [, , , fourth] = await stagesOf(people.open.id);
      const first = await people.owner.browser.form(
        url(people.open.id, fourth!.id),
        { status: 'on-hold', notes: 'First save', version: String(fourth!.version) },
        url(people.open.id, fourth!.id),
      );
      expect(first.statusCode).toBe(303);
      const before = await snapshot(ctx.db);
      const second = await people.member.browser.form(
        url(people.open.id, fourth!.id),
        { status: 'completed', notes: 'Second save, from an old page', version: String(fourth!.version) },
        url(people.open.id, fourth!.id),
      );
      expect(second.statusCode).toBe(409);
      expect(second.body).toContain('Someone else saved a change');
      expect(second.body).toContain('Second save, from an old page');
      expect(second.body).toContain('First save');
      expect(second.body).toContain(`name="version" value="${Number(fourth!.version) + 1}"`);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('refuses a post without a CSRF token', async () => {
      const [first] = await stagesOf(people.open.id);
      const before = await snapshot(ctx.db);
      const response = await postWithoutCsrf(people.owner.browser, url(people.open.id, first!.id), {
        status: 'on-hold',
        version: String(first!.version),
      });
      expect(response.statusCode).toBe(403);
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });

  describe('deliverables', () => {
    const base = async () => {
      const [, , , , fifth] = await stagesOf(people.open.id);
      return `/processes/${people.open.id}/stages/${fifth!.id}`;
    };

    it('sends a signed-out visitor to sign in, and hides the form from observers and outsiders', async () => {
      const response = await ctx.app.inject(`${await base()}/deliverables/new`);
      expect(response.statusCode).toBe(303);
      expect((await people.observer.browser.get(`${await base()}/deliverables/new`)).statusCode).toBe(404);
      expect((await people.outsider.browser.get(`${await base()}/deliverables/new`)).statusCode).toBe(404);
    });

    it('adds a deliverable with a link and one with a note, and removes one after confirming', async () => {
      const stageUrl = await base();
      const withLink = await people.member.browser.form(
        `${stageUrl}/deliverables`,
        { title: 'Terms of reference', url: 'https://example.org/tor.pdf' },
        `${stageUrl}/deliverables/new`,
      );
      expect(withLink.statusCode).toBe(303);
      const withNote = await people.member.browser.form(
        `${stageUrl}/deliverables`,
        { title: 'Budget note', note: 'Kept by the ministry of finance' },
        `${stageUrl}/deliverables/new`,
      );
      expect(withNote.statusCode).toBe(303);
      const page = await ctx.app.inject(stageUrl);
      expect(page.body).toContain('href="https://example.org/tor.pdf"');
      expect(page.body).toContain('rel="noopener noreferrer nofollow"');
      expect(page.body).toContain('Kept by the ministry of finance');
      const rows = await ctx.db.kysely
        .selectFrom('stage_deliverables')
        .selectAll()
        .orderBy('created_at')
        .execute();
      const tor = rows.find((r) => r.title === 'Terms of reference')!;
      expect(await auditActions(ctx.db, tor.id)).toEqual(['deliverable.create']);

      const confirm = await people.observer.browser.get(`${stageUrl}/deliverables/${tor.id}/remove`);
      expect(confirm.statusCode).toBe(404);
      const ask = await people.member.browser.get(`${stageUrl}/deliverables/${tor.id}/remove`);
      expect(ask.statusCode).toBe(200);
      expect(ask.body).toContain('Remove “Terms of reference”');
      const removed = await people.member.browser.form(
        `${stageUrl}/deliverables/${tor.id}/remove`,
        {},
        `${stageUrl}/deliverables/${tor.id}/remove`,
      );
      expect(removed.statusCode).toBe(303);
      expect(
        await ctx.db.kysely
          .selectFrom('stage_deliverables')
          .select('id')
          .where('id', '=', tor.id)
          .executeTakeFirst(),
      ).toBeUndefined();
      expect(await auditActions(ctx.db, tor.id)).toEqual(['deliverable.create', 'deliverable.delete']);
    });

    it.each([
      [
        'a javascript: link',
        { title: 'Bad', url: 'javascript:alert(1)' },
        'url',
        'Enter a web address that starts with http:// or https://',
      ],
      [
        'a data: link',
        { title: 'Bad', url: 'data:text/html,<b>x</b>' },
        'url',
        'Enter a web address that starts with http:// or https://',
      ],
      [
        'neither link nor note',
        { title: 'Empty' },
        'url',
        'Enter a link to the document, or a note about it',
      ],
      ['no title', { title: '', url: 'https://example.org' }, 'title', 'Enter title'],
      [
        'a title too long',
        { title: 'x'.repeat(201), url: 'https://example.org' },
        'title',
        'Title must be 200 characters or fewer',
      ],
    ])('refuses %s and changes nothing', async (_case, fields, field, message) => {
      const stageUrl = await base();
      const before = await snapshot(ctx.db);
      const response = await people.member.browser.form(
        `${stageUrl}/deliverables`,
        fields,
        `${stageUrl}/deliverables/new`,
      );
      expect(response.statusCode).toBe(422);
      expect(fieldError(response.body, field)).toBe(message);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('refuses an observer’s post with 404', async () => {
      const stageUrl = await base();
      const before = await snapshot(ctx.db);
      const token = /name="_csrf" value="([^"]+)"/.exec(
        (await people.observer.browser.get(stageUrl)).body,
      )![1]!;
      const response = await people.observer.browser.form(`${stageUrl}/deliverables`, {
        title: 'X',
        note: 'Y',
        _csrf: token,
      });
      expect(response.statusCode).toBe(404);
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });
});
