import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { type Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { addMembership, seedOrganisations, signedIn } from '../../../test/support/seed-organisations.ts';
import { loadProgrammeDemo } from '../programmes/programme.demo.ts';
import { loadEventDemo } from './event.demo.ts';

type Fields = Record<string, string>;

/** Posts a form as a browser would, with the CSRF token read from `pageUrl` unless `csrf` is false. */
async function post(browser: Browser, url: string, fields: Fields, pageUrl: string, csrf = true) {
  return csrf ? browser.form(url, fields, pageUrl) : browser.form(url, { _csrf: '', ...fields });
}

/** The competition's edit form as the JMDI editor would send it unchanged, with `overrides`. */
function competitionFields(version: number, overrides: Fields = {}): Fields {
  return {
    title: 'JMDI photo and video competition',
    kind: 'competition',
    'startDate.day': '',
    'startDate.month': '',
    'startDate.year': '2012',
    'endDate.day': '',
    'endDate.month': '',
    'endDate.year': '',
    city: '',
    country: 'MUS',
    summary: 'A competition.',
    participantsCount: '',
    'organisers.0.organisation': 'JMDI',
    'organisers.0.role': 'organiser',
    'items.0.type': '',
    'items.0.text': '',
    programmeId: '',
    parentEventId: '',
    photoSubmissions: '41',
    videoSubmissions: '15',
    version: String(version),
    ...overrides,
  };
}

describe.each(DIALECTS)('events on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let refs: Map<string, string>;
  let competitionId: string;
  let users: Record<'admin' | 'plain' | 'jmdiEditor' | 'undpEditor' | 'jmdiMember', string>;

  const competition = () =>
    ctx.db.kysely.selectFrom('events').selectAll().where('id', '=', competitionId).executeTakeFirstOrThrow();
  const counts = async (): Promise<[number, number]> => {
    const events = await ctx.db.kysely
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('entity_type', '=', 'event')
      .executeTakeFirstOrThrow();
    return [Number(events.n), Number(audit.n)];
  };

  beforeAll(async () => {
    ctx = await testApp(dialect);
    refs = await seedOrganisations(ctx.db);
    const admin = await buildUser(ctx.db, { role: 'admin' });
    const plain = await buildUser(ctx.db);
    const jmdiEditor = await buildUser(ctx.db);
    const undpEditor = await buildUser(ctx.db);
    const jmdiMember = await buildUser(ctx.db);
    await addMembership(ctx.db, refs.get('org:jmdi')!, jmdiEditor.id, 'editor');
    await addMembership(ctx.db, refs.get('org:undp')!, undpEditor.id, 'owner');
    await addMembership(ctx.db, refs.get('org:jmdi')!, jmdiMember.id, 'member');
    users = {
      admin: admin.id,
      plain: plain.id,
      jmdiEditor: jmdiEditor.id,
      undpEditor: undpEditor.id,
      jmdiMember: jmdiMember.id,
    };
    const context = { db: ctx.db, refs, actorId: admin.id };
    await loadProgrammeDemo(context);
    await loadEventDemo(context);
    competitionId = refs.get('event:jmdi-competition')!;
  });
  afterAll(() => ctx.close());

  it('shows past and upcoming events, an event page and the API to anonymous visitors', async () => {
    const list = await ctx.app.inject('/events');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Upcoming events');
    expect(list.body).toContain('No upcoming events have been published');
    expect(list.body).toContain('JMDI photo and video competition');
    expect(list.body).not.toContain('Add an event');
    const page = await ctx.app.inject(`/events/${refs.get('event:gfmd-2012-rt2')}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sessions and parts of this event');
    expect(page.body).toContain(`href="/events/${refs.get('event:gfmd-2012-rt2-1')}"`);
    const session = await ctx.app.inject(`/events/${refs.get('event:gfmd-2012-rt2-1')}`);
    expect(session.body).toContain(`href="/programmes/${refs.get('programme:pilot')}"`);
    expect(session.body).toContain(`href="/organisations/${refs.get('org:undp')}"`);
    const api = (await ctx.app.inject('/api/v1/events')).json() as {
      data: { startDate: string }[];
      next: null;
    };
    expect(api.data).toHaveLength(8);
    expect(api.next).toBeNull();
    const missing = await ctx.app.inject('/api/v1/events/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect((await ctx.app.inject('/events/nope')).statusCode).toBe(404);
  });

  it('pages and filters the API', async () => {
    const first = (await ctx.app.inject('/api/v1/events?limit=5')).json() as {
      data: { id: string }[];
      next: string;
    };
    const second = (await ctx.app.inject(`/api/v1/events?limit=5&cursor=${first.next}`)).json() as {
      data: { id: string }[];
      next: string | null;
    };
    expect(first.data).toHaveLength(5);
    expect(second.data).toHaveLength(3);
    expect(second.next).toBeNull();
    expect(new Set([...first.data, ...second.data].map((e) => e.id)).size).toBe(8);
    const roundtables = (await ctx.app.inject('/api/v1/events?kind=roundtable')).json() as {
      data: unknown[];
    };
    expect(roundtables.data).toHaveLength(3);
    const mauritius = (await ctx.app.inject('/api/v1/events?country=mus')).json() as { data: unknown[] };
    expect(mauritius.data).toHaveLength(5);
    const upcoming = (await ctx.app.inject('/api/v1/events?when=upcoming')).json() as { data: unknown[] };
    expect(upcoming.data).toHaveLength(0);
    expect((await ctx.app.inject('/api/v1/events?kind=party')).statusCode).toBe(422);
    expect((await ctx.app.inject('/api/v1/events?cursor=%%%')).statusCode).toBe(400);
  });

  it('lists events on the country page where they were held, in the reader’s language', async () => {
    const mauritius = await ctx.app.inject({ url: '/countries/MUS', headers: { 'accept-language': 'fr' } });
    expect(mauritius.body).toContain('Événements tenus dans ce pays');
    expect(mauritius.body).toContain(`href="/events/${competitionId}"`);
    expect(mauritius.body).toContain('Concours');
    const sweden = await ctx.app.inject('/countries/SWE');
    expect(sweden.body).not.toContain('/events/');
    const arabic = await ctx.app.inject({
      url: `/events/${refs.get('event:gfmd-rt2-workshop')}`,
      headers: { 'accept-language': 'ar' },
    });
    expect(arabic.body).toContain('dir="rtl"');
    expect(arabic.body).toContain('نحو 80 مشاركًا');
  });

  it('sends signed-out visitors to sign in, and refuses their posts', async () => {
    const form = await ctx.app.inject(`/events/${competitionId}/edit`);
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toContain('/sign-in');
    const before = await competition();
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/events',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'title=Party',
    });
    expect([401, 403]).toContain(response.statusCode);
    expect(await competition()).toEqual(before);
  });

  it('hides editing from users who do not edit for an organiser', async () => {
    for (const user of [users.plain, users.jmdiMember, users.undpEditor]) {
      const browser = await signedIn(ctx.app, ctx.db, user);
      expect((await browser.get(`/events/${competitionId}/edit`)).statusCode).toBe(404);
      expect((await browser.get(`/events/${competitionId}`)).body).not.toContain('Edit event');
      const before = await competition();
      const response = await post(
        browser,
        `/events/${competitionId}/edit`,
        competitionFields(before.version, { title: 'Mine now' }),
        `/events/${competitionId}`,
      );
      expect(response.statusCode).toBe(404);
      expect(await competition()).toEqual(before);
    }
    const plain = await signedIn(ctx.app, ctx.db, users.plain);
    expect((await plain.get('/events/new')).statusCode).toBe(404);
    const [events] = await counts();
    expect((await post(plain, '/events', competitionFields(1, { title: 'New' }), '/events')).statusCode).toBe(
      404,
    );
    expect((await counts())[0]).toBe(events);
  });

  it('lets an editor of an organiser edit the event, with an audit row', async () => {
    const browser = await signedIn(ctx.app, ctx.db, users.jmdiEditor);
    expect((await browser.get(`/events/${competitionId}`)).body).toContain('Edit event');
    const form = await browser.get(`/events/${competitionId}/edit`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="EC-UN Joint Migration and Development Initiative (JMDI)"');
    expect(form.body).toContain('name="photoSubmissions" type="text" value="41"');
    const before = await competition();
    const [, audits] = await counts();
    const response = await post(
      browser,
      `/events/${competitionId}/edit`,
      competitionFields(before.version, {
        city: 'Port Louis',
        'items.0.type': 'outcome',
        'items.0.text': 'An exhibition at the GFMD venue',
        parentEventId: refs.get('event:gfmd-2012')!,
      }),
      `/events/${competitionId}/edit`,
    );
    expect(response.statusCode).toBe(303);
    const after = await competition();
    expect(after.city).toBe('Port Louis');
    expect(after.version).toBe(before.version + 1);
    expect((await counts())[1]).toBe(audits + 1);
    const page = await browser.get(`/events/${competitionId}`);
    expect(page.body).toContain('Port Louis');
    expect(page.body).toContain('Outcomes');
    // The UNDP owner edits the session UNDP contributed to.
    const undp = await signedIn(ctx.app, ctx.db, users.undpEditor);
    expect((await undp.get(`/events/${refs.get('event:gfmd-2012-rt2-1')}/edit`)).statusCode).toBe(200);
  });

  it('lets an admin add an upcoming event, shown first', async () => {
    const admin = await signedIn(ctx.app, ctx.db, users.admin);
    expect((await admin.get('/events')).body).toContain('Add an event');
    expect((await admin.get('/events/new')).statusCode).toBe(200);
    const response = await post(
      admin,
      '/events',
      {
        title: 'Workshop on mainstreaming in 2099',
        kind: 'workshop',
        'startDate.day': '3',
        'startDate.month': '3',
        'startDate.year': '2099',
        'endDate.day': '4',
        'endDate.month': '3',
        'endDate.year': '2099',
        city: 'Chisinau',
        country: 'MDA',
        summary: '',
        participantsCount: '1,200',
        participantsApproximate: 'yes',
        'organisers.0.organisation': 'undp',
        'organisers.0.role': 'organiser',
        'items.0.type': 'recommendation',
        'items.0.text': 'Share lessons',
        programmeId: refs.get('programme:pilot-phase-2')!,
        parentEventId: '',
        photoSubmissions: '',
        videoSubmissions: '',
      },
      '/events/new',
    );
    expect(response.statusCode).toBe(303);
    const id = response.headers.location!.split('/').pop()!;
    const api = (await ctx.app.inject(`/api/v1/events/${id}`)).json() as Record<string, unknown>;
    expect(api).toMatchObject({
      startDate: '2099-03-03',
      endDate: '2099-03-04',
      participants: { count: 1200, approximate: true },
      location: { city: 'Chisinau', country: { alpha3: 'MDA' } },
      items: [{ type: 'recommendation', text: 'Share lessons' }],
      submissions: null,
    });
    const list = await ctx.app.inject('/events');
    expect(list.body).not.toContain('No upcoming events have been published');
    expect(list.body.indexOf('Workshop on mainstreaming in 2099')).toBeLessThan(
      list.body.indexOf('Past events'),
    );
  });

  const badInputs: [string, Fields, string, string][] = [
    ['no title', { title: '' }, 'title', 'Enter the title of the event'],
    ['a title too long', { title: 'x'.repeat(251) }, 'title', 'The title must be 250 characters or fewer'],
    ['no start date', { 'startDate.year': '' }, 'startDate', 'Enter the start date, or at least its year'],
    [
      'an end before the start',
      { 'startDate.day': '12', 'startDate.month': '6', 'startDate.year': '2013', 'endDate.year': '2012' },
      'endDate',
      'Enter an end date on or after the start date',
    ],
    ['an unknown country', { country: 'XXX' }, 'country', 'Choose the country from the list'],
    [
      'an unknown organiser',
      { 'organisers.0.organisation': 'Acme' },
      'organisers.0.organisation',
      'No organisation called “Acme”',
    ],
    [
      'a negative count',
      { photoSubmissions: '-3' },
      'photoSubmissions',
      'Enter the number of photos as a whole number',
    ],
    [
      'entries for a workshop',
      { kind: 'workshop' },
      'photoSubmissions',
      'Entries are counted for competitions only',
    ],
    [
      'an unknown programme',
      { programmeId: 'nope' },
      'programmeId',
      'Choose the related programme from the list',
    ],
    ['an unknown parent', { parentEventId: 'nope' }, 'parentEventId', 'Choose the event this one is part of'],
    [
      '"about" without a number',
      { participantsApproximate: 'yes' },
      'participantsCount',
      'Enter the approximate number',
    ],
    ['an item without a type', { 'items.0.text': 'Something' }, 'items.0.type', 'Choose the type of item 1'],
    [
      'no organisation of the editor among the organisers',
      { 'organisers.0.organisation': 'UNDP' },
      'organisers.0.organisation',
      'Add an organisation you are an editor of as an organiser',
    ],
  ];

  it.each(badInputs)(
    'refuses %s with a message beside the field, changing nothing',
    async (_name, overrides, field, message) => {
      const browser = await signedIn(ctx.app, ctx.db, users.jmdiEditor);
      const before = await competition();
      const countsBefore = await counts();
      const response = await post(
        browser,
        `/events/${competitionId}/edit`,
        competitionFields(before.version, overrides),
        `/events/${competitionId}/edit`,
      );
      expect(response.statusCode).toBe(422);
      expect(response.body).toContain('There is a problem');
      expect(response.body).toContain(`href="#${field}"`);
      expect(response.body).toContain(`id="${field}-error"`);
      expect(response.body).toContain(message);
      expect(await competition()).toEqual(before);
      expect(await counts()).toEqual(countsBefore);
    },
  );

  it('refuses to make an event part of one of its own parts', async () => {
    const admin = await signedIn(ctx.app, ctx.db, users.admin);
    const summitId = refs.get('event:gfmd-2012')!;
    const summit = await ctx.db.kysely
      .selectFrom('events')
      .selectAll()
      .where('id', '=', summitId)
      .executeTakeFirstOrThrow();
    const response = await post(
      admin,
      `/events/${summitId}/edit`,
      {
        ...competitionFields(summit.version, {
          title: summit.title,
          kind: 'other',
          photoSubmissions: '',
          videoSubmissions: '',
          'organisers.0.organisation': 'Government of Mauritius',
          'organisers.0.role': 'chair',
        }),
        parentEventId: refs.get('event:gfmd-2012-rt2-1')!,
      },
      `/events/${summitId}/edit`,
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('cannot be part of itself or of one of its own parts');
    expect(
      (
        await ctx.db.kysely
          .selectFrom('events')
          .selectAll()
          .where('id', '=', summitId)
          .executeTakeFirstOrThrow()
      ).parent_event_id,
    ).toBeNull();
  });

  it('refuses a post without a CSRF token', async () => {
    const browser = await signedIn(ctx.app, ctx.db, users.jmdiEditor);
    const before = await competition();
    const response = await post(
      browser,
      `/events/${competitionId}/edit`,
      competitionFields(before.version, { title: 'X' }),
      '',
      false,
    );
    expect(response.statusCode).toBe(403);
    expect(await competition()).toEqual(before);
  });

  it('answers a save over a newer version with a conflict, keeping the text', async () => {
    const browser = await signedIn(ctx.app, ctx.db, users.jmdiEditor);
    const before = await competition();
    const response = await post(
      browser,
      `/events/${competitionId}/edit`,
      competitionFields(before.version - 1, { title: 'My stale title' }),
      `/events/${competitionId}/edit`,
    );
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Someone else saved a change to this record');
    expect(response.body).toContain('value="My stale title"');
    expect(response.body).toContain(`name="version" value="${before.version}"`);
    expect(await competition()).toEqual(before);
  });
});
