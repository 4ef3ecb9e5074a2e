import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { type Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { signedIn } from '../../../test/support/seed-organisations.ts';
import { guidanceSearch } from './learning.search.ts';

type Fields = Record<string, string>;

const NOTE: Fields = {
  kind: 'note',
  locale: 'en',
  translationOf: '',
  title: 'Setting up a coordinating body',
  summary: 'Why a body with a cross-cutting mandate helps.',
  body: 'A planning commission or a prime minister’s office can bring ministries together.\n\nSecond paragraph.',
  checklistTemplateId: '',
  changeNote: '',
  tags: 'theme:coordination-body',
};

describe.each(DIALECTS)('guidance library on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let moderator: Browser;
  let plain: Browser;
  let noteId: string;

  const count = async (table: 'guidance_documents' | 'guidance_versions') =>
    Number(
      (
        await ctx.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    ctx = await testApp(dialect);
    moderator = await signedIn(
      ctx.app,
      ctx.db,
      (await buildUser(ctx.db, { role: 'moderator', name: 'Mona Moderator' })).id,
    );
    plain = await signedIn(ctx.app, ctx.db, (await buildUser(ctx.db)).id);
  });
  afterAll(() => ctx.close());

  it('shows the empty library to anyone and the add link only to moderators', async () => {
    const anonymous = await ctx.app.inject('/guidance');
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.body).toContain('Guidance library');
    expect(anonymous.body).not.toContain('href="/guidance/new"');
    expect((await moderator.get('/guidance')).body).toContain('href="/guidance/new"');
  });

  it('refuses the form to anonymous visitors and plain users', async () => {
    expect((await ctx.app.inject('/guidance/new')).statusCode).toBe(303);
    expect((await plain.get('/guidance/new')).statusCode).toBe(404);
    const before = await count('guidance_documents');
    expect((await plain.form('/guidance', NOTE, '/guidance')).statusCode).toBe(404);
    expect(await count('guidance_documents')).toBe(before);
  });

  it('answers 422 with the problems beside the fields and saves nothing', async () => {
    const response = await moderator.form(
      '/guidance',
      { ...NOTE, title: '', tags: 'theme:nope' },
      '/guidance/new',
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('Enter a title.');
    expect(response.body).toContain('Choose themes and sectors from the list.');
    expect(await count('guidance_documents')).toBe(0);
  });

  it('adds a note with its first version and tags, then a new version and a translation', async () => {
    const created = await moderator.form('/guidance', NOTE, '/guidance/new');
    expect(created.statusCode).toBe(303);
    noteId = String(created.headers.location).split('/').at(-1) ?? '';
    const page = await ctx.app.inject(`/guidance/${noteId}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Setting up a coordinating body');
    expect(page.body).toContain('<p dir="auto">Second paragraph.</p>');
    expect(page.body).toContain('First version');
    expect(page.body).toContain('Coordinating body and mandate');

    const edit = `/guidance/${noteId}/edit`;
    const noNote = await moderator.form(edit, { ...NOTE, title: 'Coordinating bodies', version: '1' }, edit);
    expect(noNote.statusCode).toBe(422);
    expect(noNote.body).toContain('Say what this version changes.');
    const saved = await moderator.form(
      edit,
      { ...NOTE, title: 'Coordinating bodies', changeNote: 'Shorter title', version: '1' },
      edit,
    );
    expect(saved.statusCode).toBe(303);
    const stale = await moderator.form(edit, { ...NOTE, changeNote: 'Late', version: '1' }, edit);
    expect(stale.statusCode).toBe(409);
    expect(await count('guidance_versions')).toBe(2);

    const old = await ctx.app.inject(`/guidance/${noteId}/versions/1`);
    expect(old.statusCode).toBe(200);
    expect(old.body).toContain('Setting up a coordinating body');
    expect(old.body).toContain('Mona Moderator');
    expect((await ctx.app.inject(`/guidance/${noteId}/versions/9`)).statusCode).toBe(404);

    const french = await moderator.form(
      '/guidance',
      { ...NOTE, locale: 'fr', translationOf: noteId, title: 'Créer un organe de coordination' },
      '/guidance/new',
    );
    expect(french.statusCode).toBe(303);
    const twice = await moderator.form(
      '/guidance',
      { ...NOTE, locale: 'fr', translationOf: noteId, title: 'Encore' },
      '/guidance/new',
    );
    expect(twice.statusCode).toBe(422);
    expect(twice.body).toContain('already exists in that language');
    expect((await ctx.app.inject(`/guidance/${noteId}`)).body).toContain('Créer un organe de coordination');
  });

  it('lets admins edit as moderators do', async () => {
    const admin = await signedIn(ctx.app, ctx.db, (await buildUser(ctx.db, { role: 'admin' })).id);
    expect((await admin.get('/guidance/new')).statusCode).toBe(200);
    expect((await admin.get(`/guidance/${noteId}/edit`)).statusCode).toBe(200);
  });

  it('keeps the edit form from plain users and anonymous visitors', async () => {
    expect((await plain.get(`/guidance/${noteId}/edit`)).statusCode).toBe(404);
    expect((await ctx.app.inject(`/guidance/${noteId}/edit`)).statusCode).toBe(303);
    expect((await ctx.app.inject('/guidance/nope')).statusCode).toBe(404);
  });

  it('filters the library by kind, language and theme', async () => {
    expect((await ctx.app.inject('/guidance?locale=fr')).body).toContain('Créer un organe');
    expect((await ctx.app.inject('/guidance?locale=fr')).body).not.toContain('Coordinating bodies');
    expect((await ctx.app.inject('/guidance?kind=handbook')).body).toContain('No guidance matches');
    expect((await ctx.app.inject('/guidance?term=sector%3Ahealth')).body).toContain('No guidance matches');
    expect((await ctx.app.inject('/guidance?term=theme%3Acoordination-body')).body).toContain(
      'Coordinating bodies',
    );
  });

  it('serves the library in the API as { data, next } and one document with its versions', async () => {
    const first = await ctx.app.inject('/api/v1/guidance?limit=1');
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page.data).toHaveLength(1);
    expect(page.next).toBeTruthy();
    const second = (await ctx.app.inject(`/api/v1/guidance?limit=1&cursor=${page.next}`)).json();
    expect(second.data).toHaveLength(1);
    expect(second.next).toBeNull();
    expect((await ctx.app.inject('/api/v1/guidance?cursor=garbage!')).statusCode).toBe(400);
    const one = (await ctx.app.inject(`/api/v1/guidance/${noteId}`)).json();
    expect(one.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(one.languages).toHaveLength(1);
    expect(one.actions.edit).toBe(false);
    expect((await ctx.app.inject('/api/v1/guidance/nope')).statusCode).toBe(404);
  });

  it('publishes every document to the search as public', async () => {
    const batches = [];
    for await (const batch of guidanceSearch.all(ctx.db)) batches.push(...batch);
    expect(batches).toHaveLength(2);
    const one = await guidanceSearch.one(ctx.db, noteId);
    expect(one).toMatchObject({ kind: 'guidance', title: 'Coordinating bodies', public: true, locale: 'en' });
    expect(one?.text).toContain('Second paragraph.');
    expect(await guidanceSearch.one(ctx.db, 'nope')).toBeNull();
  });
  it('links a note to a checklist that exists, and the checklist page points back to the note', async () => {
    const template = await ctx.db.kysely
      .selectFrom('checklist_templates')
      .select('id')
      .orderBy('position')
      .executeTakeFirstOrThrow();
    const unknown = await moderator.form(
      '/guidance',
      { ...NOTE, title: 'Scoring the employment checklist', checklistTemplateId: 'no-such-checklist' },
      '/guidance/new',
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.body).toContain('No checklist has this id');
    const linked = await moderator.form(
      '/guidance',
      { ...NOTE, title: 'Scoring the employment checklist', checklistTemplateId: template.id },
      '/guidance/new',
    );
    expect(linked.statusCode).toBe(303);
    const linkedId = String(linked.headers.location).split('/').at(-1);
    const checklist = await ctx.app.inject(`/checklists/${template.id}`);
    expect(checklist.body).toContain('Guidance on this checklist');
    expect(checklist.body).toContain(`href="/guidance/${linkedId}"`);
  });
});
