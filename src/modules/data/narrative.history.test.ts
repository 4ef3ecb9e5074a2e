import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { readPdf } from '../../../test/support/pdf.ts';
import { SESSION_COOKIE } from '../../app.ts';
import { createSession } from '../../auth/session.repository.ts';
import { newId, now } from '../../db/ids.ts';
import { apiToken } from '../organisations/organisation.test-helpers.ts';

const PROFILE = '/countries/MAR/profile';
const EDIT = `${PROFILE}/narrative`;
const HISTORY = `${EDIT}/history`;

/** Issue 7's reproduction, then the explicit grant, the history and its "restore" (decision 43). */
describe.each(DIALECTS)('country editors and narrative history on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
  });
  afterAll(() => ctx.close());
  beforeEach(async () => {
    await ctx.db.kysely.deleteFrom('country_editors').execute();
    await ctx.db.kysely.deleteFrom('country_narrative_versions').execute();
    await ctx.db.kysely.deleteFrom('country_narratives').execute();
  });

  async function browserFor(user: { id: string }) {
    const browser = new Browser(ctx.app);
    browser.cookies.set(SESSION_COOKIE, await createSession(ctx.db.kysely, user.id, { days: 1 }));
    return browser;
  }

  async function grant(userId: string, country = 'MAR') {
    await ctx.db.kysely
      .insertInto('country_editors')
      .values({ id: newId(), country_alpha3: country, user_id: userId, granted_by: null, granted_at: now() })
      .execute();
  }

  const narrative = () =>
    ctx.db.kysely
      .selectFrom('country_narratives')
      .selectAll()
      .where('country_alpha3', '=', 'MAR')
      .executeTakeFirst();

  const audit = (entityType: string) =>
    ctx.db.kysely
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'entity_id', 'after_json'])
      .where('entity_type', '=', entityType)
      .orderBy('at')
      .orderBy('id')
      .execute();

  const save = (browser: Browser, body: string, version: number) =>
    browser.form(EDIT, { body, lang: 'en', version: String(version) }, EDIT);

  it('answers 404 to someone who made a national government organisation for Morocco (form and API)', async () => {
    const user = await buildUser(ctx.db);
    const browser = await browserFor(user);
    const made = await browser.form(
      '/organisations',
      { name: 'Ministère marocain', type: 'national-government', country: 'mar' },
      '/organisations/new',
    );
    expect(made.statusCode).toBe(303);
    const api = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { authorization: `Bearer ${await apiToken(ctx.db, user)}` },
      payload: { name: 'Gouvernement du Maroc', type: 'national-government', country: 'MAR' },
    });
    expect(api.statusCode).toBe(201);
    expect((await browser.get(EDIT)).statusCode).toBe(404);
    expect((await browser.get(HISTORY)).statusCode).toBe(404);
    const post = await browser.form(
      EDIT,
      { body: 'Rewritten by anyone.', lang: 'en', version: '0' },
      PROFILE,
    );
    expect(post.statusCode).toBe(404);
    expect(await narrative()).toBeUndefined();
    const page = await ctx.app.inject(PROFILE);
    expect(page.body).not.toContain('Rewritten by anyone.');
    expect((await browser.get(PROFILE)).body).not.toContain(`href="${EDIT}"`);
  });

  it('lets a named editor write, keeps every version, and restores one as a new, audited version', async () => {
    const writer = await buildUser(ctx.db, { name: 'Amina Writer' });
    await grant(writer.id);
    const editor = await browserFor(writer);
    expect((await editor.get(PROFILE)).body).toContain(`href="${EDIT}"`);
    expect((await save(editor, 'First text of the country team.', 0)).statusCode).toBe(303);
    expect((await save(editor, 'Vandalised text.', 1)).statusCode).toBe(303);
    const versions = await ctx.db.kysely
      .selectFrom('country_narrative_versions')
      .select(['version', 'body', 'created_by', 'reverted_from'])
      .where('country_alpha3', '=', 'MAR')
      .orderBy('version')
      .execute();
    expect(versions).toEqual([
      { version: 1, body: 'First text of the country team.', created_by: writer.id, reverted_from: null },
      { version: 2, body: 'Vandalised text.', created_by: writer.id, reverted_from: null },
    ]);

    expect((await editor.get(PROFILE)).body).toContain(`href="${HISTORY}"`);
    const history = await editor.get(HISTORY);
    expect(history.statusCode).toBe(200);
    expect(history.body).toContain('Version 2 · Current version');
    expect(history.body).toContain('by Amina Writer');
    expect(history.body).toContain('<p>First text of the country team.</p>');
    expect(history.body).toContain(`action="${HISTORY}/1/revert"`);
    expect(history.body).not.toContain(`action="${HISTORY}/2/revert"`);

    const restored = await editor.form(`${HISTORY}/1/revert`, { current: '2' }, HISTORY);
    expect(restored.statusCode).toBe(303);
    expect(restored.headers.location).toBe(`${PROFILE}#narrative`);
    expect(await narrative()).toMatchObject({ body: 'First text of the country team.', version: 3 });
    const rows = await audit('country_narrative');
    expect(rows.map((r) => r.action)).toEqual([
      'country_narrative.create',
      'country_narrative.update',
      'country_narrative.revert',
    ]);
    expect(rows[2]).toMatchObject({ actor_id: writer.id, entity_id: 'MAR' });
    expect(JSON.parse(rows[2]!.after_json!)).toMatchObject({ revertedFrom: 1, version: 3 });
    expect((await editor.get(HISTORY)).body).toContain('Restores version 1.');

    const page = await ctx.app.inject(PROFILE);
    expect(page.body).toContain('<p>First text of the country team.</p>');
    expect(page.body).not.toContain('Vandalised text.');
    const pdf = readPdf((await ctx.app.inject(`${PROFILE}.pdf`)).rawPayload).pages.join('\n');
    expect(pdf).toContain('First text of the country team.');
    expect(pdf).not.toContain('Vandalised text.');
  });

  it('refuses a restore that starts from an older version, an unknown version and a missing token', async () => {
    const writer = await buildUser(ctx.db);
    await grant(writer.id);
    const editor = await browserFor(writer);
    await save(editor, 'One.', 0);
    await save(editor, 'Two.', 1);
    const stale = await editor.form(`${HISTORY}/1/revert`, { current: '1' }, HISTORY);
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('The narrative changed while you were reading its history.');
    expect((await editor.form(`${HISTORY}/9/revert`, { current: '2' }, HISTORY)).statusCode).toBe(404);
    expect((await editor.form(`${HISTORY}/1/revert`, { _csrf: 'forged', current: '2' })).statusCode).toBe(
      403,
    );
    expect(await narrative()).toMatchObject({ body: 'Two.', version: 2 });
  });

  it('lets a moderator read the history and restore, but not write; others get 404', async () => {
    const writer = await buildUser(ctx.db);
    await grant(writer.id);
    const editor = await browserFor(writer);
    await save(editor, 'One.', 0);
    await save(editor, 'Two.', 1);
    const moderator = await browserFor(await buildUser(ctx.db, { role: 'moderator' }));
    expect((await moderator.get(EDIT)).statusCode).toBe(404);
    expect((await moderator.get(HISTORY)).statusCode).toBe(200);
    expect((await moderator.form(`${HISTORY}/1/revert`, { current: '2' }, HISTORY)).statusCode).toBe(303);
    expect(await narrative()).toMatchObject({ body: 'One.', version: 3 });
    const outsider = await browserFor(await buildUser(ctx.db));
    expect((await outsider.get(HISTORY)).statusCode).toBe(404);
    const token = await outsider.csrfToken(PROFILE);
    expect((await outsider.form(`${HISTORY}/2/revert`, { _csrf: token, current: '3' })).statusCode).toBe(404);
    const anonymous = await ctx.app.inject(HISTORY);
    expect(anonymous.statusCode).toBe(303);
    expect(await narrative()).toMatchObject({ version: 3 });
  });

  it('speaks all four languages on the history and country editors pages', async () => {
    const writer = await buildUser(ctx.db);
    await grant(writer.id);
    const editor = await browserFor(writer);
    await save(editor, 'One.', 0);
    await save(editor, 'Two.', 1);
    const admin = await browserFor(await buildUser(ctx.db, { role: 'admin' }));
    const expected = {
      en: ['History of the narrative', 'Country editors'],
      fr: ['Historique du récit', 'Rédacteurs par pays'],
      es: ['Historial del relato', 'Editores por país'],
      ar: ['سجل السرد', 'محررو البلدان'],
    };
    for (const [lang, [history, editors]] of Object.entries(expected)) {
      const headers = { 'accept-language': lang };
      const page = await admin.get(HISTORY, headers);
      expect(page.body).toContain(`<h1>${history}</h1>`);
      const list = await admin.get('/country-editors', headers);
      expect(list.body).toContain(`<h1>${editors}</h1>`);
      // No catalogue key shown raw.
      expect(`${page.body}${list.body}`).not.toMatch(/data\.(history|editors)\./);
    }
  });

  describe('the country editors page', () => {
    it('is for administrators and moderators only', async () => {
      expect((await ctx.app.inject('/country-editors')).statusCode).toBe(303);
      const user = await browserFor(await buildUser(ctx.db));
      expect((await user.get('/country-editors')).statusCode).toBe(404);
      const token = await user.csrfToken(PROFILE);
      const post = await user.form('/country-editors', {
        _csrf: token,
        country: 'MAR',
        email: 'x@example.org',
      });
      expect(post.statusCode).toBe(404);
      const admin = await browserFor(await buildUser(ctx.db, { role: 'admin' }));
      expect((await admin.get('/country-editors')).statusCode).toBe(200);
    });

    it('names an editor, who can then write; removing them takes it away; both are audited', async () => {
      const moderatorUser = await buildUser(ctx.db, { role: 'moderator', name: 'Mo Derator' });
      const moderator = await browserFor(moderatorUser);
      const person = await buildUser(ctx.db, { name: 'Youssef Team', email: 'youssef@example.org' });
      const page = await moderator.get('/country-editors');
      expect(page.body).toContain('No one is a country editor yet.');
      const named = await moderator.form(
        '/country-editors',
        { country: 'MAR', email: 'Youssef@Example.org' },
        '/country-editors',
      );
      expect(named.statusCode).toBe(303);
      const list = await moderator.get('/country-editors');
      expect(list.body).toContain('Youssef Team can now write the narrative of Morocco.');
      expect(list.body).toContain('youssef@example.org');
      expect(list.body).toContain('by Mo Derator');

      const editor = await browserFor(person);
      expect((await editor.get(EDIT)).statusCode).toBe(200);
      expect((await save(editor, 'Written by the named editor.', 0)).statusCode).toBe(303);

      const grantRow = await ctx.db.kysely
        .selectFrom('country_editors')
        .select('id')
        .executeTakeFirstOrThrow();
      const revoked = await moderator.form(`/country-editors/${grantRow.id}/revoke`, {}, '/country-editors');
      expect(revoked.statusCode).toBe(303);
      expect((await editor.get(EDIT)).statusCode).toBe(404);
      const rows = await audit('country_editor');
      expect(rows.map((r) => [r.action, r.entity_id, r.actor_id])).toEqual([
        ['country_editor.grant', 'MAR', moderatorUser.id],
        ['country_editor.revoke', 'MAR', moderatorUser.id],
      ]);
    });

    it('refuses an unknown address, a bad country, a second grant and a missing token, changing nothing', async () => {
      const moderator = await browserFor(await buildUser(ctx.db, { role: 'moderator' }));
      const person = await buildUser(ctx.db, { email: 'known@example.org' });
      const empty = await moderator.form('/country-editors', { country: '', email: '' }, '/country-editors');
      expect(empty.statusCode).toBe(422);
      expect(empty.body).toContain('href="#country">Choose the country</a>');
      expect(empty.body).toContain('href="#email">Enter the email address of an active account</a>');
      const missing = await moderator.form('/country-editors', {}, '/country-editors');
      expect(missing.statusCode).toBe(422);
      expect(missing.body).toContain('href="#country">Choose the country</a>');
      const bad = await moderator.form(
        '/country-editors',
        { country: 'QQQ', email: 'known@example.org' },
        '/country-editors',
      );
      expect(bad.statusCode).toBe(422);
      const unknown = await moderator.form(
        '/country-editors',
        { country: 'MAR', email: 'nobody@example.org' },
        '/country-editors',
      );
      expect(unknown.statusCode).toBe(422);
      expect(unknown.body).toContain('Enter the email address of an active account');
      expect(
        (
          await moderator.form('/country-editors', {
            _csrf: 'forged',
            country: 'MAR',
            email: 'known@example.org',
          })
        ).statusCode,
      ).toBe(403);
      expect(await ctx.db.kysely.selectFrom('country_editors').selectAll().execute()).toEqual([]);
      await grant(person.id);
      const twice = await moderator.form(
        '/country-editors',
        { country: 'MAR', email: 'known@example.org' },
        '/country-editors',
      );
      expect(twice.statusCode).toBe(422);
      expect(twice.body).toContain('This person is already an editor of this country');
      expect((await moderator.form('/country-editors/nope/revoke', {}, '/country-editors')).statusCode).toBe(
        404,
      );
    });
  });
});
