import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { buildProcess } from '../../../test/support/factories.ts';
import { testApp } from '../../../test/support/http.ts';
import {
  type Ctx,
  count,
  ensureThemes,
  type People,
  people,
  processFor,
} from '../reports/report.test-helpers.ts';
import { loadLessonDemo, SEED_LESSONS } from './lesson.demo.ts';

type Fields = Record<string, string>;

const lessonFields = (overrides: Fields = {}): Fields => ({
  text: 'Bring the planning commission in from the start.',
  themes: 'theme:political-buy-in',
  tags: 'planning, Planning, local level',
  stage: 'preparation',
  'date.day': '',
  'date.month': '7',
  'date.year': '2013',
  source: '',
  ...overrides,
});

describe.each(DIALECTS)('lessons learned on %s', (dialect) => {
  let ctx: Ctx;
  let who: People;
  let moldova: { id: string };
  let secret: { id: string };
  let jamaica: { id: string };
  const log = (id: string) => `/processes/${id}/lessons`;
  const bearer = (role: keyof People['tokens']) => ({ authorization: `Bearer ${who.tokens[role]}` });

  beforeAll(async () => {
    ctx = await testApp(dialect);
    await ensureThemes(ctx.db);
    who = await people(ctx);
    moldova = await processFor(ctx, who, { title: 'Moldova process', country_alpha3: 'MDA' });
    secret = await processFor(ctx, who, {
      title: 'Private Tunisia process',
      country_alpha3: 'TUN',
      visibility: 'private',
    });
    jamaica = await processFor(ctx, who, { title: 'Jamaica process', country_alpha3: 'JAM' });
  });
  afterAll(() => ctx.close());

  it('shows a public log to anonymous visitors and hides a private one everywhere', async () => {
    const page = await ctx.app.inject(log(moldova.id));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('has not recorded any lessons yet');
    expect(page.body).not.toContain('Record a lesson');
    expect((await ctx.app.inject(log(secret.id))).statusCode).toBe(404);
    expect((await ctx.app.inject(`/api/v1${log(secret.id)}`)).statusCode).toBe(404);
    expect((await ctx.app.inject(`${log(secret.id)}.csv`)).statusCode).toBe(404);
    expect((await ctx.app.inject(`${log(moldova.id)}/new`)).statusCode).toBe(303);
    const post = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${log(moldova.id)}`,
      payload: { text: 'x' },
    });
    expect(post.statusCode).toBe(401);
  });

  it('lets members and owners keep the log; observers, outsiders and moderators only read', async () => {
    for (const role of ['outsider', 'moderator'] as const) {
      expect((await who.browsers[role].get(log(secret.id))).statusCode).toBe(404);
      const api = await ctx.app.inject({ url: `/api/v1${log(secret.id)}`, headers: bearer(role) });
      expect(api.statusCode).toBe(404);
    }
    expect((await who.browsers.observer.get(log(secret.id))).statusCode).toBe(200);
    for (const role of ['observer', 'outsider', 'moderator'] as const) {
      expect((await who.browsers[role].get(`${log(moldova.id)}/new`)).statusCode).toBe(404);
      const form = await who.browsers[role].form(log(moldova.id), lessonFields(), log(moldova.id));
      expect(form.statusCode).toBe(404);
      const api = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1${log(moldova.id)}`,
        headers: bearer(role),
        payload: { text: 'Not mine to write' },
      });
      expect(api.statusCode).toBe(404);
    }
    expect(await count(ctx.db, 'lessons')).toBe(0);

    const created = await who.browsers.member.form(log(moldova.id), lessonFields(), `${log(moldova.id)}/new`);
    expect(created.statusCode).toBe(303);
    const shown = await ctx.app.inject(log(moldova.id));
    expect(shown.body).toContain('Bring the planning commission in from the start.');
    expect(shown.body).toContain('Political buy-in');
    expect(shown.body).toContain('Preparation and institutional set-up');
    expect(shown.body).toContain('July 2013');
    expect(shown.body).toContain('The member');
    const row = await ctx.db.kysely.selectFrom('lessons').selectAll().executeTakeFirstOrThrow();
    expect(JSON.parse(row.free_tags_json)).toEqual(['planning', 'local level']);
    expect(row.lesson_date).toBe('2013-07');
    const audit = await ctx.db.kysely
      .selectFrom('audit_log')
      .select('action')
      .where('entity_id', '=', row.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['lesson.create']);

    const byOwner = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${log(jamaica.id)}`,
      headers: bearer('owner'),
      payload: { text: 'Data on returnees was missing.', themes: ['data'], stage: 'evidence', date: '2013' },
    });
    expect(byOwner.statusCode).toBe(201);
    expect(byOwner.json()).toMatchObject({
      themes: [{ id: 'theme:data', name: 'Data' }],
      stage: 'evidence',
      date: '2013',
    });
    const byAdmin = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${log(secret.id)}`,
      headers: bearer('admin'),
      payload: { text: 'A private insight.', themes: ['theme:political-buy-in'] },
    });
    expect(byAdmin.statusCode).toBe(201);
    expect(await count(ctx.db, 'lessons')).toBe(3);
  });

  it('refuses bad input with a message that says how to fix it, and changes nothing', async () => {
    const before = [await count(ctx.db, 'lessons'), await count(ctx.db, 'audit_log')];
    const cases: [Fields, string][] = [
      [{ text: '  ' }, 'Enter the lesson'],
      [{ text: 'x'.repeat(4001) }, 'The lesson must be 4000 characters or fewer'],
      [{ themes: 'theme:nope' }, 'Choose themes from the list'],
      [{ stage: 'lunch' }, 'Choose a stage from the list, or no stage'],
      [{ 'date.month': '13' }, 'Enter the month as a number from 1 to 12'],
      [{ 'date.day': '31', 'date.month': '2' }, 'The date must be a real date'],
      [{ tags: 'x'.repeat(41) }, 'Each tag must be 40 characters or fewer'],
    ];
    for (const [fields, message] of cases) {
      const response = await who.browsers.member.form(
        log(moldova.id),
        lessonFields(fields),
        `${log(moldova.id)}/new`,
      );
      expect(response.statusCode, message).toBe(422);
      expect(response.body).toContain(message);
    }
    const noCsrf = await who.browsers.member.form(log(moldova.id), { ...lessonFields(), _csrf: '' });
    expect(noCsrf.statusCode).toBe(403);
    const apiCases: [Record<string, unknown>, number][] = [
      [{ text: '' }, 422],
      [{ text: 'ok', stage: 'lunch' }, 422],
      [{ text: 'ok', date: '2013-02-30' }, 422],
      [{ text: 'ok', themes: ['theme:nope'] }, 422],
      [{ text: 42 }, 422],
    ];
    for (const [payload, status] of apiCases) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1${log(moldova.id)}`,
        headers: bearer('member'),
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
    }
    // A theme the schema lets through but the service does not know is named beside its field.
    const unknownTheme = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1${log(moldova.id)}`,
      headers: bearer('member'),
      payload: { text: 'ok', themes: ['theme:nope'] },
    });
    expect(unknownTheme.json()).toMatchObject({
      code: 'ValidationFailed',
      errors: [{ pointer: '/themes', detail: expect.stringContaining('Choose themes from the list') }],
    });
    expect([await count(ctx.db, 'lessons'), await count(ctx.db, 'audit_log')]).toEqual(before);
  });

  it('guards edits against lost updates and deletes on a separate step', async () => {
    const lesson = await ctx.db.kysely
      .selectFrom('lessons')
      .selectAll()
      .where('process_id', '=', moldova.id)
      .executeTakeFirstOrThrow();
    const edit = `${log(moldova.id)}/${lesson.id}/edit`;
    expect((await who.browsers.observer.get(edit)).statusCode).toBe(404);
    const first = await who.browsers.owner.form(
      edit,
      lessonFields({ text: 'Owner wording', version: '1' }),
      edit,
    );
    expect(first.statusCode).toBe(303);
    const second = await who.browsers.member.form(
      edit,
      lessonFields({ text: 'Member wording', version: '1' }),
      edit,
    );
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('Someone else saved a change');
    expect(second.body).toContain('Member wording');
    const stored = await ctx.db.kysely
      .selectFrom('lessons')
      .selectAll()
      .where('id', '=', lesson.id)
      .executeTakeFirstOrThrow();
    expect(stored.text).toBe('Owner wording');
    const stale = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1${log(moldova.id)}/${lesson.id}`,
      headers: bearer('member'),
      payload: { text: 'API wording', version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const fresh = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1${log(moldova.id)}/${lesson.id}`,
      headers: bearer('member'),
      payload: { text: 'API wording', themes: ['political-buy-in'], version: 2 },
    });
    expect(fresh.statusCode).toBe(200);
    const foreign = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1${log(jamaica.id)}/${lesson.id}`,
      headers: bearer('member'),
      payload: { text: 'Wrong process', version: 3 },
    });
    expect(foreign.statusCode).toBe(404);
    const confirm = await who.browsers.member.get(`${log(moldova.id)}/${lesson.id}/delete`);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.body).toContain('Delete the lesson');
    const removed = await who.browsers.member.form(
      `${log(moldova.id)}/${lesson.id}/delete`,
      {},
      `${log(moldova.id)}/${lesson.id}/delete`,
    );
    expect(removed.statusCode).toBe(303);
    expect(
      await ctx.db.kysely.selectFrom('lessons').select('id').where('id', '=', lesson.id).executeTakeFirst(),
    ).toBeUndefined();
    const taggings = await ctx.db.kysely
      .selectFrom('taggings')
      .select('term_id')
      .where('entity_id', '=', lesson.id)
      .execute();
    expect(taggings).toEqual([]);
  });

  it('loads the seed lessons a) to g) on each pilot process, once, skipping missing pilots', async () => {
    const refs = new Map<string, string>();
    for (const [ref, country] of [
      ['process:bgd', 'BGD'],
      ['process:jam', 'JAM'],
      ['process:mda', 'MDA'],
    ] as const) {
      const p = await buildProcess(ctx.db, { title: `Pilot ${country}`, country_alpha3: country });
      refs.set(ref, p.id);
    }
    const context = { db: ctx.db, refs, actorId: who.ids.admin };
    await loadLessonDemo(context);
    await loadLessonDemo(context);
    for (const id of refs.values()) {
      const rows = await ctx.db.kysely
        .selectFrom('lessons')
        .select(['id', 'text', 'lesson_date', 'stage'])
        .where('process_id', '=', id)
        .orderBy('created_at')
        .execute();
      expect(rows.map((r) => r.text)).toEqual(SEED_LESSONS.map((l) => l.text));
      expect(rows.every((r) => r.lesson_date === '2013' && r.stage === null)).toBe(true);
    }
    const bgd = await ctx.app.inject(log(refs.get('process:bgd')!));
    expect(bgd.body).toContain('The need for high-level political buy-in');
    expect(bgd.body).toContain('Political buy-in');
  });

  it('compares public lessons across countries by theme, never showing a private process', async () => {
    const secretText = 'A private insight.';
    for (const browser of [undefined, who.browsers.admin, who.browsers.owner]) {
      const page = browser ? await browser.get('/lessons') : await ctx.app.inject('/lessons');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Lessons learned across countries');
      expect(page.body).toContain('Political buy-in');
      expect(page.body).not.toContain(secretText);
    }
    const api = async (query: string, headers: Record<string, string> = {}) => {
      const response = await ctx.app.inject({ url: `/api/v1/lessons${query}`, headers });
      return {
        status: response.statusCode,
        body: response.json() as {
          data: { id: string; text: string; process: { country: string } }[];
          next: string | null;
        },
      };
    };
    const all = await api('?limit=200', bearer('admin'));
    expect(all.status).toBe(200);
    expect(all.body.data.some((l) => l.text === secretText)).toBe(false);
    expect(all.body.data.length).toBe(3 * 7 + 1);
    const buyIn = await api('?theme=theme:political-buy-in');
    expect(buyIn.body.data).toHaveLength(3);
    const jam = await api('?country=jam&theme=data');
    expect(jam.body.data.map((l) => l.text)).toEqual(['Data on returnees was missing.']);
    const paged = await api('?limit=5');
    expect(paged.body.data).toHaveLength(5);
    const next = await api(`?limit=5&cursor=${paged.body.next}`);
    const seen = new Set(paged.body.data.map((l) => l.id));
    expect(next.body.data.some((l) => seen.has(l.id))).toBe(false);
    expect((await api('?theme=theme:nope')).status).toBe(400);
    expect((await api('?country=12')).status).toBe(422);
    expect((await api('?cursor=%%%')).status).toBe(400);

    const filtered = await ctx.app.inject('/lessons?theme=theme%3Adata&country=JAM');
    expect(filtered.statusCode).toBe(200);
    expect(filtered.body).toContain('Data on returnees was missing.');
    expect(filtered.body).not.toContain('political buy-in to ensure');
    const unknown = await ctx.app.inject('/lessons?theme=theme%3Anope');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Choose a theme from the list');
    const csv = await ctx.app.inject('/lessons.csv?theme=theme%3Apolitical-buy-in');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('The need for high-level political buy-in');
    expect(csv.body).not.toContain(secretText);
    const xlsx = await ctx.app.inject(`${log(jamaica.id)}.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const arabic = await ctx.app.inject({ url: '/lessons', headers: { cookie: 'corridor_lang=ar' } });
    expect(arabic.body).toContain('الدروس المستفادة عبر البلدان');
  });
});
