import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation, buildProcess } from '../../../test/support/factories.ts';
import { Browser, testApp } from '../../../test/support/http.ts';
import { newId, now } from '../../db/ids.ts';
import {
  auditActions,
  fieldError,
  postForm,
  postWithoutCsrf,
  sessionFor,
  snapshot,
} from './process.test-helpers.ts';

describe.each(DIALECTS)('process list, creation, workspace and settings on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let people: Awaited<ReturnType<typeof setUp>>;

  async function setUp() {
    const owner = await sessionFor(ctx.app, ctx.db, { name: 'Olga Owner' });
    const member = await sessionFor(ctx.app, ctx.db, { name: 'Mihai Member' });
    const observer = await sessionFor(ctx.app, ctx.db, { name: 'Oana Observer' });
    const outsider = await sessionFor(ctx.app, ctx.db, { name: 'Otto Outsider' });
    const admin = await sessionFor(ctx.app, ctx.db, { name: 'Ada Admin', role: 'admin' });
    const team = [
      { userId: owner.user.id, role: 'owner' as const },
      { userId: member.user.id, role: 'member' as const },
      { userId: observer.user.id, role: 'observer' as const },
    ];
    const open = await buildProcess(ctx.db, { title: 'Open Moldova process', country_alpha3: 'MDA' }, team);
    const closed = await buildProcess(
      ctx.db,
      { title: 'Secret Tunisia process', country_alpha3: 'TUN', visibility: 'private' },
      team,
    );
    await ctx.db.kysely
      .insertInto('taggings')
      .values({ entity_type: 'process', entity_id: open.id, term_id: 'sdg:10.7' })
      .execute();
    return {
      owner,
      member,
      observer,
      outsider,
      admin,
      anonymous: { browser: new Browser(ctx.app) },
      open,
      closed,
    };
  }

  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
    people = await setUp();
  });
  afterAll(() => ctx.close());

  describe('GET /processes', () => {
    it('shows public processes to a signed-out visitor, never private ones', async () => {
      const response = await ctx.app.inject('/processes');
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Open Moldova process');
      expect(response.body).not.toContain('Secret Tunisia process');
      expect(response.body).not.toContain('href="/processes/new"');
    });

    it.each([
      ['outsider', false],
      ['observer', true],
      ['member', true],
      ['owner', true],
      ['admin', true],
    ] as const)('as %s, lists the private process: %s', async (who, sees) => {
      const response = await people[who].browser.get('/processes');
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Open Moldova process');
      expect(response.body.includes('Secret Tunisia process')).toBe(sees);
      expect(response.body).toContain('href="/processes/new"');
    });

    it('filters by country, level and tag (an SDG matches its targets)', async () => {
      const byCountry = await people.owner.browser.get('/processes?country=tun');
      expect(byCountry.body).toContain('Secret Tunisia process');
      expect(byCountry.body).not.toContain('Open Moldova process');
      const local = await people.owner.browser.get('/processes?level=local');
      expect(local.body).not.toContain('Open Moldova process');
      const national = await people.owner.browser.get('/processes?level=national');
      expect(national.body).toContain('Open Moldova process');
      for (const tag of ['sdg:10.7', 'sdg:10']) {
        const tagged = await people.owner.browser.get(`/processes?tag=${encodeURIComponent(tag)}`);
        expect(tagged.body).toContain('Open Moldova process');
        expect(tagged.body).not.toContain('Secret Tunisia process');
      }
      const unknown = await people.owner.browser.get('/processes?tag=sdg%3A99&country=x&page=-3');
      expect(unknown.statusCode).toBe(200);
      expect(unknown.body).toContain('0 processes');
    });

    it('pages through many processes', async () => {
      const fresh = await testApp(dialect);
      try {
        for (let i = 0; i < 23; i++)
          await buildProcess(fresh.db, { title: `Process ${String(i).padStart(2, '0')}` });
        const first = await fresh.app.inject('/processes');
        expect(first.body).toContain('Process 00');
        expect(first.body).not.toContain('Process 20');
        expect(first.body).toContain('rel="next"');
        const second = await fresh.app.inject('/processes?page=2');
        expect(second.body).toContain('Process 22');
        expect(second.body).not.toContain('Process 00');
      } finally {
        await fresh.close();
      }
    });
  });

  describe('GET and POST /processes/new', () => {
    it('sends a signed-out visitor to sign in, and refuses their post with 401', async () => {
      const page = await ctx.app.inject('/processes/new');
      expect(page.statusCode).toBe(303);
      expect(page.headers.location).toContain('/sign-in?next=%2Fprocesses%2Fnew');
      const before = await snapshot(ctx.db);
      const post = await new Browser(ctx.app).form('/processes', { title: 'x' }, '/sign-in');
      expect(post.statusCode).toBe(401);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('creates a process with its six stages, tags and the creator as owner, audited', async () => {
      const { browser, user } = await sessionFor(ctx.app, ctx.db);
      const lead = await buildOrganisation(ctx.db, {
        name: 'State Chancellery',
        type: 'national-government',
        country_alpha3: 'MDA',
      });
      const form = await browser.get('/processes/new');
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('State Chancellery');
      expect(form.body).toContain('SDG target 10.7');
      const response = await postForm(
        browser,
        '/processes',
        [
          ['title', 'Mainstreaming migration in Moldova'],
          ['countryAlpha3', 'MDA'],
          ['planName', 'National Development Strategy'],
          ['periodStart', '2013-01-01'],
          ['periodEnd', '2020-12-31'],
          ['leadOrganisationId', lead.id],
          ['visibility', 'private'],
          ['summary', 'Line one\nLine two'],
          ['tags', 'sdg:10.7'],
          ['tags', 'gcm:19'],
          ['tags', 'theme:data'],
        ],
        '/processes/new',
      );
      expect(response.statusCode).toBe(303);
      const id = /^\/processes\/([a-z0-9]+)$/.exec(response.headers.location as string)?.[1];
      expect(id).toBeDefined();
      const row = await ctx.db.kysely
        .selectFrom('processes')
        .selectAll()
        .where('id', '=', id!)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        title: 'Mainstreaming migration in Moldova',
        country_alpha3: 'MDA',
        area_id: null,
        period_start: '2013-01-01',
        period_end: '2020-12-31',
        lead_organisation_id: lead.id,
        visibility: 'private',
        created_by: user.id,
      });
      const members = await ctx.db.kysely
        .selectFrom('process_members')
        .selectAll()
        .where('process_id', '=', id!)
        .execute();
      expect(members).toMatchObject([{ user_id: user.id, role: 'owner' }]);
      const stages = await ctx.db.kysely
        .selectFrom('process_stages')
        .select(['kind', 'status'])
        .where('process_id', '=', id!)
        .orderBy('position')
        .execute();
      expect(stages.map((s) => s.kind)).toEqual([
        'preparation',
        'evidence',
        'consultation',
        'formulation',
        'implementation',
        'monitoring',
      ]);
      expect(stages.every((s) => s.status === 'not-started')).toBe(true);
      const tags = await ctx.db.kysely
        .selectFrom('taggings')
        .select('term_id')
        .where('entity_id', '=', id!)
        .execute();
      expect(tags.map((t) => t.term_id).sort()).toEqual(['gcm:19', 'sdg:10.7', 'theme:data']);
      expect(await auditActions(ctx.db, id!)).toEqual(['process.create']);

      const page = await browser.get(`/processes/${id}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Process created');
      expect(page.body).toContain('Where the process stands');
      expect(page.body).toContain('Preparation and institutional set-up');
      expect(page.body).toContain('State Chancellery');
      expect(page.body).toContain('GCM objective 19');
      expect(page.body).toContain(`href="/processes/${id}/settings"`);
    });

    it('creates a local process in a new area inside an existing one, and reuses an existing area', async () => {
      const { browser } = await sessionFor(ctx.app, ctx.db);
      const province = {
        id: newId(),
        country_alpha3: 'BGD',
        parent_id: null,
        name: 'Dhaka Division',
        level: 'province' as const,
        created_at: now(),
      };
      await ctx.db.kysely.insertInto('areas').values(province).execute();
      const response = await browser.form(
        '/processes',
        {
          title: 'Dhaka city process',
          countryAlpha3: 'BGD',
          planName: 'City development plan',
          newAreaName: 'Dhaka',
          newAreaLevel: 'city',
          newAreaParentId: province.id,
          visibility: 'public',
        },
        '/processes/new',
      );
      expect(response.statusCode).toBe(303);
      const city = await ctx.db.kysely
        .selectFrom('areas')
        .selectAll()
        .where('name', '=', 'Dhaka')
        .executeTakeFirstOrThrow();
      expect(city).toMatchObject({ country_alpha3: 'BGD', parent_id: province.id, level: 'city' });
      expect(await auditActions(ctx.db, city.id)).toEqual(['area.create']);
      const again = await browser.form(
        '/processes',
        {
          title: 'Second Dhaka process',
          countryAlpha3: 'BGD',
          planName: 'Plan',
          areaId: city.id,
          visibility: 'public',
        },
        '/processes/new',
      );
      expect(again.statusCode).toBe(303);
      const listed = await ctx.app.inject('/processes?level=local&country=BGD');
      expect(listed.body).toContain('Dhaka (city or municipality), Bangladesh');
      expect(listed.body).toContain('Second Dhaka process');
    });

    const valid = { title: 'T', countryAlpha3: 'MDA', planName: 'P', visibility: 'public' };
    it.each([
      ['an empty title', { title: '' }, 'title', 'Enter title'],
      ['a title too long', { title: 'x'.repeat(201) }, 'title', 'Title must be 200 characters or fewer'],
      ['no country', { countryAlpha3: '' }, 'countryAlpha3', 'Select the country of the process'],
      ['an unknown country', { countryAlpha3: 'XYZ' }, 'countryAlpha3', 'Select a country from the list'],
      [
        'dates out of order',
        { periodStart: '2020-01-01', periodEnd: '2019-12-31' },
        'periodEnd',
        'Enter an end date after the start date',
      ],
      [
        'the same start and end',
        { periodStart: '2020-01-01', periodEnd: '2020-01-01' },
        'periodEnd',
        'Enter an end date after the start date',
      ],
      [
        'a date that does not exist',
        { periodStart: '2021-02-30' },
        'periodStart',
        'Enter a real date, like 2013-07-01',
      ],
      ['an unknown area', { areaId: 'nosucharea' }, 'areaId', 'Choose an area from the list'],
      [
        'a new area without a kind',
        { newAreaName: 'Somewhere' },
        'newAreaLevel',
        'Select the kind of the new area',
      ],
      [
        'an unknown lead organisation',
        { leadOrganisationId: 'nosuchorg' },
        'leadOrganisationId',
        'Choose an organisation from the list',
      ],
      ['a wrong visibility', { visibility: 'secret' }, 'visibility', 'Select who can see the process'],
      [
        'a summary too long',
        { summary: 'x'.repeat(5001) },
        'summary',
        'Summary must be 5000 characters or fewer',
      ],
    ])('refuses %s with a clear message and changes nothing', async (_case, change, field, message) => {
      const { browser } = people.owner;
      const before = await snapshot(ctx.db);
      const response = await browser.form('/processes', { ...valid, ...change }, '/processes/new');
      expect(response.statusCode).toBe(422);
      expect(fieldError(response.body, field)).toBe(message);
      expect(response.body).toContain('There is a problem');
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('names every problem at once, the order of the dates included, in the order of the form', async () => {
      const before = await snapshot(ctx.db);
      const response = await people.owner.browser.form(
        '/processes',
        { title: '', countryAlpha3: '', planName: '', periodStart: '2030-01-01', periodEnd: '2026-12-31' },
        '/processes/new',
      );
      expect(response.statusCode).toBe(422);
      expect(fieldError(response.body, 'periodEnd')).toBe('Enter an end date after the start date');
      const summary = [...response.body.matchAll(/<li><a href="#([A-Za-z0-9]+)">/g)].map((m) => m[1]);
      expect(summary).toEqual(['title', 'countryAlpha3', 'planName', 'periodEnd']);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('refuses an area of another country, an unknown tag, and both an area and a new one', async () => {
      const area = {
        id: newId(),
        country_alpha3: 'JAM',
        parent_id: null,
        name: 'Kingston',
        level: 'city' as const,
        created_at: now(),
      };
      await ctx.db.kysely.insertInto('areas').values(area).execute();
      const before = await snapshot(ctx.db);
      const other = await people.owner.browser.form(
        '/processes',
        { ...valid, areaId: area.id },
        '/processes/new',
      );
      expect(other.statusCode).toBe(422);
      expect(fieldError(other.body, 'areaId')).toBe('Choose an area in the country of the process');
      const parent = await people.owner.browser.form(
        '/processes',
        { ...valid, newAreaName: 'Bălți', newAreaLevel: 'city', newAreaParentId: area.id },
        '/processes/new',
      );
      expect(fieldError(parent.body, 'newAreaParentId')).toBe('Choose an area in the country of the process');
      const both = await people.owner.browser.form(
        '/processes',
        { ...valid, areaId: area.id, newAreaName: 'X', newAreaLevel: 'city' },
        '/processes/new',
      );
      expect(fieldError(both.body, 'areaId')).toBe('Choose an existing area or add a new one, not both');
      const tag = await postForm(
        people.owner.browser,
        '/processes',
        [...Object.entries(valid), ['tags', 'sdg:99']],
        '/processes/new',
      );
      expect(tag.statusCode).toBe(422);
      expect(tag.body).toContain('Choose tags from the list');
      expect(tag.body).toContain('value="T"');
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('refuses a post without a CSRF token', async () => {
      const before = await snapshot(ctx.db);
      const response = await postWithoutCsrf(people.owner.browser, '/processes', valid);
      expect(response.statusCode).toBe(403);
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });

  describe('GET /processes/:id (the workspace overview)', () => {
    it('shows a public process to a signed-out visitor, without management tabs', async () => {
      const response = await ctx.app.inject(`/processes/${people.open.id}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('Open Moldova process');
      expect(response.body).toContain('class="stage-timeline"');
      expect(response.body).toContain('Current stage: Preparation and institutional set-up');
      expect(response.body).not.toContain('/members"');
      expect(response.body).not.toContain('/settings"');
    });

    it('answers 404 for a private process to a signed-out visitor, and for an unknown id', async () => {
      expect((await ctx.app.inject(`/processes/${people.closed.id}`)).statusCode).toBe(404);
      expect((await ctx.app.inject('/processes/nosuchprocess')).statusCode).toBe(404);
      expect((await ctx.app.inject('/processes/NOT-AN-ID!')).statusCode).toBe(404);
    });

    it.each([
      ['outsider', 200, 404, false],
      ['observer', 200, 200, false],
      ['member', 200, 200, false],
      ['owner', 200, 200, true],
      ['admin', 200, 200, true],
    ] as const)('as %s: public %i, private %i, management tabs %s', async (who, open, closed, manages) => {
      const { browser } = people[who];
      const a = await browser.get(`/processes/${people.open.id}`);
      expect(a.statusCode).toBe(open);
      expect(a.body.includes(`href="/processes/${people.open.id}/settings"`)).toBe(manages);
      const b = await browser.get(`/processes/${people.closed.id}`);
      expect(b.statusCode).toBe(closed);
      if (closed === 200) {
        expect(b.body).toContain('Secret Tunisia process');
        expect(b.body).toContain('Only its members and observers can see this process.');
      } else {
        expect(b.body).not.toContain('Secret Tunisia process');
      }
    });

    it('shows summaries of other modules and their tabs (the extension points)', async () => {
      const response = await ctx.app.inject(`/processes/${people.open.id}`);
      expect(response.body).toContain('aria-label="Process sections"');
      expect(response.body).toContain(`href="/processes/${people.open.id}/stages"`);
      expect(response.body).toContain(`href="/processes/${people.open.id}/body"`);
      expect(response.body).toContain(`href="/processes/${people.open.id}/pairs"`);
    });
  });

  describe('settings', () => {
    const url = () => `/processes/${people.open.id}/settings`;
    const form = (version: number, change: Record<string, string> = {}) => ({
      title: 'Open Moldova process',
      countryAlpha3: 'MDA',
      planName: 'National Development Strategy',
      periodStart: '2013-01-01',
      periodEnd: '2020-12-31',
      visibility: 'public',
      version: String(version),
      ...change,
    });
    const currentVersion = async () =>
      Number(
        (
          await ctx.db.kysely
            .selectFrom('processes')
            .select('version')
            .where('id', '=', people.open.id)
            .executeTakeFirstOrThrow()
        ).version,
      );

    it('sends a signed-out visitor to sign in', async () => {
      const response = await ctx.app.inject(url());
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toContain('/sign-in');
    });

    it.each([
      ['outsider', 404],
      ['observer', 404],
      ['member', 404],
      ['owner', 200],
      ['admin', 200],
    ] as const)('as %s answers %i', async (who, status) => {
      const response = await people[who].browser.get(url());
      expect(response.statusCode).toBe(status);
      if (status === 200) expect(response.body).toContain('Save settings');
    });

    it('lets a member neither read nor post the settings', async () => {
      const before = await snapshot(ctx.db);
      const page = await people.member.browser.get(`/processes/${people.open.id}`);
      expect(page.statusCode).toBe(200);
      const token = /name="_csrf" value="([^"]+)"/.exec(
        (await people.member.browser.get('/processes/new')).body,
      )![1]!;
      const response = await people.member.browser.form(url(), {
        ...form(await currentVersion()),
        title: 'Hijacked',
        _csrf: token,
      });
      expect(response.statusCode).toBe(404);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('saves new settings and tags, audited with before and after', async () => {
      const version = await currentVersion();
      const response = await postForm(
        people.owner.browser,
        url(),
        [...Object.entries(form(version, { planName: 'Moldova 2030' })), ['tags', 'gcm:23']],
        url(),
      );
      expect(response.statusCode).toBe(303);
      const row = await ctx.db.kysely
        .selectFrom('processes')
        .selectAll()
        .where('id', '=', people.open.id)
        .executeTakeFirstOrThrow();
      expect(row.plan_name).toBe('Moldova 2030');
      expect(Number(row.version)).toBe(version + 1);
      const audit = await ctx.db.kysely
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_id', '=', people.open.id)
        .where('action', '=', 'process.update')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.before_json!)).toMatchObject({
        plan_name: 'National Development Strategy',
        tags: ['sdg:10.7'],
      });
      expect(JSON.parse(audit.after_json!)).toMatchObject({ plan_name: 'Moldova 2030', tags: ['gcm:23'] });
    });

    it('answers a stale version with 409, keeps the text typed, and changes nothing', async () => {
      const stale = (await currentVersion()) - 1;
      const before = await snapshot(ctx.db);
      const response = await people.owner.browser.form(
        url(),
        form(stale, { summary: 'My careful summary' }),
        url(),
      );
      expect(response.statusCode).toBe(409);
      expect(response.body).toContain('Someone else saved a change');
      expect(response.body).toContain('My careful summary');
      expect(response.body).toContain(`name="version" value="${await currentVersion()}"`);
      expect(await snapshot(ctx.db)).toEqual(before);
    });

    it('refuses dates out of order without changing anything', async () => {
      const before = await snapshot(ctx.db);
      const response = await people.owner.browser.form(
        url(),
        form(await currentVersion(), { periodStart: '2030-01-01', periodEnd: '2013-01-01' }),
        url(),
      );
      expect(response.statusCode).toBe(422);
      expect(fieldError(response.body, 'periodEnd')).toBe('Enter an end date after the start date');
      expect(await snapshot(ctx.db)).toEqual(before);
    });
  });

  describe('country panel and home figure', () => {
    it('lists a country’s processes the reader may see, never private ones to others', async () => {
      const anonymous = await ctx.app.inject('/countries/TUN');
      expect(anonymous.statusCode).toBe(200);
      expect(anonymous.body).not.toContain('Secret Tunisia process');
      expect((await people.outsider.browser.get('/countries/TUN')).body).not.toContain(
        'Secret Tunisia process',
      );
      expect((await people.observer.browser.get('/countries/TUN')).body).toContain('Secret Tunisia process');
      expect((await ctx.app.inject('/countries/MDA')).body).toContain('Open Moldova process');
    });

    it('counts public processes only on the home page', async () => {
      const publicCount = Number(
        (
          await ctx.db.kysely
            .selectFrom('processes')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('visibility', '=', 'public')
            .executeTakeFirstOrThrow()
        ).n,
      );
      const home = await ctx.app.inject('/');
      expect(home.body).toContain('Public mainstreaming processes');
      expect(home.body).toMatch(new RegExp(`<span class="figure">${publicCount}</span>`));
      expect(home.body).toContain('href="/processes"');
    });
  });
});
