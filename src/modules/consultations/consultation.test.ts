import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import type { Browser } from '../../../test/support/http.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import { addMembership, signedIn } from '../../../test/support/seed-organisations.ts';
import {
  apiToken,
  buildOrganisation,
  type Ctx,
  count,
  type People,
  people,
  processFor,
} from '../reports/report.test-helpers.ts';

type Fields = Record<string, string>;

const draftFields = (overrides: Fields = {}): Fields => ({
  title: 'Draft chapter on migration for the national development plan',
  introduction: 'Comment by the end of the month.',
  audience: 'invited',
  'invited.0': 'Diaspora Forum',
  'sections.0.title': 'Remittances',
  'sections.0.body': 'Lower the cost of sending remittances.',
  'sections.1.title': 'Return',
  'sections.1.body': 'Support returning migrants.',
  ...overrides,
});

describe.each(DIALECTS)('consultations on %s', (dialect) => {
  let ctx: Ctx;
  let who: People;
  let open: { id: string };
  let hidden: { id: string };
  let invitee: Browser;
  let stranger: Browser;
  let inviteeToken: string;
  let strangerToken: string;
  let consultationId: string;
  let sectionIds: string[];

  const base = () => `/processes/${open.id}/consultations`;
  const page = () => `${base()}/${consultationId}`;
  const consultation = () =>
    ctx.db.kysely
      .selectFrom('consultations')
      .selectAll()
      .where('id', '=', consultationId)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    ctx = await testApp(dialect);
    who = await people(ctx);
    open = await processFor(ctx, who, { title: 'Moldova national process', visibility: 'public' });
    hidden = await processFor(ctx, who, { title: 'Secret process', visibility: 'private' });
    const forum = await buildOrganisation(ctx.db, { name: 'Diaspora Forum', acronym: 'DF' });
    const other = await buildOrganisation(ctx.db, { name: 'Other Association' });
    const inviteeUser = await buildUser(ctx.db, { name: 'Ina Invitee' });
    const strangerUser = await buildUser(ctx.db, { name: 'Sam Stranger' });
    await addMembership(ctx.db, forum.id, inviteeUser.id, 'member');
    await addMembership(ctx.db, other.id, strangerUser.id, 'member');
    invitee = await signedIn(ctx.app, ctx.db, inviteeUser.id);
    stranger = await signedIn(ctx.app, ctx.db, strangerUser.id);
    inviteeToken = await apiToken(ctx.db, inviteeUser);
    strangerToken = await apiToken(ctx.db, strangerUser);
  });
  afterAll(() => ctx.close());

  it('lists consultations to anonymous visitors of a public process and hides a private one', async () => {
    const list = await ctx.app.inject(base());
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('has not opened a consultation yet');
    expect(list.body).not.toContain('Start a consultation');
    expect((await ctx.app.inject(`/processes/${hidden.id}/consultations`)).statusCode).toBe(404);
    expect((await ctx.app.inject(`/api/v1/processes/${hidden.id}/consultations`)).statusCode).toBe(404);
    const newPage = await ctx.app.inject(`${base()}/new`);
    expect(newPage.statusCode).toBe(303);
    expect(newPage.headers.location).toContain('/sign-in');
  });

  it('refuses a signed-out post and lets only the process team start one', async () => {
    const before = await count(ctx.db, 'consultations');
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: base(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(draftFields()).toString(),
    });
    expect([401, 403]).toContain(anonymous.statusCode);
    for (const role of ['outsider', 'observer', 'moderator'] as const) {
      expect((await who.browsers[role].get(`${base()}/new`)).statusCode).toBe(404);
      const refused = await who.browsers[role].form(base(), draftFields(), base());
      expect(refused.statusCode).toBe(404);
    }
    expect((await who.browsers.outsider.get(`/processes/${hidden.id}/consultations`)).statusCode).toBe(404);
    expect((await who.browsers.observer.get(`/processes/${hidden.id}/consultations`)).statusCode).toBe(200);
    expect(await count(ctx.db, 'consultations')).toBe(before);
  });

  it('says how to fix a bad draft and keeps the text', async () => {
    const before = await count(ctx.db, 'consultations');
    const cases: [Fields, string][] = [
      [{ title: '' }, 'Enter a title for the consultation'],
      [{ title: 'x'.repeat(201) }, 'The title must be 200 characters or fewer'],
      [{ 'sections.1.body': '' }, 'Enter the text of section 2'],
      [{ 'sections.0.body': 'x'.repeat(20_001) }, 'The text of section 1 must be 20000 characters or fewer'],
      [{ 'invited.0': 'Nobody Known' }, 'No organisation is called “Nobody Known”'],
      [{ audience: 'everyone' }, 'Choose who can comment'],
    ];
    for (const [fields, message] of cases) {
      const response = await who.browsers.member.form(base(), draftFields(fields), `${base()}/new`);
      expect(response.statusCode, message).toBe(422);
      expect(response.body).toContain(message.replace(/“|”/g, (q) => q));
      expect(response.body).toContain('Remittances');
    }
    const privatePublic = await who.browsers.member.form(
      `/processes/${hidden.id}/consultations`,
      draftFields({ audience: 'public', 'invited.0': '' }),
      `/processes/${hidden.id}/consultations/new`,
    );
    expect(privatePublic.statusCode).toBe(422);
    expect(privatePublic.body).toContain('A private process can only consult invited organisations');
    const noCsrf = await who.browsers.member.form(base(), { ...draftFields(), _csrf: '' });
    expect(noCsrf.statusCode).toBe(403);
    expect(await count(ctx.db, 'consultations')).toBe(before);
  });

  it('lets a member write a draft, guards it against lost updates and open it', async () => {
    const created = await who.browsers.member.form(base(), draftFields(), `${base()}/new`);
    expect(created.statusCode).toBe(303);
    consultationId = created.headers.location!.split('/').pop()!;
    const row = await consultation();
    expect(row.status).toBe('draft');
    // A draft is the team's: others do not see it.
    expect((await ctx.app.inject(page())).statusCode).toBe(404);
    expect((await who.browsers.observer.get(page())).statusCode).toBe(404);
    expect((await who.browsers.owner.get(page())).statusCode).toBe(200);
    // Two people edit the same version: the second gets a conflict and keeps their text.
    const first = await who.browsers.owner.form(
      `${page()}/edit`,
      draftFields({ version: '1', 'sections.1.body': 'Support returning migrants and their families.' }),
      `${page()}/edit`,
    );
    expect(first.statusCode).toBe(303);
    const second = await who.browsers.member.form(
      `${page()}/edit`,
      draftFields({ version: '1', 'sections.1.body': 'My own wording' }),
      `${page()}/edit`,
    );
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('Someone else saved a change');
    expect(second.body).toContain('My own wording');
    const sections = await ctx.db.kysely
      .selectFrom('consultation_sections')
      .select(['id', 'body'])
      .where('consultation_id', '=', consultationId)
      .orderBy('position')
      .execute();
    expect(sections.map((s) => s.body)).toEqual([
      'Lower the cost of sending remittances.',
      'Support returning migrants and their families.',
    ]);
    sectionIds = sections.map((s) => s.id);
    const stale = await who.browsers.member.form(`${page()}/open`, { version: '1' }, page());
    expect(stale.statusCode).toBe(409);
    const opened = await who.browsers.member.form(`${page()}/open`, { version: '2' }, page());
    expect(opened.statusCode).toBe(303);
    expect((await consultation()).status).toBe('open');
    const visible = await ctx.app.inject(page());
    expect(visible.statusCode).toBe(200);
    expect(visible.body).toContain('Lower the cost of sending remittances.');
    expect(visible.body).toContain('Diaspora Forum');
  });

  it('explains a bad API body in words, with the limit it broke, in the reader’s language', async () => {
    const post = (lang: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1/processes/${open.id}/consultations`,
        headers: { authorization: `Bearer ${strangerToken}`, 'accept-language': lang },
        payload: { title: 'x'.repeat(1000), audience: 'public', sections: [] },
      });
    const english = await post('en');
    expect(english.statusCode).toBe(422);
    const details = (english.json() as { errors: { pointer: string; detail: string }[] }).errors;
    const title = details.find((e) => e.pointer === '/title');
    expect(title?.detail).toMatch(/^The title must be \d+ characters or fewer$/);
    expect(JSON.stringify(details)).not.toContain('consultation.error.');
    const french = (await post('fr')).json() as { errors: { pointer: string; detail: string }[] };
    expect(french.errors.find((e) => e.pointer === '/title')?.detail).not.toContain('consultation.error.');
  });

  it('takes comments only from invited organisations and the team, newest last, with author and organisation', async () => {
    const before = await count(ctx.db, 'consultation_comments');
    const sectionPage = `${page()}/sections/${sectionIds[0]}`;
    const refusedPage = await stranger.get(sectionPage);
    expect(refusedPage.body).toContain('Only people of the invited organisations can comment');
    const refused = await stranger.form(`${sectionPage}/comments`, { body: 'Let me in' }, sectionPage);
    expect(refused.statusCode).toBe(403);
    const api = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${page()}/sections/${sectionIds[0]}/comments`,
      headers: { authorization: `Bearer ${strangerToken}` },
      payload: { body: 'Let me in' },
    });
    expect(api.statusCode).toBe(403);
    expect(await count(ctx.db, 'consultation_comments')).toBe(before);

    const first = await invitee.form(`${sectionPage}/comments`, { body: 'Cap the fees at 3%.' }, sectionPage);
    expect(first.statusCode).toBe(303);
    const second = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${page()}/sections/${sectionIds[0]}/comments`,
      headers: { authorization: `Bearer ${inviteeToken}` },
      payload: { body: 'And publish the fees.' },
    });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({
      body: 'And publish the fees.',
      author: { name: 'Ina Invitee' },
      organisation: { name: 'Diaspora Forum' },
      hidden: false,
    });
    const team = await who.browsers.member.form(
      `${sectionPage}/comments`,
      { body: 'Noted, thank you.' },
      sectionPage,
    );
    expect(team.statusCode).toBe(303);
    const shown = await ctx.app.inject(page());
    const order = ['Cap the fees at 3%.', 'And publish the fees.', 'Noted, thank you.'].map((t) =>
      shown.body.indexOf(t),
    );
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(shown.body).toContain('Ina Invitee');
    expect(shown.body).toContain('Diaspora Forum (DF)');
  });

  it('refuses empty and oversize comments, a foreign organisation and another process’s consultation', async () => {
    const before = await count(ctx.db, 'consultation_comments');
    const sectionPage = `${page()}/sections/${sectionIds[0]}`;
    const empty = await invitee.form(`${sectionPage}/comments`, { body: '   ' }, sectionPage);
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Enter your comment');
    const long = await invitee.form(`${sectionPage}/comments`, { body: 'y'.repeat(4001) }, sectionPage);
    expect(long.statusCode).toBe(422);
    expect(long.body).toContain('Your comment must be 4000 characters or fewer');
    expect(long.body).toContain('y'.repeat(100));
    const foreign = await invitee.form(
      `${sectionPage}/comments`,
      { body: 'As another body', organisationId: 'not-mine' },
      sectionPage,
    );
    expect(foreign.statusCode).toBe(422);
    expect(foreign.body).toContain('Choose one of your own organisations');
    const foreignApi = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${page()}/sections/${sectionIds[0]}/comments`,
      headers: { authorization: `Bearer ${inviteeToken}` },
      payload: { body: 'As another body', organisationId: 'not-mine' },
    });
    expect(foreignApi.statusCode).toBe(422);
    expect(foreignApi.json()).toMatchObject({
      code: 'ValidationFailed',
      errors: [{ pointer: '/organisationId', detail: expect.stringContaining('your own organisations') }],
    });
    const elsewhere = `/processes/${hidden.id}/consultations/${consultationId}/sections/${sectionIds[0]}`;
    expect((await who.browsers.member.form(`${elsewhere}/comments`, { body: 'x' }, page())).statusCode).toBe(
      404,
    );
    const otherProcess = await processFor(ctx, who, { title: 'Another public process' });
    const crossed = `/processes/${otherProcess.id}/consultations/${consultationId}/sections/${sectionIds[0]}`;
    expect((await who.browsers.member.form(`${crossed}/comments`, { body: 'x' }, page())).statusCode).toBe(
      404,
    );
    expect(
      (await who.browsers.member.form(`${page()}/sections/nope/comments`, { body: 'x' }, page())).statusCode,
    ).toBe(404);
    const noCsrf = await invitee.form(`${sectionPage}/comments`, { body: 'no token', _csrf: '' });
    expect(noCsrf.statusCode).toBe(403);
    expect(await count(ctx.db, 'consultation_comments')).toBe(before);
  });

  it('keeps one stance per person per section, which they can change', async () => {
    const sectionPage = `${page()}/sections/${sectionIds[1]}`;
    expect((await invitee.form(`${sectionPage}/stance`, { stance: 'support' }, sectionPage)).statusCode).toBe(
      303,
    );
    expect((await invitee.form(`${sectionPage}/stance`, { stance: 'support' }, sectionPage)).statusCode).toBe(
      303,
    );
    let shown = await ctx.app.inject(sectionPage);
    expect(shown.body).toContain('1 person supports');
    expect(shown.body).toContain('0 people object');
    expect((await invitee.form(`${sectionPage}/stance`, { stance: 'object' }, sectionPage)).statusCode).toBe(
      303,
    );
    shown = await ctx.app.inject(sectionPage);
    expect(shown.body).toContain('0 people support');
    expect(shown.body).toContain('1 person objects');
    const rows = await ctx.db.kysely
      .selectFrom('consultation_stances')
      .selectAll()
      .where('section_id', '=', sectionIds[1]!)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.stance).toBe('object');
    const bad = await invitee.form(`${sectionPage}/stance`, { stance: 'maybe' }, sectionPage);
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('Choose whether you support or object');
    const refused = await stranger.form(`${sectionPage}/stance`, { stance: 'support' }, sectionPage);
    expect(refused.statusCode).toBe(403);
    const api = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1${page()}/sections/${sectionIds[1]}/stance`,
      headers: { authorization: `Bearer ${inviteeToken}` },
      payload: { stance: 'none' },
    });
    expect(api.statusCode).toBe(200);
    expect(api.json()).toEqual({ stance: null });
    expect(await count(ctx.db, 'consultation_stances')).toBe(0);
  });

  it('lets moderators and owners hide an abusive comment with an audited reason', async () => {
    const comment = await ctx.db.kysely
      .selectFrom('consultation_comments')
      .selectAll()
      .where('body', '=', 'Cap the fees at 3%.')
      .executeTakeFirstOrThrow();
    const hidePage = `${page()}/comments/${comment.id}/hide`;
    expect((await who.browsers.member.get(hidePage)).statusCode).toBe(404);
    expect((await invitee.get(hidePage)).statusCode).toBe(404);
    expect((await ctx.app.inject(hidePage)).statusCode).toBe(303);
    const noReason = await who.browsers.moderator.form(hidePage, { reason: '' }, hidePage);
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('Enter the reason for hiding this comment');
    const done = await who.browsers.moderator.form(hidePage, { reason: 'Personal attack' }, hidePage);
    expect(done.statusCode).toBe(303);
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'consultation.comment.hide')
      .where('entity_id', '=', comment.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(who.ids.moderator);
    expect(JSON.parse(audit.after_json!)).toMatchObject({ reason: 'Personal attack' });
    const publicPage = await ctx.app.inject(page());
    expect(publicPage.body).not.toContain('Cap the fees at 3%.');
    expect(publicPage.body).not.toContain('Personal attack');
    expect(publicPage.body).toContain('This comment was hidden by a moderator.');
    const moderatorPage = await who.browsers.owner.get(page());
    expect(moderatorPage.body).toContain('Hidden by a moderator: Personal attack');
    const api = (await ctx.app.inject(`/api/v1${page()}`)).json() as {
      sections: { comments: { id: string; body: string | null; hidden: boolean; hiddenReason?: string }[] }[];
    };
    const shown = api.sections[0]!.comments.find((c) => c.id === comment.id)!;
    expect(shown).toMatchObject({ body: null, hidden: true });
    expect(shown.hiddenReason).toBeUndefined();
    const again = await who.browsers.owner.form(hidePage, { reason: 'again' }, page());
    expect(again.statusCode).toBe(409);
  });

  it('lets only the owner close it with a summary; it stays readable and refuses late posts', async () => {
    const closePage = `${page()}/close`;
    expect((await who.browsers.member.get(closePage)).statusCode).toBe(404);
    const version = String((await consultation()).version);
    const empty = await who.browsers.owner.form(closePage, { summary: '', version }, closePage);
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('Enter a summary of what changed');
    const memberTry = await who.browsers.member.form(closePage, { summary: 'Done', version }, page());
    expect(memberTry.statusCode).toBe(404);
    const closed = await who.browsers.owner.form(
      closePage,
      { summary: 'Section 1 now caps fees at 3%.', version },
      closePage,
    );
    expect(closed.statusCode).toBe(303);
    expect((await consultation()).status).toBe('closed');
    const readable = await ctx.app.inject(page());
    expect(readable.statusCode).toBe(200);
    expect(readable.body).toContain('Section 1 now caps fees at 3%.');
    const before = await count(ctx.db, 'consultation_comments');
    const sectionPage = `${page()}/sections/${sectionIds[0]}`;
    const late = await invitee.form(`${sectionPage}/comments`, { body: 'One more thing' }, sectionPage);
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('Your comment was not posted: this consultation closed on');
    expect(late.body).toContain('One more thing');
    const lateApi = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${page()}/sections/${sectionIds[0]}/comments`,
      headers: { authorization: `Bearer ${inviteeToken}` },
      payload: { body: 'One more thing' },
    });
    expect(lateApi.statusCode).toBe(409);
    expect(lateApi.json()).toMatchObject({ code: 'ConsultationClosed' });
    const lateStance = await invitee.form(`${sectionPage}/stance`, { stance: 'support' }, sectionPage);
    expect(lateStance.statusCode).toBe(409);
    expect(await count(ctx.db, 'consultation_comments')).toBe(before);
    expect(await count(ctx.db, 'consultation_stances')).toBe(0);
    const reclose = await who.browsers.owner.form(closePage, { summary: 'again', version: '99' }, page());
    expect(reclose.statusCode).toBe(409);
    // The page and the API ask the command's question: owners are told it is closed, others find nothing.
    expect((await who.browsers.owner.get(closePage)).statusCode).toBe(409);
    const closeApi = (token: string) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/v1${page()}/close`,
        headers: { authorization: `Bearer ${token}` },
        payload: { summary: 'again', version: 99 },
      });
    const ownerAgain = await closeApi(who.tokens.owner);
    expect(ownerAgain.statusCode).toBe(409);
    expect(ownerAgain.json()).toMatchObject({ code: 'ConsultationClosed' });
    expect((await closeApi(who.tokens.member)).statusCode).toBe(404);
    // A closed consultation is no one's to edit: its edit page and the post both answer 404.
    expect((await who.browsers.owner.get(`${page()}/edit`)).statusCode).toBe(404);
    const edit = await who.browsers.owner.form(`${page()}/edit`, draftFields({ version: '9' }), page());
    expect(edit.statusCode).toBe(404);
    const reopen = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${page()}/open`,
      headers: { authorization: `Bearer ${who.tokens.member}` },
      payload: { version: Number((await consultation()).version) },
    });
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json()).toMatchObject({ code: 'ConsultationNotDraft' });
  });

  it('lets any signed-in user take part in a public consultation, not an anonymous one', async () => {
    const created = await who.browsers.owner.form(
      base(),
      draftFields({ title: 'Open to all', audience: 'public', 'invited.0': '' }),
      `${base()}/new`,
    );
    expect(created.statusCode).toBe(303);
    const id = created.headers.location!.split('/').pop()!;
    expect(
      (await who.browsers.owner.form(`${base()}/${id}/open`, { version: '1' }, `${base()}/${id}`)).statusCode,
    ).toBe(303);
    const section = await ctx.db.kysely
      .selectFrom('consultation_sections')
      .select('id')
      .where('consultation_id', '=', id)
      .orderBy('position')
      .executeTakeFirstOrThrow();
    const url = `${base()}/${id}/sections/${section.id}`;
    expect((await stranger.form(`${url}/comments`, { body: 'From the public' }, url)).statusCode).toBe(303);
    expect((await who.browsers.outsider.form(`${url}/comments`, { body: 'Me too' }, url)).statusCode).toBe(
      303,
    );
    const anonymousApi = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${base()}/${id}/sections/${section.id}/comments`,
      payload: { body: 'anonymous' },
    });
    expect(anonymousApi.statusCode).toBe(401);
    const badBody = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${base()}/${id}/sections/${section.id}/comments`,
      headers: { authorization: `Bearer ${strangerToken}` },
      payload: { body: 42 },
    });
    expect(badBody.statusCode).toBe(422);
    const signedOutPage = await ctx.app.inject(url);
    expect(signedOutPage.body).toContain('Sign in to comment on this consultation');
  });

  it('lists consultations in the API and downloads comments as CSV and Excel', async () => {
    const list = (await ctx.app.inject(`/api/v1${base()}`)).json() as {
      data: { status: string }[];
      next: null;
    };
    expect(list.data.map((c) => c.status).sort()).toEqual(['closed', 'open']);
    expect(list.next).toBeNull();
    const outsider = await ctx.app.inject({
      url: `/api/v1/processes/${hidden.id}/consultations`,
      headers: { authorization: `Bearer ${who.tokens.outsider}` },
    });
    expect(outsider.statusCode).toBe(404);
    const csv = await ctx.app.inject(`${page()}/comments.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('And publish the fees.');
    expect(csv.body).not.toContain('Cap the fees at 3%.');
    const xlsx = await ctx.app.inject(`${page()}/comments.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
