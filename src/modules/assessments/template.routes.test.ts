import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { Browser } from '../../../test/support/http.ts';
import { apiToken, assessmentWorld, auditCount, type World } from './assessment.test-helpers.ts';
import { loadStarterTemplates } from './template.reference.ts';

describe.each(DIALECTS)('checklist templates on %s', (dialect) => {
  let world: World;
  let labour: string;
  let adminToken: string;
  let memberToken: string;
  beforeAll(async () => {
    world = await assessmentWorld(dialect);
    labour = world.templates.get('sector-labour')!;
    adminToken = await apiToken(world, world.users.admin.id);
    memberToken = await apiToken(world, world.users.member.id);
  });
  afterAll(() => world.close());

  const count = async (
    table: 'checklist_templates' | 'checklist_template_versions' | 'checklist_template_items',
  ) =>
    Number(
      (
        await world.db.kysely
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const post = (browser: Browser, url: string, fields: Record<string, string>, page: string) =>
    browser.form(url, fields, page);

  it('loads the starter set once: 12 sectors and 2 governance levels, version 1 each', async () => {
    expect(world.templates.size).toBe(14);
    const before = await count('checklist_template_items');
    await loadStarterTemplates(world.db);
    await loadStarterTemplates(world.db);
    expect(await count('checklist_templates')).toBe(14);
    expect(await count('checklist_template_versions')).toBe(14);
    expect(await count('checklist_template_items')).toBe(before);
  });

  it('lists and shows templates to everyone, and offers editing to admins only', async () => {
    const list = await world.app.inject('/checklists');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Sector checklists');
    expect(list.body).toContain('Governance domains');
    expect(list.body).toContain(`href="/checklists/${labour}"`);
    expect(list.body).not.toContain('Import a checklist');
    const page = await world.app.inject(`/checklists/${labour}`);
    expect(page.body).toContain('Are recruitment agencies licensed and monitored');
    expect(page.body).toContain('Evidence expected');
    expect(page.body).toContain('Corridor starter set');
    expect(page.body).not.toContain('Edit this checklist');
    const spanish = await world.app.inject({
      url: `/checklists/${labour}`,
      headers: { 'accept-language': 'es' },
    });
    expect(spanish.body).toContain('¿Las agencias de contratación tienen licencia');
    const governance = await world.app.inject(`/checklists/${world.templates.get('governance-local')}`);
    expect(governance.body).toContain('Safe, orderly and regular migration');
    expect(governance.body).toContain('Fully present');
    const admin = await world.browsers.admin.get(`/checklists/${labour}`);
    expect(admin.body).toContain('Edit this checklist');
    expect((await world.browsers.admin.get('/checklists')).body).toContain('Import a checklist');
    expect((await world.app.inject('/checklists/nope')).statusCode).toBe(404);
    expect((await world.app.inject(`/checklists/${labour}?version=9`)).statusCode).toBe(404);
  });

  it('exports a version as JSON that imports back unchanged', async () => {
    const exported = await world.app.inject(`/checklists/${labour}/export.json`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('sector-labour-v1.json');
    const doc = exported.json() as {
      key: string;
      version: number;
      items: { question: Record<string, string> }[];
    };
    expect(doc).toMatchObject({ format: 'corridor.checklist-template', key: 'sector-labour', version: 1 });
    expect(Object.keys(doc.items[0]!.question)).toEqual(['en', 'fr', 'es', 'ar']);
    const again = await post(
      world.browsers.admin,
      '/checklists/import',
      { json: exported.body },
      '/checklists/import',
    );
    expect(again.statusCode).toBe(303);
    expect(await count('checklist_template_versions')).toBe(14);
  });

  it('keeps the edit and import pages for admins: others get 404, signed-out visitors sign in', async () => {
    for (const url of [`/checklists/${labour}/edit`, '/checklists/import']) {
      const anonymous = await world.app.inject(url);
      expect(anonymous.statusCode).toBe(303);
      expect(anonymous.headers.location).toContain('/sign-in');
      expect((await world.browsers.member.get(url)).statusCode).toBe(404);
      expect((await world.browsers.owner.get(url)).statusCode).toBe(404);
    }
    const member = await post(world.browsers.member, '/checklists/import', { json: '{}' }, '/checklists');
    expect(member.statusCode).toBe(404);
    const anonymous = await post(new Browser(world.app), '/checklists/import', { json: '{}' }, '/sign-in');
    expect(anonymous.statusCode).toBe(401);
  });

  it('makes a new version when an admin edits, in any language, and refuses a stale version', async () => {
    const form = await world.browsers.admin.get(`/checklists/${labour}/edit?lang=fr`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('English: Does the national employment strategy');
    const fields: Record<string, string> = {
      version: '1',
      lang: 'fr',
      title: 'Travail et emploi',
      note: 'Traduction revue',
    };
    for (const [, name, value] of form.body.matchAll(
      /<input type="hidden" name="(items\.\d+\.key)" value="([^"]*)"/g,
    ))
      fields[name!] = value!;
    fields['items.0.question'] = 'La stratégie pour l’emploi traite-t-elle de la migration ?';
    const saved = await post(
      world.browsers.admin,
      `/checklists/${labour}/edit`,
      fields,
      `/checklists/${labour}/edit?lang=fr`,
    );
    expect(saved.statusCode).toBe(303);
    const v2 = await world.app.inject({ url: `/checklists/${labour}`, headers: { 'accept-language': 'fr' } });
    expect(v2.body).toContain('La stratégie pour l’emploi traite-t-elle de la migration ?');
    // The other French texts were left blank in this form: readers now see the English.
    expect(v2.body).toContain('<span lang="en" dir="auto">Are recruitment agencies licensed');
    const v1 = await world.app.inject({
      url: `/checklists/${labour}?version=1`,
      headers: { 'accept-language': 'fr' },
    });
    expect(v1.body).toContain('Les agences de recrutement sont-elles agréées');
    expect(await auditCount(world, 'checklist-template.version')).toBe(1);
    // Someone still on version 1's form.
    const stale = await post(
      world.browsers.admin,
      `/checklists/${labour}/edit`,
      { ...fields, 'items.0.question': 'Ma version' },
      `/checklists/${labour}/edit`,
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Someone else saved a new version');
    expect(stale.body).toContain('Ma version');
    expect(await count('checklist_template_versions')).toBe(15);
  });

  it('shows every problem of the edit form beside its field and saves nothing', async () => {
    const fields = {
      version: '2',
      lang: 'en',
      title: '',
      'items.0.key': 'labour-strategy',
      'items.0.question': '',
      'items.1.key': 'labour-recruitment',
      'items.1.question': 'q'.repeat(501),
    };
    const response = await post(
      world.browsers.admin,
      `/checklists/${labour}/edit`,
      fields,
      `/checklists/${labour}/edit`,
    );
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('<a href="#title">Enter a title</a>');
    expect(response.body).toContain('<a href="#items.0.question">Question 1: Enter a question</a>');
    expect(response.body).toContain('Question 2: Shorten this text to 500 characters or fewer');
    expect(await count('checklist_template_versions')).toBe(15);
  });

  it('imports a JSON checklist from the admin form, or lists each problem with its path and saves nothing', async () => {
    const before = await count('checklist_templates');
    const auditsBefore = await auditCount(world, 'checklist-template.create');
    const bad = await post(
      world.browsers.admin,
      '/checklists/import',
      {
        json: JSON.stringify({
          key: 'sector-test',
          kind: 'sector',
          scale: 'stars',
          sector: 'health',
          title: 'Test',
          items: [
            { question: 'One?' },
            { question: 'Two?' },
            { question: 'Three?' },
            { guidance: 'No question' },
          ],
        }),
      },
      '/checklists/import',
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('scale: Choose a scale: coherence, presence');
    expect(bad.body).toContain('items[3].question: Enter a question');
    expect(bad.body).toContain('&quot;kind&quot;:&quot;sector&quot;');
    const syntax = await post(
      world.browsers.admin,
      '/checklists/import',
      { json: '{"key": ' },
      '/checklists/import',
    );
    expect(syntax.statusCode).toBe(422);
    expect(syntax.body).toContain('This is not valid JSON');
    const huge = await post(
      world.browsers.admin,
      '/checklists/import',
      { json: JSON.stringify({ key: 'x', title: 'y'.repeat(300 * 1024) }) },
      '/checklists/import',
    );
    expect(huge.statusCode).toBe(422);
    expect(huge.body).toContain('The checklist is too large');
    const changed = await post(
      world.browsers.admin,
      '/checklists/import',
      {
        json: JSON.stringify({
          key: 'sector-labour',
          kind: 'sector',
          scale: 'presence',
          sector: 'labour',
          title: 'L',
          items: [{ question: 'Q?' }],
        }),
      },
      '/checklists/import',
    );
    expect(changed.statusCode).toBe(422);
    expect(changed.body).toContain('scale: Keep the value of the existing checklist (coherence)');
    expect(await count('checklist_templates')).toBe(before);
    expect(await auditCount(world, 'checklist-template.create')).toBe(auditsBefore);
    const good = await post(
      world.browsers.admin,
      '/checklists/import',
      {
        json: JSON.stringify({
          key: 'sector-labour-local',
          kind: 'sector',
          scale: 'coherence',
          sector: 'labour',
          title: { en: 'Labour (local)', ar: 'العمل (محلي)' },
          items: [{ key: 'local-jobs', question: 'Do local employment services reach returnees?' }],
        }),
      },
      '/checklists/import',
    );
    expect(good.statusCode).toBe(303);
    expect(await count('checklist_templates')).toBe(before + 1);
    expect(await auditCount(world, 'checklist-template.create')).toBe(auditsBefore + 1);
  });

  it('lists templates in the API with a cursor, and gives one as a document', async () => {
    const first = await world.app.inject('/api/v1/checklist-templates?limit=10');
    expect(first.statusCode).toBe(200);
    const page1 = first.json() as { data: { key: string; title: string }[]; next: string };
    expect(page1.data).toHaveLength(10);
    expect(page1.data[0]).toMatchObject({ key: 'sector-labour', title: 'Labour and employment', version: 2 });
    const page2 = (
      await world.app.inject(`/api/v1/checklist-templates?limit=10&cursor=${page1.next}`)
    ).json() as {
      data: { key: string }[];
      next: string | null;
    };
    expect(page2.data.map((t) => t.key)).toContain('governance-local');
    expect(page2.data.map((t) => t.key)).toContain('sector-labour-local');
    expect(page2.next).toBeNull();
    expect((await world.app.inject('/api/v1/checklist-templates?cursor=bad')).statusCode).toBe(400);
    const one = (await world.app.inject(`/api/v1/checklist-templates/${labour}?version=1`)).json() as Record<
      string,
      unknown
    >;
    expect(one).toMatchObject({
      id: labour,
      key: 'sector-labour',
      version: 1,
      currentVersion: 2,
      kind: 'sector',
    });
    expect((await world.app.inject('/api/v1/checklist-templates/nope')).statusCode).toBe(404);
    const openapi = (await world.app.inject('/api/openapi.json')).json() as {
      paths: Record<string, unknown>;
    };
    expect(Object.keys(openapi.paths)).toContain('/api/v1/checklist-templates');
  });

  it('imports through the API for admins only, with each problem’s path on failure', async () => {
    const body = {
      key: 'governance-city',
      kind: 'governance',
      scale: 'presence',
      level: 'local',
      title: 'City',
      items: [{ question: 'Q?', domain: 'rights' }],
    };
    const send = (payload: string, token?: string) =>
      world.app.inject({
        method: 'POST',
        url: '/api/v1/checklist-templates',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        payload,
      });
    expect((await send(JSON.stringify(body))).statusCode).toBe(401);
    expect((await send(JSON.stringify(body), memberToken)).statusCode).toBe(404);
    const before = await count('checklist_templates');
    const malformed = await send('{"key": "x", ', adminToken);
    expect(malformed.statusCode).toBe(422);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    expect((malformed.json() as { errors: { detail: string }[] }).errors[0]!.detail).toMatch(
      /^This is not valid JSON/,
    );
    const invalid = await send(
      JSON.stringify({ ...body, items: [{ domain: 'rights' }, { question: 'Q2?', domain: 'nowhere' }] }),
      adminToken,
    );
    expect(invalid.statusCode).toBe(422);
    expect((invalid.json() as { errors: unknown[] }).errors).toEqual([
      {
        location: 'body',
        path: 'items[0].question',
        pointer: '/items/0/question',
        detail: 'Enter a question',
      },
      {
        location: 'body',
        path: 'items[1].domain',
        pointer: '/items/1/domain',
        detail:
          'Choose a domain: rights, whole-of-government, partnerships, well-being, crises, safe-orderly-regular',
      },
    ]);
    const oversize = await send(JSON.stringify({ ...body, title: 't'.repeat(300 * 1024) }), adminToken);
    expect(oversize.statusCode).toBe(422);
    expect(await count('checklist_templates')).toBe(before);
    const created = await send(JSON.stringify(body), adminToken);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ key: 'governance-city', version: 1, unchanged: false });
    const next = await send(JSON.stringify({ ...body, title: 'City level' }), adminToken);
    expect(next.statusCode).toBe(200);
    expect(next.json()).toMatchObject({ version: 2 });
  });

  it('never overwrites an admin’s edits when the starter set loads again', async () => {
    await loadStarterTemplates(world.db);
    const row = await world.db.kysely
      .selectFrom('checklist_templates')
      .select('current_version')
      .where('id', '=', labour)
      .executeTakeFirstOrThrow();
    expect(row.current_version).toBe(2);
  });
});
