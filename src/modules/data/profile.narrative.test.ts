import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation } from '../../../test/support/factories.ts';
import { Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { SESSION_COOKIE } from '../../app.ts';
import { createSession } from '../../auth/session.repository.ts';
import { newId, now } from '../../db/ids.ts';
import type { MembershipRole, OrganisationType } from '../organisations/organisation.table.ts';
import { NARRATIVE_MAX } from './profile.schema.ts';

const EDIT = '/countries/TUN/profile/narrative';

describe.each(DIALECTS)('profile narrative on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  beforeAll(async () => {
    ctx = await testApp(dialect);
  });
  afterAll(() => ctx.close());
  beforeEach(async () => {
    await ctx.db.kysely.deleteFrom('country_narrative_versions').execute();
    await ctx.db.kysely.deleteFrom('country_narratives').execute();
    await ctx.db.kysely.deleteFrom('audit_log').where('entity_type', '=', 'country_narrative').execute();
  });

  async function browserFor(user: { id: string }) {
    const browser = new Browser(ctx.app);
    browser.cookies.set(SESSION_COOKIE, await createSession(ctx.db.kysely, user.id, { days: 1 }));
    return browser;
  }

  /** A signed-in user who is a `role` of an organisation of `type` based in `country`. */
  async function member(
    role: MembershipRole,
    type: OrganisationType = 'national-government',
    country = 'TUN',
  ) {
    const user = await buildUser(ctx.db);
    const org = await buildOrganisation(ctx.db, { name: `Org ${user.id}`, type, country_alpha3: country });
    await ctx.db.kysely
      .insertInto('memberships')
      .values({ organisation_id: org.id, user_id: user.id, role, created_at: now() })
      .execute();
    return browserFor(user);
  }

  /** A signed-in user an administrator named editor of `country`'s narrative. */
  async function editorOf(country = 'TUN') {
    const user = await buildUser(ctx.db);
    await ctx.db.kysely
      .insertInto('country_editors')
      .values({ id: newId(), country_alpha3: country, user_id: user.id, granted_by: null, granted_at: now() })
      .execute();
    return browserFor(user);
  }

  const stored = () =>
    ctx.db.kysely
      .selectFrom('country_narratives')
      .selectAll()
      .where('country_alpha3', '=', 'TUN')
      .executeTakeFirst();

  const save = (browser: Browser, fields: Record<string, string>) =>
    browser.form(EDIT, { body: 'Remittances are a lifeline.', lang: 'en', version: '0', ...fields }, EDIT);

  it('sends signed-out visitors to sign in and refuses their posts', async () => {
    const page = await ctx.app.inject(EDIT);
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe(`/sign-in?next=${encodeURIComponent(EDIT)}`);
    const post = await ctx.app.inject({
      method: 'POST',
      url: EDIT,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'body=x&lang=en&version=0',
    });
    expect([401, 403]).toContain(post.statusCode);
    expect(await stored()).toBeUndefined();
    const profile = await ctx.app.inject('/countries/TUN/profile');
    expect(profile.body).not.toContain(`href="${EDIT}"`);
  });

  it('lets an editor named for the country write it, with an audit row', async () => {
    const editor = await editorOf();
    const profile = await editor.get('/countries/TUN/profile');
    expect(profile.body).toContain(`href="${EDIT}"`);
    const form = await editor.get(EDIT);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('name="version" value="0"');
    const response = await save(editor, {
      body: 'Remittances are a lifeline.\n\nThe diaspora invests at home.',
      lang: 'fr',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/countries/TUN/profile#narrative');
    expect(await stored()).toMatchObject({ version: 1, lang: 'fr' });
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_type', '=', 'country_narrative')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'country_narrative.create', entity_id: 'TUN' });
    const shown = await editor.get('/countries/TUN/profile');
    expect(shown.body).toContain('The narrative has been saved.');
    expect(shown.body).toContain(
      '<div class="narrative__text" lang="fr" dir="ltr"><p>Remittances are a lifeline.</p><p>The diaspora invests at home.</p></div>',
    );
  });

  it('lets admins edit too, and updates with the version they started from', async () => {
    const owner = await editorOf();
    expect((await save(owner, {})).statusCode).toBe(303);
    const admin = await browserFor(await buildUser(ctx.db, { role: 'admin' }));
    expect((await admin.get(EDIT)).body).toContain('name="version" value="1"');
    expect((await save(admin, { body: 'Updated by the admin.', version: '1' })).statusCode).toBe(303);
    expect(await stored()).toMatchObject({ body: 'Updated by the admin.', version: 2 });
    const actions = await ctx.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'country_narrative')
      .orderBy('at')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['country_narrative.create', 'country_narrative.update']);
  });

  it.each([
    // Before decision 43 these two wrote the narrative: an organisation's type gives no right now.
    ['an owner of a national government organisation of the country', () => member('owner')],
    ['an editor of a national government organisation of the country', () => member('editor')],
    ['a plain member of the national government organisation', () => member('member')],
    ['an editor named for another country', () => editorOf('MDA')],
    [
      'an editor of a government organisation of another country',
      () => member('editor', 'national-government', 'MDA'),
    ],
    ['an editor of a civil society organisation of the country', () => member('editor', 'civil-society')],
    ['an editor of a local government of the country', () => member('editor', 'local-government')],
  ])('answers 404 to %s and changes nothing', async (_who, make) => {
    const browser = await make();
    expect((await browser.get(EDIT)).statusCode).toBe(404);
    const profile = await browser.get('/countries/TUN/profile');
    expect(profile.body).not.toContain(`href="${EDIT}"`);
    const token = await browser.csrfToken('/countries/TUN/profile');
    const post = await browser.form(EDIT, {
      _csrf: token,
      body: 'Not mine to write.',
      lang: 'en',
      version: '0',
    });
    expect(post.statusCode).toBe(404);
    expect(await stored()).toBeUndefined();
  });

  it('answers 404 to a signed-in user with no organisation and to a moderator', async () => {
    for (const role of ['user', 'moderator'] as const) {
      const browser = await browserFor(await buildUser(ctx.db, { role }));
      expect((await browser.get(EDIT)).statusCode).toBe(404);
    }
  });

  it('refuses a save that starts from an older version, keeping the text and showing theirs', async () => {
    const first = await editorOf();
    const second = await editorOf();
    expect((await save(first, { body: 'First version.' })).statusCode).toBe(303);
    const conflict = await save(second, { body: 'My own text, written meanwhile.', version: '0' });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.body).toContain('Someone else saved a change to this record while you were editing.');
    expect(conflict.body).toContain('My own text, written meanwhile.</textarea>');
    expect(conflict.body).toContain('<p>First version.</p>');
    expect(conflict.body).toContain('name="version" value="1"');
    expect(await stored()).toMatchObject({ body: 'First version.', version: 1 });
    const retried = await save(second, { body: 'My own text, written meanwhile.', version: '1' });
    expect(retried.statusCode).toBe(303);
    expect(await stored()).toMatchObject({ body: 'My own text, written meanwhile.', version: 2 });
  });

  it('refuses bad input with messages that say how to fix it, and stores nothing', async () => {
    const editor = await editorOf();
    const empty = await save(editor, { body: '   ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.body).toContain('There is a problem');
    expect(empty.body).toContain('href="#body">Enter the narrative</a>');
    const long = await save(editor, { body: 'x'.repeat(NARRATIVE_MAX + 1) });
    expect(long.statusCode).toBe(422);
    expect(long.body).toContain('Narrative must be 10000 characters or fewer');
    const lang = await save(editor, { lang: 'de' });
    expect(lang.statusCode).toBe(422);
    expect(lang.body).toContain('Select the language of the text');
    const version = await save(editor, { version: 'abc' });
    expect(version.statusCode).toBe(422);
    const csrf = await editor.form(EDIT, { _csrf: 'forged', body: 'x', lang: 'en', version: '0' });
    expect(csrf.statusCode).toBe(403);
    expect(await stored()).toBeUndefined();
    const unknown = await editor.form(
      '/countries/QQQ/profile/narrative',
      { body: 'x', lang: 'en', version: '0' },
      EDIT,
    );
    expect(unknown.statusCode).toBe(404);
  });

  it('escapes the text it shows', async () => {
    const editor = await editorOf();
    await save(editor, { body: '<script>alert(1)</script>' });
    const profile = await ctx.app.inject('/countries/TUN/profile');
    expect(profile.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(profile.body).not.toContain('<script>alert(1)');
  });
});
