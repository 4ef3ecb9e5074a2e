import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildOrganisation } from '../../../test/support/factories.ts';
import { buildUser, testApp } from '../../../test/support/http.ts';
import { SESSION_COOKIE } from '../../app.ts';
import {
  auditRows,
  type Ctx,
  membershipsOf,
  organisationRow,
  organisationWithRoles,
  signedIn,
  type TestUser,
} from './organisation.test-helpers.ts';

const VALID = {
  name: 'Diaspora Forum',
  acronym: 'DF',
  type: 'migrant-diaspora',
  country: 'jam',
  website: 'https://diaspora.example.org',
  description: 'Links Jamaicans abroad with local development.',
};

async function countOrganisations(ctx: Ctx) {
  const row = await ctx.db.kysely
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(DIALECTS)('adding an organisation on %s', (dialect) => {
  let ctx: Ctx;
  let user: TestUser;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    user = await buildUser(ctx.db, { name: 'Creator' });
  });
  afterAll(() => ctx.close());

  it('sends signed-out visitors to sign in, and refuses their post', async () => {
    const page = await ctx.app.inject('/organisations/new');
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/sign-in?next=%2Forganisations%2Fnew');
    // A valid CSRF token, but no session any more: 401 and nothing created.
    const browser = await signedIn(ctx, user);
    const token = await browser.csrfToken('/organisations/new');
    browser.cookies.delete(SESSION_COOKIE);
    const response = await browser.form('/organisations', { ...VALID, _csrf: token });
    expect(response.statusCode).toBe(401);
    expect(await countOrganisations(ctx)).toBe(0);
  });

  it('refuses a post without a CSRF token and creates nothing', async () => {
    const browser = await signedIn(ctx, user);
    const response = await browser.form('/organisations', { ...VALID, _csrf: '' });
    expect(response.statusCode).toBe(403);
    expect(await countOrganisations(ctx)).toBe(0);
    expect(await auditRows(ctx.db)).toEqual([]);
  });

  it('shows the form with labels, hints and the 9 types to a signed-in user', async () => {
    const browser = await signedIn(ctx, user);
    const page = await browser.get('/organisations/new');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<label class="field__label" for="name">Name</label>');
    expect(page.body.match(/<option value="[a-z-]+">/g)?.length).toBeGreaterThanOrEqual(9);
    expect(page.body).toContain('<option value="MUS">Mauritius</option>');
  });

  it.each([
    ['an empty name', { name: '   ' }, 'Enter the name of the organisation'],
    ['a name over 200 characters', { name: 'n'.repeat(201) }, 'Name must be 200 characters or fewer'],
    ['an acronym over 20 characters', { acronym: 'A'.repeat(21) }, 'Acronym must be 20 characters or fewer'],
    ['no type', { type: '' }, 'Select the type of organisation'],
    ['an unknown type', { type: 'club' }, 'Select the type of organisation'],
    ['an unknown country', { country: 'XXX' }, 'Select a country from the list, or leave it empty'],
    ['a malformed country', { country: 'Jamaica' }, 'Select a country from the list, or leave it empty'],
    [
      'a javascript: website',
      { website: 'javascript:alert(1)' },
      'Enter a web address that starts with https://',
    ],
    [
      'a website without http',
      { website: 'www.example.org' },
      'Enter a web address that starts with https://',
    ],
    ['a website over 500 characters', { website: `https://e.org/${'p'.repeat(490)}` }, 'Website must be 500'],
    ['a description over 5000 characters', { description: 'd'.repeat(5001) }, 'Description must be 5000'],
  ])('refuses %s with 422, keeps the input and creates nothing', async (_what, change, message) => {
    const browser = await signedIn(ctx, user);
    const fields = { ...VALID, ...change };
    const response = await browser.form('/organisations', fields, '/organisations/new');
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('There is a problem');
    expect(response.body).toContain(message);
    if (!('description' in change)) expect(response.body).toContain('>Links Jamaicans abroad');
    if (!('name' in change)) expect(response.body).toContain('value="Diaspora Forum"');
    expect(await countOrganisations(ctx)).toBe(0);
    expect(await auditRows(ctx.db)).toEqual([]);
  });

  it('creates the organisation, makes the creator its owner and writes audit rows', async () => {
    const browser = await signedIn(ctx, user);
    const response = await browser.form('/organisations', VALID, '/organisations/new');
    expect(response.statusCode).toBe(303);
    const id = /^\/organisations\/([^/]+)$/.exec(String(response.headers.location))?.[1];
    expect(id).toBeDefined();
    const row = await organisationRow(ctx.db, id!);
    expect(row).toMatchObject({
      name: 'Diaspora Forum',
      acronym: 'DF',
      type: 'migrant-diaspora',
      country_alpha3: 'JAM',
      website: 'https://diaspora.example.org',
      created_by: user.id,
      version: 1,
    });
    expect(await membershipsOf(ctx.db, id!)).toEqual({ [user.id]: 'owner' });
    const audit = await auditRows(ctx.db, id!);
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['organisation.create', user.id],
      ['organisation.member.add', user.id],
    ]);
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ name: 'Diaspora Forum', country: 'JAM' });
    const page = await browser.get(response.headers.location as string);
    expect(page.body).toContain('Organisation added. You are its owner.');
    expect(page.body).toContain(`href="/organisations/${id}/edit"`);
  });
});

describe.each(DIALECTS)('editing an organisation on %s', (dialect) => {
  let ctx: Ctx;
  let roles: Awaited<ReturnType<typeof organisationWithRoles>>;
  let id: string;
  let url: string;
  beforeAll(async () => {
    ctx = await testApp(dialect);
    roles = await organisationWithRoles(ctx, { country_alpha3: 'TUN', type: 'national-government' });
    id = roles.organisation.id;
    url = `/organisations/${id}/edit`;
  });
  beforeEach(async () => {
    // Every test starts from the same stored organisation at version 1 and no audit rows.
    await ctx.db.kysely
      .updateTable('organisations')
      .set({ name: 'Ministry of Planning', acronym: null, description: null, website: null, version: 1 })
      .where('id', '=', id)
      .execute();
    await ctx.db.kysely.deleteFrom('audit_log').where('entity_type', '=', 'organisation').execute();
  });
  afterAll(() => ctx.close());

  const edit = (name: string, version = '1') => ({
    name,
    acronym: 'MoP',
    type: 'national-government',
    country: 'TUN',
    website: 'http://plan.example.tn',
    description: 'Updated description',
    version,
  });

  it('sends signed-out visitors to sign in and refuses their post', async () => {
    const page = await ctx.app.inject(url);
    expect(page.statusCode).toBe(303);
    expect(String(page.headers.location)).toContain('/sign-in?next=');
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(edit('Hijacked')).toString(),
    });
    expect(anonymous.statusCode).toBe(403);
    expect((await organisationRow(ctx.db, id))?.name).toBe('Ministry of Planning');
  });

  it.each(['outsider', 'member', 'moderator'] as const)(
    'answers 404 to a %s, for the form and the post, and changes nothing',
    async (who) => {
      const browser = await signedIn(ctx, roles[who]);
      expect((await browser.get(url)).statusCode).toBe(404);
      const token = await browser.csrfToken('/organisations');
      const response = await browser.form(url, { ...edit('Hijacked'), _csrf: token });
      expect(response.statusCode).toBe(404);
      expect((await organisationRow(ctx.db, id))?.name).toBe('Ministry of Planning');
      expect(await auditRows(ctx.db, id)).toEqual([]);
    },
  );

  it.each(['editor', 'owner', 'admin'] as const)(
    'lets an %s edit: new version, audit row with before and after',
    async (who) => {
      const browser = await signedIn(ctx, roles[who]);
      const form = await browser.get(url);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('value="Ministry of Planning"');
      expect(form.body).toContain('<input type="hidden" name="version" value="1"/>');
      const response = await browser.form(url, edit(`Ministry edited by ${who}`), url);
      expect(response.statusCode).toBe(303);
      expect(response.headers.location).toBe(`/organisations/${id}`);
      const row = await organisationRow(ctx.db, id);
      expect(row).toMatchObject({ name: `Ministry edited by ${who}`, acronym: 'MoP', version: 2 });
      const audit = await auditRows(ctx.db, id);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: 'organisation.update', actor_id: roles[who].id });
      expect(JSON.parse(audit[0]!.before_json!)).toEqual({
        name: 'Ministry of Planning',
        acronym: null,
        website: null,
        description: null,
      });
      expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ name: `Ministry edited by ${who}` });
      expect((await browser.get(`/organisations/${id}`)).body).toContain('Your changes have been saved.');
    },
  );

  it('re-renders a stale save with 409, the user text kept and their version shown; saving again works', async () => {
    const browser = await signedIn(ctx, roles.editor);
    const form = await browser.get(url);
    expect(form.body).toContain('name="version" value="1"');
    // Someone else saves first.
    const other = await signedIn(ctx, roles.owner);
    expect((await other.form(url, edit('Saved by the owner'), url)).statusCode).toBe(303);
    const stale = await browser.form(url, edit('My careful wording'), url);
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Someone else saved a change to this record while you were editing');
    expect(stale.body).toContain('value="My careful wording"');
    expect(stale.body).toContain('The version saved by someone else');
    expect(stale.body).toContain('Saved by the owner');
    expect(stale.body).toContain('name="version" value="2"');
    expect((await organisationRow(ctx.db, id))?.name).toBe('Saved by the owner');
    expect((await auditRows(ctx.db, id)).map((a) => a.actor_id)).toEqual([roles.owner.id]);
    // Having seen their version, the editor saves deliberately.
    const again = await browser.form(url, edit('My careful wording', '2'), url);
    expect(again.statusCode).toBe(303);
    expect(await organisationRow(ctx.db, id)).toMatchObject({ name: 'My careful wording', version: 3 });
  });

  it.each([
    ['an empty name', { name: '' }, 'Enter the name of the organisation'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, 'Enter a web address'],
    ['an unknown country', { country: 'ZZZ' }, 'Select a country from the list'],
    ['a wrong type', { type: 'government' }, 'Select the type of organisation'],
  ])(
    'refuses %s with 422, keeps the version it started from, changes nothing',
    async (_w, change, message) => {
      const browser = await signedIn(ctx, roles.owner);
      const response = await browser.form(url, { ...edit('Changed'), ...change }, url);
      expect(response.statusCode).toBe(422);
      expect(response.body).toContain(message);
      expect(response.body).toContain('name="version" value="1"');
      expect(response.body).toContain('Updated description');
      expect(await organisationRow(ctx.db, id)).toMatchObject({ name: 'Ministry of Planning', version: 1 });
      expect(await auditRows(ctx.db, id)).toEqual([]);
    },
  );

  it('refuses a post without a version or CSRF token, and an unknown id', async () => {
    const browser = await signedIn(ctx, roles.owner);
    const { version: _v, ...noVersion } = edit('No version');
    expect((await browser.form(url, noVersion, url)).statusCode).toBe(400);
    expect((await browser.form(url, { ...edit('No token'), _csrf: '' })).statusCode).toBe(403);
    expect((await browser.get('/organisations/nope/edit')).statusCode).toBe(404);
    expect((await browser.form('/organisations/nope/edit', edit('Ghost'), url)).statusCode).toBe(404);
    expect(await organisationRow(ctx.db, id)).toMatchObject({ name: 'Ministry of Planning', version: 1 });
    expect(await auditRows(ctx.db, id)).toEqual([]);
  });

  it("answers 404 to an owner editing someone else's organisation", async () => {
    const other = await buildOrganisation(ctx.db, { name: 'Other Body' });
    const browser = await signedIn(ctx, roles.owner);
    const otherUrl = `/organisations/${other.id}/edit`;
    expect((await browser.get(otherUrl)).statusCode).toBe(404);
    expect((await browser.form(otherUrl, edit('Taken over'), url)).statusCode).toBe(404);
    expect((await organisationRow(ctx.db, other.id))?.name).toBe('Other Body');
  });

  it('writes nothing when nothing changed', async () => {
    const browser = await signedIn(ctx, roles.owner);
    const same = { name: 'Ministry of Planning', acronym: '', type: 'national-government', country: 'TUN' };
    const response = await browser.form(url, { ...same, website: '', description: '', version: '1' }, url);
    expect(response.statusCode).toBe(303);
    expect((await organisationRow(ctx.db, id))?.version).toBe(1);
    expect(await auditRows(ctx.db, id)).toEqual([]);
  });
});
