import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { type Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { addMembership, seedOrganisations, signedIn } from '../../../test/support/seed-organisations.ts';
import { translator } from '../../i18n/translator.ts';
import { loadProgrammeDemo } from './programme.demo.ts';

type Fields = [string, string][];

/** Posts a form with repeated fields (checkboxes), with the CSRF token read from `pageUrl`. */
async function post(browser: Browser, url: string, fields: Fields, pageUrl: string, csrf = true) {
  const token = csrf ? await browser.csrfToken(pageUrl) : null;
  const body = new URLSearchParams(token ? [['_csrf', token], ...fields] : fields).toString();
  return browser.app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': 'application/x-www-form-urlencoded',
    },
    payload: body,
  });
}

/** Every field of the programme form, as a browser sends it; `overrides` replace by name. */
function programmeFields(values: Record<string, string>, extra: Fields = []): Fields {
  const base: Record<string, string> = {
    title: 'Test programme',
    shortName: '',
    summary: '',
    status: 'active',
    'startDate.day': '',
    'startDate.month': '',
    'startDate.year': '',
    'endDate.day': '',
    'endDate.month': '',
    'endDate.year': '',
    budgetAmount: '',
    currency: '',
    leadOrganisation: 'UNDP',
    'participants.0.organisation': '',
    'participants.0.role': '',
    'outputs.0': '',
    'lessons.0.label': '',
    'lessons.0.text': '',
    'lessons.0.theme': '',
    ...values,
  };
  return [...Object.entries(base), ...extra];
}

describe.each(DIALECTS)('programmes on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let refs: Map<string, string>;
  let pilotId: string;
  let jmdiId: string;
  let users: Record<'admin' | 'plain' | 'undpEditor' | 'undpMember' | 'iomOwner', string>;

  const programmeCount = async () =>
    Number(
      (
        await ctx.db.kysely
          .selectFrom('programmes')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const pilotRow = () =>
    ctx.db.kysely.selectFrom('programmes').selectAll().where('id', '=', pilotId).executeTakeFirstOrThrow();
  const auditCount = async () =>
    Number(
      (
        await ctx.db.kysely
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('entity_type', '=', 'programme')
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** The pilot's edit form as its editor would send it unchanged. */
  const pilotFields = async (overrides: Record<string, string> = {}, extra: Fields = []) => {
    const row = await pilotRow();
    return programmeFields(
      {
        title: row.title,
        summary: row.summary ?? '',
        status: row.status,
        leadOrganisation: 'United Nations Development Programme (UNDP)',
        'participants.0.organisation': 'IOM',
        'participants.0.role': 'lead',
        version: String(row.version),
        ...overrides,
      },
      [['countries', 'BGD'], ['countries', 'JAM'], ['countries', 'MDA'], ['countries', 'TUN'], ...extra],
    );
  };

  beforeAll(async () => {
    ctx = await testApp(dialect);
    refs = await seedOrganisations(ctx.db);
    const admin = await buildUser(ctx.db, { role: 'admin' });
    const plain = await buildUser(ctx.db);
    const undpEditor = await buildUser(ctx.db);
    const undpMember = await buildUser(ctx.db);
    const iomOwner = await buildUser(ctx.db);
    await addMembership(ctx.db, refs.get('org:undp')!, undpEditor.id, 'editor');
    await addMembership(ctx.db, refs.get('org:undp')!, undpMember.id, 'member');
    await addMembership(ctx.db, refs.get('org:iom')!, iomOwner.id, 'owner');
    users = {
      admin: admin.id,
      plain: plain.id,
      undpEditor: undpEditor.id,
      undpMember: undpMember.id,
      iomOwner: iomOwner.id,
    };
    await loadProgrammeDemo({ db: ctx.db, refs, actorId: admin.id });
    pilotId = refs.get('programme:pilot')!;
    jmdiId = refs.get('programme:jmdi-2')!;
  });
  afterAll(() => ctx.close());

  it('shows the list, a programme page and the API to anonymous visitors', async () => {
    const list = await ctx.app.inject('/programmes');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Mainstreaming migration into national development strategies');
    expect(list.body).not.toContain('Add a programme');
    const page = await ctx.app.inject(`/programmes/${jmdiId}`);
    expect(page.statusCode).toBe(200);
    const en = translator('en');
    expect(page.body).toContain(en.money(950_000_000, 'USD'));
    expect(page.body).toContain(en.date('2012-12-01', 'long'));
    expect(page.body).toContain(`href="/organisations/${refs.get('org:ec')}"`);
    expect(page.body).toContain('Donors');
    expect(page.body).toContain('Implementing partners');
    expect(page.body).not.toContain('Edit programme');
    const pilot = await ctx.app.inject(`/programmes/${pilotId}`);
    expect(pilot.body).toContain('href="/countries/BGD"');
    expect(pilot.body).toContain('Coordinating body and mandate');
    const api = await ctx.app.inject('/api/v1/programmes');
    expect(api.statusCode).toBe(200);
    const { data, next } = api.json() as { data: { id: string; title: string }[]; next: string | null };
    expect(data).toHaveLength(3);
    expect(next).toBeNull();
    const one = (await ctx.app.inject(`/api/v1/programmes/${jmdiId}`)).json() as Record<string, unknown>;
    expect(one).toMatchObject({
      budget: { amountMinor: 950_000_000, currency: 'USD' },
      startDate: '2012-12-01',
      endDate: '2015-11-30',
      actions: { update: false },
    });
    expect(one.outputs).toHaveLength(3);
    const missing = await ctx.app.inject('/api/v1/programmes/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect((await ctx.app.inject('/programmes/nope')).statusCode).toBe(404);
  });

  it('pages the API with a cursor and filters by country and status', async () => {
    const first = (await ctx.app.inject('/api/v1/programmes?limit=2')).json() as {
      data: { id: string }[];
      next: string;
    };
    expect(first.data).toHaveLength(2);
    const second = (await ctx.app.inject(`/api/v1/programmes?limit=2&cursor=${first.next}`)).json() as {
      data: { id: string }[];
      next: null;
    };
    expect(second.data).toHaveLength(1);
    expect(second.next).toBeNull();
    const tunisia = (await ctx.app.inject('/api/v1/programmes?country=tun')).json() as {
      data: { id: string }[];
    };
    expect(tunisia.data.map((p) => p.id)).toEqual([pilotId]);
    const planned = (await ctx.app.inject('/api/v1/programmes?status=planned')).json() as { data: unknown[] };
    expect(planned.data).toHaveLength(1);
    expect((await ctx.app.inject('/api/v1/programmes?cursor=garbage')).statusCode).toBe(400);
    expect((await ctx.app.inject('/api/v1/programmes?limit=1000')).statusCode).toBe(422);
  });

  it('lists programmes on country pages, counts them on the home page, and speaks Arabic', async () => {
    const bangladesh = await ctx.app.inject('/countries/BGD');
    expect(bangladesh.body).toContain(`href="/programmes/${pilotId}"`);
    const sweden = await ctx.app.inject('/countries/SWE');
    expect(sweden.body).not.toContain('/programmes/');
    const home = await ctx.app.inject('/');
    expect(home.body).toContain('Programmes');
    const arabic = await ctx.app.inject({
      url: `/programmes/${pilotId}`,
      headers: { 'accept-language': 'ar' },
    });
    expect(arabic.body).toContain('dir="rtl"');
    expect(arabic.body).toContain('الدروس المستفادة');
    expect(arabic.body).toContain('بنغلاديش');
  });

  it('sends signed-out visitors to sign in, and refuses their posts', async () => {
    const form = await ctx.app.inject(`/programmes/${pilotId}/edit`);
    expect(form.statusCode).toBe(303);
    expect(form.headers.location).toContain('/sign-in');
    expect((await ctx.app.inject('/programmes/new')).statusCode).toBe(303);
    const before = await pilotRow();
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/programmes/${pilotId}/edit`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'title=Hacked',
    });
    expect([401, 403]).toContain(response.statusCode);
    expect(await pilotRow()).toEqual(before);
  });

  it('hides editing from users who are not editors of a lead organisation', async () => {
    for (const user of [users.plain, users.undpMember]) {
      const browser = await signedIn(ctx.app, ctx.db, user);
      expect((await browser.get(`/programmes/${pilotId}/edit`)).statusCode).toBe(404);
      expect((await browser.get('/programmes/new')).statusCode).toBe(404);
      expect((await browser.get(`/programmes/${pilotId}`)).body).not.toContain('Edit programme');
      const before = await pilotRow();
      const response = await post(
        browser,
        `/programmes/${pilotId}/edit`,
        await pilotFields({ title: 'Taken over' }),
        `/programmes/${pilotId}`,
      );
      expect(response.statusCode).toBe(404);
      expect(await pilotRow()).toEqual(before);
      const count = await programmeCount();
      const created = await post(browser, '/programmes', programmeFields({}), '/programmes');
      expect(created.statusCode).toBe(404);
      expect(await programmeCount()).toBe(count);
    }
    // An editor of UNDP may not edit the JMDI programme, which UNDP does not lead.
    const editor = await signedIn(ctx.app, ctx.db, users.undpEditor);
    expect((await editor.get(`/programmes/${jmdiId}/edit`)).statusCode).toBe(404);
  });

  it('lets an editor of the lead organisation, and the owner of a co-lead, edit with an audit row', async () => {
    const browser = await signedIn(ctx.app, ctx.db, users.undpEditor);
    const page = await browser.get(`/programmes/${pilotId}`);
    expect(page.body).toContain(`href="/programmes/${pilotId}/edit"`);
    const form = await browser.get(`/programmes/${pilotId}/edit`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="United Nations Development Programme (UNDP)"');
    expect(form.body).toContain('name="lessons.6.text"');
    const before = await pilotRow();
    const audits = await auditCount();
    const response = await post(
      browser,
      `/programmes/${pilotId}/edit`,
      await pilotFields({ shortName: 'GMG pilot', 'outputs.0': 'A first output' }),
      `/programmes/${pilotId}/edit`,
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/programmes/${pilotId}`);
    const after = await pilotRow();
    expect(after.short_name).toBe('GMG pilot');
    expect(after.version).toBe(before.version + 1);
    expect(await auditCount()).toBe(audits + 1);
    const api = (await ctx.app.inject(`/api/v1/programmes/${pilotId}`)).json() as {
      lessons: unknown[];
      outputs: { number: number; text: string }[];
      participants: { role: string; organisation: { acronym: string } }[];
      countries: { alpha3: string }[];
    };
    // The form sent no lesson rows: lessons are replaced by what the form holds.
    expect(api.outputs).toEqual([{ number: 1, text: 'A first output' }]);
    expect(api.participants.slice(0, 2).map((p) => [p.organisation.acronym, p.role])).toEqual([
      ['UNDP', 'lead'],
      ['IOM', 'lead'],
    ]);
    expect(api.countries.map((c) => c.alpha3)).toEqual(['BGD', 'JAM', 'MDA', 'TUN']);

    const owner = await signedIn(ctx.app, ctx.db, users.iomOwner);
    const second = await post(
      owner,
      `/programmes/${pilotId}/edit`,
      await pilotFields({ shortName: 'Pilot' }),
      `/programmes/${pilotId}/edit`,
    );
    expect(second.statusCode).toBe(303);
    expect((await pilotRow()).short_name).toBe('Pilot');
  });

  it('lets an admin create a programme with everything in it', async () => {
    const admin = await signedIn(ctx.app, ctx.db, users.admin);
    expect((await admin.get('/programmes')).body).toContain('Add a programme');
    const form = await admin.get('/programmes/new');
    expect(form.statusCode).toBe(200);
    expect((await admin.get(`/programmes/${jmdiId}/edit`)).statusCode).toBe(200);
    const response = await post(
      admin,
      '/programmes',
      programmeFields(
        {
          title: 'Migration and local development',
          status: 'planned',
          'startDate.month': '7',
          'startDate.year': '2013',
          'endDate.day': '30',
          'endDate.month': '6',
          'endDate.year': '2016',
          budgetAmount: '1,250,000.50',
          currency: 'eur',
          leadOrganisation: 'iom',
          'participants.0.organisation': 'European Commission',
          'participants.0.role': 'donor',
          'participants.1.organisation': '',
          'participants.1.role': 'partner',
          'participants.2.organisation': 'UN Women',
          'participants.2.role': 'implementing-partner',
          'outputs.0': 'First',
          'outputs.1': '',
          'outputs.2': 'Second',
          'lessons.0.label': 'a',
          'lessons.0.text': 'A lesson',
          'lessons.0.theme': 'synergies',
        },
        [['countries', 'JAM']],
      ),
      '/programmes/new',
    );
    expect(response.statusCode).toBe(303);
    const id = response.headers.location!.split('/').pop()!;
    const api = (await ctx.app.inject(`/api/v1/programmes/${id}`)).json() as Record<string, unknown>;
    expect(api).toMatchObject({
      startDate: '2013-07',
      endDate: '2016-06-30',
      budget: { amountMinor: 125_000_050, currency: 'EUR' },
      leadOrganisation: { acronym: 'IOM' },
      outputs: [
        { number: 1, text: 'First' },
        { number: 2, text: 'Second' },
      ],
      lessons: [{ label: 'a', text: 'A lesson', theme: 'synergies' }],
      countries: [{ alpha3: 'JAM' }],
    });
    expect((api.participants as unknown[]).length).toBe(3);
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'programme.create', actor_id: users.admin });
  });

  it('keeps a budget in the minor unit of its own currency (yen have none)', async () => {
    const admin = await signedIn(ctx.app, ctx.db, users.admin);
    const response = await post(
      admin,
      '/programmes',
      programmeFields({ title: 'A yen budget', budgetAmount: '1,000', currency: 'JPY' }),
      '/programmes/new',
    );
    expect(response.statusCode).toBe(303);
    const id = response.headers.location!.split('/').pop()!;
    const api = (await ctx.app.inject(`/api/v1/programmes/${id}`)).json() as Record<string, unknown>;
    expect(api.budget).toEqual({ amountMinor: 1000, currency: 'JPY' });
    const shown = translator('en').money(1000, 'JPY');
    expect(shown).toContain('1,000');
    expect(shown).not.toContain('100,000');
    expect((await ctx.app.inject(`/programmes/${id}`)).body).toContain(shown);
    expect((await admin.get(`/programmes/${id}/edit`)).body).toMatch(
      /name="budgetAmount" type="text" value="1000"/,
    );
  });

  it('does not let an editor give a new programme to an organisation they do not edit for', async () => {
    const browser = await signedIn(ctx.app, ctx.db, users.undpEditor);
    const count = await programmeCount();
    const response = await post(
      browser,
      '/programmes',
      programmeFields({ leadOrganisation: 'IOM' }),
      '/programmes/new',
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain(
      'Choose a lead organisation (or keep a co-lead) that you are an editor of',
    );
    expect(await programmeCount()).toBe(count);
  });

  const badInputs: [string, Record<string, string>, Fields, string, string][] = [
    ['an empty title', { title: '  ' }, [], 'title', 'Enter the title of the programme'],
    [
      'a title too long',
      { title: 'x'.repeat(201) },
      [],
      'title',
      'The title must be 200 characters or fewer',
    ],
    [
      'an end date before the start',
      { 'startDate.day': '1', 'startDate.month': '12', 'startDate.year': '2012', 'endDate.year': '2011' },
      [],
      'endDate',
      `Enter an end date after the start date, ${translator('en').date('2012-12-01', 'long')}`,
    ],
    [
      'a date that does not exist',
      { 'startDate.day': '30', 'startDate.month': '2', 'startDate.year': '2013' },
      [],
      'startDate',
      'The start date must be a real date',
    ],
    [
      'a negative budget',
      { budgetAmount: '-5', currency: 'USD' },
      [],
      'budgetAmount',
      'Enter a budget of 0 or more',
    ],
    [
      'a budget that is not a number',
      { budgetAmount: 'lots', currency: 'USD' },
      [],
      'budgetAmount',
      'Enter the budget as a number',
    ],
    [
      'yen with a decimal part',
      { budgetAmount: '1000.50', currency: 'JPY' },
      [],
      'budgetAmount',
      'Enter the budget as a number',
    ],
    [
      'an unknown currency',
      { budgetAmount: '100', currency: 'XYZ' },
      [],
      'currency',
      'three-letter ISO 4217 code',
    ],
    [
      'an amount without currency',
      { budgetAmount: '100' },
      [],
      'currency',
      'Enter the currency of the budget',
    ],
    [
      'an unknown organisation',
      { leadOrganisation: 'Nowhere Agency' },
      [],
      'leadOrganisation',
      'No organisation called “Nowhere Agency”',
    ],
    [
      'an unknown organisation id',
      { 'participants.1.organisation': 'zzzzzzzzzzzzzzzz', 'participants.1.role': 'donor' },
      [],
      'participants.1.organisation',
      'No organisation called “zzzzzzzzzzzzzzzz”',
    ],
    [
      'a participant without a role',
      { 'participants.1.organisation': 'ILO' },
      [],
      'participants.1.role',
      'Choose the role of organisation 2',
    ],
    ['an unknown country', {}, [['countries', 'XXX']], 'countries', 'These codes are not countries: XXX'],
    [
      'a malformed country',
      {},
      [['countries', '<script>']],
      'countries',
      'Choose the countries from the list',
    ],
    ['a lesson without text', { 'lessons.0.label': 'h' }, [], 'lessons.0.text', 'Enter the text of lesson 1'],
    ['an unknown status', { status: 'cancelled' }, [], 'status', 'Choose the status of the programme'],
  ];

  it.each(badInputs)(
    'refuses %s with a message beside the field, changing nothing',
    async (_name, overrides, extra, field, message) => {
      const browser = await signedIn(ctx.app, ctx.db, users.undpEditor);
      const before = await pilotRow();
      const audits = await auditCount();
      const response = await post(
        browser,
        `/programmes/${pilotId}/edit`,
        await pilotFields(overrides, extra),
        `/programmes/${pilotId}/edit`,
      );
      expect(response.statusCode).toBe(422);
      expect(response.body).toContain('There is a problem');
      expect(response.body).toContain(`href="#${field}"`);
      expect(response.body).toContain(`id="${field}-error"`);
      expect(response.body).toContain(message.replaceAll('“', '“'));
      // The user's text is kept.
      expect(response.body).toContain('value="IOM"');
      if (overrides.title?.trim()) expect(response.body).toContain(`value="${overrides.title}"`);
      expect(await pilotRow()).toEqual(before);
      expect(await auditCount()).toBe(audits);
    },
  );

  it('shows every problem at once, those the database finds with those of the form', async () => {
    const browser = await signedIn(ctx.app, ctx.db, users.undpEditor);
    const before = await pilotRow();
    const response = await post(
      browser,
      `/programmes/${pilotId}/edit`,
      await pilotFields({
        currency: 'XYZ',
        budgetAmount: '5',
        'startDate.year': '2013',
        'endDate.year': '2012',
        'participants.1.organisation': 'Nowhere',
        'participants.1.role': 'partner',
      }),
      `/programmes/${pilotId}/edit`,
    );
    expect(response.statusCode).toBe(422);
    for (const field of ['currency', 'endDate', 'participants.1.organisation'])
      expect(response.body).toContain(`href="#${field}"`);
    expect(await pilotRow()).toEqual(before);
  });

  it('refuses a post without a CSRF token', async () => {
    const browser = await signedIn(ctx.app, ctx.db, users.undpEditor);
    const before = await pilotRow();
    const response = await post(
      browser,
      `/programmes/${pilotId}/edit`,
      await pilotFields({ title: 'No token' }),
      '',
      false,
    );
    expect(response.statusCode).toBe(403);
    expect(await pilotRow()).toEqual(before);
  });

  it('answers a save over someone else’s newer version with a conflict, keeping the text', async () => {
    const browser = await signedIn(ctx.app, ctx.db, users.undpEditor);
    const before = await pilotRow();
    const stale = await pilotFields({ title: 'My stale edit', version: String(before.version - 1) });
    const response = await post(browser, `/programmes/${pilotId}/edit`, stale, `/programmes/${pilotId}/edit`);
    expect(response.statusCode).toBe(409);
    expect(response.body).toContain('Someone else saved a change to this record');
    expect(response.body).toContain('value="My stale edit"');
    expect(response.body).toContain(`name="version" value="${before.version}"`);
    expect(await pilotRow()).toEqual(before);
  });
});
