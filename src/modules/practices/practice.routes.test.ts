import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiToken } from '../../../test/support/api-token.ts';
import { DIALECTS } from '../../../test/support/databases.ts';
import { type Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { addMembership, seedOrganisations, signedIn } from '../../../test/support/seed-organisations.ts';
import { practiceSearchSource } from './practice.search.ts';

type Fields = Record<string, string>;

const CRITERIA = ['relevance', 'evidence', 'sustainability', 'partnership', 'replicability', 'participation'];

function practiceFields(overrides: Fields = {}): Fields {
  return {
    title: 'Migrant resource centre run with the municipality',
    summary: 'A one-stop centre where the municipality and a migrant association advise newcomers.',
    locale: 'en',
    'translations.0.locale': 'fr',
    'translations.0.title': 'Centre de ressources pour migrants',
    'translations.0.summary': '',
    'organisations.0.organisation': 'JMDI',
    'organisations.0.role': 'international',
    country: 'MDA',
    region: 'Centre',
    city: 'Chisinau',
    level: 'municipal',
    origin: 'MDA',
    destination: 'ITA',
    tags: 'sdg:10.7',
    targetGroups: 'Returning migrants',
    startYear: '2013',
    endYear: '2015',
    budget: '120,000',
    currency: 'EUR',
    funders: 'European Commission',
    activities: 'Advice, referrals.',
    results: 'Newcomers advised.',
    'evidence.0.label': 'People advised',
    'evidence.0.figure': '1200',
    'evidence.0.source': 'Centre register',
    budgetLine: 'yes',
    localLaw: '',
    plan: 'yes',
    'links.0.kind': 'programme',
    'links.0.id': '',
    callId: '',
    replicatesId: '',
    replicationProgress: '',
    ...overrides,
  };
}

function scoreFields(score: string, overrides: Fields = {}): Fields {
  const fields: Fields = { noConflict: 'yes' };
  for (const c of CRITERIA) {
    fields[`score.${c}`] = score;
    fields[`comment.${c}`] = `Scored ${score}.`;
  }
  return { ...fields, ...overrides };
}

describe.each(DIALECTS)('practices on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let refs: Map<string, string>;
  const b: Record<'moderator' | 'author' | 'r1' | 'r2' | 'r3' | 'conflicted' | 'other', Browser> =
    {} as never;
  const emails: Record<string, string> = {};
  let practiceId = '';
  let callId = '';

  const version = async (id = practiceId) =>
    String(
      (
        await ctx.db.kysely
          .selectFrom('practices')
          .select('version')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).version,
    );
  const status = async (id = practiceId) =>
    await ctx.db.kysely.selectFrom('practices').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const reviewVersion = async (email: string) => {
    const row = await ctx.db.kysely
      .selectFrom('practice_reviews as r')
      .innerJoin('users as u', 'u.id', 'r.reviewer_id')
      .select('r.version')
      .where('u.email', '=', email)
      .where('r.practice_id', '=', practiceId)
      .executeTakeFirstOrThrow();
    return String(row.version);
  };
  const auditCount = async () =>
    Number(
      (
        await ctx.db.kysely
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('entity_type', '=', 'practice')
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    ctx = await testApp(dialect);
    refs = await seedOrganisations(ctx.db);
    const roles = {
      moderator: 'moderator',
      author: 'user',
      r1: 'user',
      r2: 'user',
      r3: 'user',
      conflicted: 'user',
      other: 'user',
    } as const;
    for (const [key, role] of Object.entries(roles)) {
      const user = await buildUser(ctx.db, { role, email: `${key}@example.org` });
      emails[key] = user.email;
      b[key as keyof typeof b] = await signedIn(ctx.app, ctx.db, user.id);
      if (key === 'author') await addMembership(ctx.db, refs.get('org:moldova')!, user.id, 'editor');
      if (key === 'conflicted') await addMembership(ctx.db, refs.get('org:moldova')!, user.id, 'member');
    }
  });
  afterAll(() => ctx.close());

  it('shows the empty catalogue, calls and API to anonymous visitors, and sends them to sign in to write', async () => {
    const list = await ctx.app.inject('/practices');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('No practice matches these filters.');
    expect(list.body).not.toContain('href="/practices/new"');
    expect((await ctx.app.inject('/calls')).statusCode).toBe(200);
    const api = (await ctx.app.inject('/api/v1/practices')).json() as { data: unknown[]; next: null };
    expect(api).toEqual({ data: [], next: null });
    expect((await ctx.app.inject('/practices/new')).statusCode).toBe(303);
    expect([401, 403]).toContain(
      (await ctx.app.inject({ method: 'POST', url: '/practices', payload: {} })).statusCode,
    );
    expect((await ctx.app.inject('/calls/new')).statusCode).toBe(303);
    const feed = await ctx.app.inject('/practices/feed.atom');
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });

  it('lets only moderators open a call, and checks its dates', async () => {
    expect((await b.author.get('/calls/new')).statusCode).toBe(404);
    const today = new Date().toISOString().slice(0, 10);
    const bad = await b.moderator.form(
      '/calls',
      {
        title: 'Call',
        description: 'Send',
        themeId: '',
        region: '',
        origin: '',
        destination: '',
        opensOn: '2030-01-02',
        closesOn: '2030-01-01',
      },
      '/calls/new',
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('The call cannot close before it opens');
    const made = await b.moderator.form(
      '/calls',
      {
        title: 'Call for diaspora practices',
        description: 'Send practices.',
        themeId: '',
        region: '',
        origin: '',
        destination: '',
        opensOn: '2020-01-01',
        closesOn: '2099-12-31',
      },
      '/calls/new',
    );
    expect(made.statusCode).toBe(303);
    callId = made.headers.location!.split('/').at(-1)!;
    const closed = await b.moderator.form(
      '/calls',
      {
        title: 'Closed call',
        description: 'Over.',
        themeId: '',
        region: '',
        origin: '',
        destination: '',
        opensOn: '2012-01-01',
        closesOn: today < '2013-01-01' ? today : '2012-12-31',
      },
      '/calls/new',
    );
    expect(closed.statusCode).toBe(303);
    const page = await ctx.app.inject(closed.headers.location!);
    expect(page.body).toContain('This call is closed');
    expect(page.body).not.toContain('Submissions');
  });

  it('saves a draft with its translations, organisations, place, themes, budget and evidence', async () => {
    const invalid = await b.author.form(
      '/practices',
      practiceFields({ title: '', budget: '-5', 'links.0.id': 'nope', country: 'ZZZ' }),
      '/practices/new',
    );
    expect(invalid.statusCode).toBe(422);
    expect(invalid.body).toContain('Enter a title');
    expect(invalid.body).toContain('The budget cannot be negative');
    expect(invalid.body).toContain('No such record: check the id');
    const made = await b.author.form('/practices', practiceFields({ callId }), '/practices/new');
    expect(made.statusCode).toBe(303);
    practiceId = made.headers.location!.split('/').at(-1)!;
    const row = await status();
    expect(row).toMatchObject({
      status: 'draft',
      budget_minor: 12_000_000,
      currency: 'EUR',
      country_alpha3: 'MDA',
      call_id: callId,
    });
    const translations = await ctx.db.kysely
      .selectFrom('practice_translations')
      .selectAll()
      .where('practice_id', '=', practiceId)
      .execute();
    expect(translations.map((t) => `${t.field}:${t.locale}:${t.is_original}`).sort()).toEqual([
      'summary:en:1',
      'title:en:1',
      'title:fr:0',
    ]);
    const page = await b.author.get(`/practices/${practiceId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Centre de ressources pour migrants');
    expect(page.body).toContain('People advised');
    expect(page.body).toContain('Submit for review');
    expect(page.body).toContain('id="documents"');
  });

  it('hides a draft from everyone but its author and moderators', async () => {
    expect((await ctx.app.inject(`/practices/${practiceId}`)).statusCode).toBe(404);
    expect((await b.other.get(`/practices/${practiceId}`)).statusCode).toBe(404);
    expect((await b.other.get(`/practices/${practiceId}/edit`)).statusCode).toBe(404);
    expect((await ctx.app.inject(`/api/v1/practices/${practiceId}`)).statusCode).toBe(404);
    expect((await b.moderator.get(`/practices/${practiceId}`)).statusCode).toBe(200);
    const other = await b.other.form(
      `/practices/${practiceId}/edit`,
      practiceFields({ version: await version() }),
      '/practices',
    );
    expect(other.statusCode).toBe(404);
    const stale = await b.author.form(
      `/practices/${practiceId}/edit`,
      practiceFields({ callId, version: '0' }),
      `/practices/${practiceId}/edit`,
    );
    expect(stale.statusCode).toBe(409);
    const mine = await b.author.get('/practices/mine');
    expect(mine.body).toContain('Migrant resource centre run with the municipality');
    expect(mine.body).toContain('Draft');
  });

  it('moves through the workflow: submit, assign reviewers (refusing the conflicted), review, publish', async () => {
    const before = await auditCount();
    expect(
      (await b.other.form(`/practices/${practiceId}/submit`, { version: await version() }, '/practices'))
        .statusCode,
    ).toBe(404);
    const submitted = await b.author.form(
      `/practices/${practiceId}/submit`,
      { version: await version() },
      `/practices/${practiceId}`,
    );
    expect(submitted.statusCode).toBe(303);
    expect((await status()).status).toBe('submitted');
    // The author can no longer edit.
    expect((await b.author.get(`/practices/${practiceId}/edit`)).statusCode).toBe(404);
    // Only moderators assign, and never the author or a member of the author's organisation.
    expect(
      (await b.author.form(`/practices/${practiceId}/reviewers`, { reviewer: emails.r1! }, '/practices'))
        .statusCode,
    ).toBe(404);
    const self = await b.moderator.form(
      `/practices/${practiceId}/reviewers`,
      { reviewer: emails.author! },
      `/practices/${practiceId}`,
    );
    expect(self.statusCode).toBe(422);
    expect(self.body).toContain('The author cannot review their own practice');
    const conflicted = await b.moderator.form(
      `/practices/${practiceId}/reviewers`,
      { reviewer: emails.conflicted! },
      `/practices/${practiceId}`,
    );
    expect(conflicted.statusCode).toBe(422);
    expect(conflicted.body).toContain('belongs to an organisation of the author');
    for (const r of ['r1', 'r2', 'r3'])
      expect(
        (
          await b.moderator.form(
            `/practices/${practiceId}/reviewers`,
            { reviewer: emails[r]! },
            `/practices/${practiceId}`,
          )
        ).statusCode,
      ).toBe(303);
    expect((await status()).status).toBe('under-review');
    // r3 declares a conflict and is barred.
    const declared = await b.r3.form(
      `/practices/${practiceId}/review/conflict`,
      { version: await reviewVersion(emails.r3!), note: 'I advised them.' },
      `/practices/${practiceId}/review`,
    );
    expect(declared.statusCode).toBe(303);
    expect((await b.r3.get(`/practices/${practiceId}/review`)).statusCode).toBe(404);
    expect(
      (
        await b.r3.form(
          `/practices/${practiceId}/review`,
          scoreFields('5', { version: await reviewVersion(emails.r3!) }),
          '/practices',
        )
      ).statusCode,
    ).toBe(404);
    // The author and others have no review to give.
    expect(
      (
        await b.author.form(
          `/practices/${practiceId}/review`,
          scoreFields('5', { version: '1' }),
          '/practices',
        )
      ).statusCode,
    ).toBe(404);
    expect((await b.other.get(`/practices/${practiceId}/review`)).statusCode).toBe(404);
    // Scores out of range, and no declaration, change nothing.
    const outOfRange = await b.r1.form(
      `/practices/${practiceId}/review`,
      scoreFields('6', { version: await reviewVersion(emails.r1!) }),
      `/practices/${practiceId}/review`,
    );
    expect(outOfRange.statusCode).toBe(422);
    expect(outOfRange.body).toContain('Choose a score from 1 to 5');
    const undeclared = await b.r1.form(
      `/practices/${practiceId}/review`,
      scoreFields('4', { noConflict: '', version: await reviewVersion(emails.r1!) }),
      `/practices/${practiceId}/review`,
    );
    expect(undeclared.statusCode).toBe(422);
    expect((await status()).review_count).toBe(0);
    // Publishing needs two reviews.
    const early = await b.moderator.form(
      `/practices/${practiceId}/publish`,
      { version: await version() },
      `/practices/${practiceId}`,
    );
    expect(early.statusCode).toBe(422);
    expect(early.body).toContain('At least two submitted reviews');
    const form = await b.r1.get(`/practices/${practiceId}/review`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Migrant participation');
    // r1 reviews; before r2 submits, r2 does not see r1's scores.
    expect(
      (
        await b.r1.form(
          `/practices/${practiceId}/review`,
          scoreFields('5', { version: await reviewVersion(emails.r1!) }),
          `/practices/${practiceId}/review`,
        )
      ).statusCode,
    ).toBe(303);
    const r2Page = await b.r2.get(`/practices/${practiceId}`);
    expect(r2Page.body).not.toContain('Scored 5.');
    expect((await b.r2.get(`/api/v1/practices/${practiceId}/reviews`)).json().data).toHaveLength(1);
    const stale = await b.r2.form(
      `/practices/${practiceId}/review`,
      scoreFields('4', { version: '99' }),
      `/practices/${practiceId}/review`,
    );
    expect(stale.statusCode).toBe(409);
    expect(
      (
        await b.r2.form(
          `/practices/${practiceId}/review`,
          scoreFields('4', { version: await reviewVersion(emails.r2!) }),
          `/practices/${practiceId}/review`,
        )
      ).statusCode,
    ).toBe(303);
    const seen = (await b.r2.get(`/practices/${practiceId}`)).body;
    expect(seen).toContain('Scored 5.');
    const row = await status();
    expect(row).toMatchObject({
      review_count: 2,
      review_average: 450,
      review_spread: 100,
      promising: 1,
      needs_third: 0,
    });
    expect(
      (
        await b.moderator.form(
          `/practices/${practiceId}/publish`,
          { version: await version() },
          `/practices/${practiceId}`,
        )
      ).statusCode,
    ).toBe(303);
    expect((await status()).status).toBe('published');
    expect(await auditCount()).toBeGreaterThan(before + 6);
    const reviews = await ctx.app.inject(`/api/v1/practices/${practiceId}/reviews`);
    expect(reviews.statusCode).toBe(401);
    expect((await b.other.get(`/api/v1/practices/${practiceId}/reviews`)).statusCode).toBe(404);
  });

  it('publishes to the catalogue, its filters, exports, feed, API and search', async () => {
    const page = await ctx.app.inject(`/practices/${practiceId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Promising');
    expect(page.body).toContain('average 4.5 of 5');
    expect(page.body).not.toContain('Scored 5.');
    for (const query of [
      'country=MDA&promising=yes',
      'origin=MDA&destination=ITA',
      'theme=sdg%3A10.7&level=municipal',
      'partner=international',
    ])
      expect((await ctx.app.inject(`/practices?${query}`)).body).toContain(`/practices/${practiceId}`);
    for (const query of ['country=TUN', 'level=national', 'partner=diaspora'])
      expect((await ctx.app.inject(`/practices?${query}`)).body).not.toContain(`/practices/${practiceId}`);
    expect((await ctx.app.inject('/practices?theme=nope')).body).toContain(
      'One of the filters could not be read',
    );
    expect((await ctx.app.inject('/practices?status=draft')).body).toContain(`/practices/${practiceId}`);
    const csv = await ctx.app.inject('/practices.csv?country=MDA');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Migrant resource centre');
    expect((await ctx.app.inject('/practices.xlsx')).statusCode).toBe(200);
    expect((await ctx.app.inject('/practices/feed.atom')).body).toContain(
      '<title>Migrant resource centre run with the municipality</title>',
    );
    const api = (await ctx.app.inject('/api/v1/practices?country=mda')).json() as {
      data: { id: string; promising: boolean }[];
    };
    expect(api.data).toEqual([expect.objectContaining({ id: practiceId, promising: true })]);
    const one = (await ctx.app.inject(`/api/v1/practices/${practiceId}`)).json();
    expect(one.budget).toEqual({ amountMinor: 12_000_000, currency: 'EUR' });
    expect(one.review).toMatchObject({ count: 2, average: 4.5 });
    expect((await ctx.app.inject('/api/v1/practices?level=galactic')).statusCode).toBe(422);
    expect((await ctx.app.inject('/api/v1/practices?cursor=%%')).statusCode).toBe(400);
    const doc = await practiceSearchSource.one(ctx.db, practiceId);
    expect(doc).toMatchObject({ kind: 'practice', public: true, href: `/practices/${practiceId}` });
    expect(doc!.text).toContain('Chisinau');
    const batches = [];
    for await (const batch of practiceSearchSource.all(ctx.db)) batches.push(...batch);
    expect(batches.map((d) => d.id)).toContain(practiceId);
    const country = await ctx.app.inject('/countries/MDA');
    expect(country.body).toContain(`/practices/${practiceId}`);
    const home = await ctx.app.inject('/');
    expect(home.body).toContain('Migrant resource centre run with the municipality');
    const corridor = await ctx.app.inject('/corridors?origin=MDA&destination=ITA');
    expect(corridor.statusCode).toBe(200);
    expect(corridor.body).toContain(`/practices/${practiceId}`);
    const calls = (await ctx.app.inject('/api/v1/calls')).json() as { data: { id: string; state: string }[] };
    expect(calls.data.find((c) => c.id === callId)?.state).toBe('open');
    expect((await ctx.app.inject(`/api/v1/calls/${callId}`)).json()).toMatchObject({
      id: callId,
      state: 'open',
    });
    expect((await ctx.app.inject('/api/v1/calls/nope')).statusCode).toBe(404);
    expect((await ctx.app.inject('/practices/mine')).statusCode).toBe(303);
    expect((await ctx.app.inject(`/calls/${callId}`)).body).not.toContain('Submissions');
    const organiser = await b.moderator.get(`/calls/${callId}`);
    expect(organiser.body).toContain('Submissions');
    expect(organiser.body).toContain('2 reviews');
  });

  it('keeps drafts out of search for others, and refuses a submission after the call closed', async () => {
    const late = await b.other.form(
      '/practices',
      practiceFields({ title: 'Late practice', callId }),
      '/practices/new',
    );
    expect(late.statusCode).toBe(303);
    const lateId = late.headers.location!.split('/').at(-1)!;
    const anonymous = { kind: 'anonymous' } as const;
    expect((await practiceSearchSource.one(ctx.db, lateId))!.public).toBe(false);
    expect(await practiceSearchSource.canSee(ctx.db, anonymous, lateId)).toBe(false);
    await ctx.db.kysely
      .updateTable('practice_calls')
      .set({ closes_on: '2020-06-30' })
      .where('id', '=', callId)
      .execute();
    // Keeping the call it has is not a new submission: the draft can still be saved.
    const kept = await b.other.form(
      `/practices/${lateId}/edit`,
      practiceFields({ title: 'Late practice', callId, version: await version(lateId) }),
      `/practices/${lateId}/edit`,
    );
    expect(kept.statusCode).toBe(303);
    const moved = await b.author.form(
      '/practices',
      practiceFields({ title: 'Too late', callId }),
      '/practices/new',
    );
    expect(moved.statusCode).toBe(422);
    expect(moved.body).toContain('This call is closed');
    const refused = await b.other.form(
      `/practices/${lateId}/submit`,
      { version: await version(lateId) },
      `/practices/${lateId}`,
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.body).toContain('This call is closed');
    expect((await status(lateId)).status).toBe('draft');
    const deleted = await b.other.form(`/practices/${lateId}/delete`, {}, `/practices/${lateId}`);
    expect(deleted.statusCode).toBe(303);
    expect(
      await ctx.db.kysely.selectFrom('practices').select('id').where('id', '=', lateId).executeTakeFirst(),
    ).toBeUndefined();
  });

  it('returns a practice with comments, which the author answers', async () => {
    const made = await b.author.form(
      '/practices',
      practiceFields({ title: 'Second practice' }),
      '/practices/new',
    );
    const id = made.headers.location!.split('/').at(-1)!;
    await b.author.form(`/practices/${id}/submit`, { version: await version(id) }, `/practices/${id}`);
    const empty = await b.moderator.form(
      `/practices/${id}/return`,
      { version: await version(id), comment: '' },
      `/practices/${id}`,
    );
    expect(empty.statusCode).toBe(422);
    expect(
      (
        await b.moderator.form(
          `/practices/${id}/return`,
          { version: await version(id), comment: 'Add evidence.' },
          `/practices/${id}`,
        )
      ).statusCode,
    ).toBe(303);
    expect((await status(id)).status).toBe('returned');
    const page = await b.author.get(`/practices/${id}`);
    expect(page.body).toContain('Add evidence.');
    expect(
      (
        await b.author.form(
          `/practices/${id}/answer`,
          { version: await version(id), comment: 'Added.' },
          `/practices/${id}`,
        )
      ).statusCode,
    ).toBe(303);
    expect((await b.author.get(`/practices/${id}/edit`)).statusCode).toBe(200);
  });

  it('builds a road map for a promising practice, suggests places, and records a replication in the family tree', async () => {
    expect((await b.other.get(`/practices/${practiceId}/roadmap`)).statusCode).toBe(404);
    expect((await ctx.app.inject(`/practices/${practiceId}/roadmap`)).statusCode).toBe(303);
    expect((await b.author.get(`/practices/${practiceId}/roadmap`)).statusCode).toBe(200);
    const empty = await b.author.form(
      `/practices/${practiceId}/roadmap`,
      { policyOptions: '' },
      `/practices/${practiceId}/roadmap`,
    );
    expect(empty.statusCode).toBe(422);
    const saved = await b.author.form(
      `/practices/${practiceId}/roadmap`,
      {
        policyOptions: 'Fund it from the municipal budget.',
        'steps.0.title': 'Adopt a by-law',
        'steps.0.owner': 'Municipal council',
        'steps.0.dueOn': '2027-03-01',
        'steps.0.milestone': 'yes',
        'steps.1.title': 'Train staff',
        'steps.1.dueOn': 'soon',
      },
      `/practices/${practiceId}/roadmap`,
    );
    expect(saved.statusCode).toBe(422);
    expect(saved.body).toContain('Enter a real date');
    expect(
      (
        await b.author.form(
          `/practices/${practiceId}/roadmap`,
          {
            policyOptions: 'Fund it from the municipal budget.',
            'steps.0.title': 'Adopt a by-law',
            'steps.0.owner': 'Municipal council',
            'steps.0.dueOn': '2027-03-01',
            'steps.0.milestone': 'yes',
          },
          `/practices/${practiceId}/roadmap`,
        )
      ).statusCode,
    ).toBe(303);
    const stale = await b.moderator.form(
      `/practices/${practiceId}/roadmap`,
      { policyOptions: 'Other.', version: '99' },
      `/practices/${practiceId}/roadmap`,
    );
    expect(stale.statusCode).toBe(409);
    // A replication by another user, linked back.
    const replica = await b.other.form(
      '/practices',
      practiceFields({
        title: 'Replication in Balti',
        city: 'Balti',
        replicatesId: practiceId,
        replicationProgress: 'started',
        'translations.0.title': '',
      }),
      `/practices/new?replicates=${practiceId}`,
    );
    expect(replica.statusCode).toBe(303);
    const replicaId = replica.headers.location!.split('/').at(-1)!;
    const tree = await b.other.get(`/practices/${replicaId}`);
    expect(tree.body).toContain('Family of replications');
    expect(tree.body).toContain(`href="/practices/${practiceId}"`);
    const page = await ctx.app.inject(`/practices/${practiceId}`);
    expect(page.body).toContain('Adopt a by-law');
    expect(page.body).toContain('Where it could be replicated');
    // The draft replication is not yet shown to visitors.
    expect(page.body).not.toContain('Replication in Balti');
    const cycle = await b.author.form(
      `/practices/${practiceId}/edit`,
      practiceFields({ replicatesId: replicaId, version: await version() }),
      `/practices/${practiceId}`,
    );
    expect(cycle.statusCode).toBe(404);
  });

  it('takes a review through the API under the same rules', async () => {
    const made = await b.author.form(
      '/practices',
      practiceFields({ title: 'Practice reviewed by API' }),
      '/practices/new',
    );
    const id = made.headers.location!.split('/').at(-1)!;
    await b.author.form(`/practices/${id}/submit`, { version: await version(id) }, `/practices/${id}`);
    await b.moderator.form(`/practices/${id}/reviewers`, { reviewer: emails.r1! }, `/practices/${id}`);
    const token = async (email: string) =>
      apiToken(
        ctx.db,
        await ctx.db.kysely
          .selectFrom('users')
          .select('id')
          .where('email', '=', email)
          .executeTakeFirstOrThrow(),
      );
    const send = (secret: string, body: unknown) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/practices/${id}/reviews`,
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
    const scores = (score: number) =>
      Object.fromEntries(CRITERIA.map((c) => [c, { score, comment: 'Seen.' }]));
    const r1 = await token(emails.r1!);
    const outOfRange = await send(r1, { version: 1, noConflict: true, scores: scores(0) });
    expect(outOfRange.statusCode).toBe(422);
    expect(outOfRange.json().errors[0].pointer).toBe('/scores/relevance/score');
    expect(
      (await send(await token(emails.author!), { version: 1, noConflict: true, scores: scores(5) }))
        .statusCode,
    ).toBe(404);
    expect(
      (await send(await token(emails.other!), { version: 1, noConflict: true, scores: scores(5) }))
        .statusCode,
    ).toBe(404);
    expect((await send(r1, { version: 1, noConflict: false, scores: scores(5) })).statusCode).toBe(422);
    const done = await send(r1, { version: 1, noConflict: true, scores: scores(5) });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toEqual({ promising: false, needsThirdReviewer: false });
    expect((await send(r1, { version: 2, noConflict: true, scores: scores(5) })).statusCode).toBe(403);
  });

  it('writes, edits and submits a practice through the API', async () => {
    const author = await apiToken(
      ctx.db,
      await ctx.db.kysely
        .selectFrom('users')
        .select('id')
        .where('email', '=', emails.author!)
        .executeTakeFirstOrThrow(),
    );
    const other = await apiToken(
      ctx.db,
      await ctx.db.kysely
        .selectFrom('users')
        .select('id')
        .where('email', '=', emails.other!)
        .executeTakeFirstOrThrow(),
    );
    const call = (secret: string, method: 'POST' | 'PUT', url: string, body: unknown) =>
      ctx.app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
    expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/practices', payload: {} })).statusCode).toBe(
      401,
    );
    const invalid = await call(author, 'POST', '/api/v1/practices', {
      title: '',
      summary: 'x',
      budget: 'lots',
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      expect.arrayContaining(['/title', '/budget']),
    );
    const made = await call(author, 'POST', '/api/v1/practices', {
      title: 'Practice by API',
      summary: 'Written by a client.',
      country: 'TUN',
      tags: ['theme:capacity'],
      budgetLine: true,
    });
    expect(made.statusCode).toBe(201);
    const { id } = made.json() as { id: string };
    expect(await status(id)).toMatchObject({ status: 'draft', country_alpha3: 'TUN', inst_budget_line: 1 });
    expect(
      (await call(other, 'PUT', `/api/v1/practices/${id}`, { title: 'Mine now', summary: 'x', version: 1 }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await call(author, 'PUT', `/api/v1/practices/${id}`, {
          title: 'Practice by API, edited',
          summary: 'x',
          version: 9,
        })
      ).statusCode,
    ).toBe(409);
    expect(
      (
        await call(author, 'PUT', `/api/v1/practices/${id}`, {
          title: 'Practice by API, edited',
          summary: 'x',
          version: 1,
        })
      ).statusCode,
    ).toBe(200);
    expect((await call(other, 'POST', `/api/v1/practices/${id}/submit`, { version: 2 })).statusCode).toBe(
      404,
    );
    expect((await call(author, 'POST', `/api/v1/practices/${id}/publish`, { version: 2 })).statusCode).toBe(
      403,
    );
    const submitted = await call(author, 'POST', `/api/v1/practices/${id}/submit`, { version: 2 });
    expect(submitted.json()).toEqual({ id, status: 'submitted' });
  });

  it('answers in Arabic, right to left', async () => {
    const page = await ctx.app.inject({ url: '/practices', headers: { cookie: 'locale=ar' } });
    expect(page.statusCode).toBe(200);
  });
});
