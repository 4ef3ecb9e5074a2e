import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { testApp } from '../../../test/support/http.ts';
import { readPdf } from '../../../test/support/pdf.ts';
import { type Ctx, ensureThemes, type People, people, processFor } from './report.test-helpers.ts';

describe.each(DIALECTS)('process reports on %s', (dialect) => {
  let ctx: Ctx;
  let who: People;
  let open: { id: string };
  let secret: { id: string };

  beforeAll(async () => {
    ctx = await testApp(dialect);
    await ensureThemes(ctx.db);
    who = await people(ctx);
    open = await processFor(ctx, who, { title: 'Moldova process', country_alpha3: 'MDA' });
    secret = await processFor(ctx, who, {
      title: 'Private Tunisia process',
      country_alpha3: 'TUN',
      visibility: 'private',
    });
    for (const process of [open, secret]) {
      const created = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/processes/${process.id}/lessons`,
        headers: { authorization: `Bearer ${who.tokens.member}` },
        payload: {
          text: `Lesson of ${process.id}: buy-in matters.`,
          themes: ['political-buy-in'],
          date: '2013',
        },
      });
      expect(created.statusCode).toBe(201);
    }
  });
  afterAll(() => ctx.close());

  it('answers the printable report to anyone for a public process, with its sections', async () => {
    const page = await ctx.app.inject(`/processes/${open.id}/report`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Moldova process');
    expect(page.body).toContain('National Development Strategy');
    expect(page.body).toContain('Lessons learned');
    expect(page.body).toContain(`Lesson of ${open.id}: buy-in matters.`);
    expect(page.body).toContain(`/processes/${open.id}/report.pdf`);
    const pdf = await ctx.app.inject(`/processes/${open.id}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(pdf.rawPayload.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('reports the stages and the coordinating body, on the page and in the PDF', async () => {
    const auth = { authorization: `Bearer ${who.tokens.owner}` };
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/processes',
      headers: auth,
      payload: { title: 'Jamaica report process', countryAlpha3: 'JAM', planName: 'Vision 2030 Jamaica' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const stages = (await ctx.app.inject({ url: `/api/v1/processes/${id}/stages`, headers: auth })).json()
      .data;
    const stage = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/processes/${id}/stages/${stages[0].id}`,
      headers: auth,
      payload: { version: stages[0].version, status: 'in-progress', notes: 'Terms of reference drafted.' },
    });
    expect(stage.statusCode).toBe(200);
    const body = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/processes/${id}/body`,
      headers: auth,
      payload: {
        version: 0,
        name: 'Migration and development committee',
        kind: 'inter-ministerial-committee',
        mandate: 'Steers the migration chapter of the plan.',
        government: [
          {
            ministryName: 'Ministry of Labour',
            national: { takesPart: true, note: 'Leads the labour chapter' },
            regional: { takesPart: false },
            local: { takesPart: true },
          },
        ],
      },
    });
    expect(body.statusCode).toBe(200);

    const page = await ctx.app.inject(`/processes/${id}/report`);
    const headings = [...page.body.matchAll(/<h3 id="report-\d+">([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(headings.slice(0, 2)).toEqual(['Stages', 'Coordinating body']);
    expect(page.body).toContain('Terms of reference drafted.');
    expect(page.body).toContain('Migration and development committee');
    expect(page.body).toContain('Ministry of Labour');

    const pdf = readPdf((await ctx.app.inject(`/processes/${id}/report.pdf`)).rawPayload);
    const text = pdf.pages.join('\n');
    for (const expected of [
      'Stages',
      '1. Preparation and institutional set-up',
      'Status: In progress',
      'Notes: Terms of reference drafted.',
      'Coordinating body',
      'Migration and development committee',
      'Kind of body: Inter-ministerial committee',
      'Ministry of Labour',
      'Whole-of-government map: National (Leads the labour chapter); Local',
    ])
      expect(text).toContain(expected);
    // A process without a body yet says so, in its place: the report always has every section.
    const bare = (await ctx.app.inject(`/processes/${open.id}/report`)).body;
    const bodySection = bare.slice(bare.indexOf('>Coordinating body</h3>'), bare.indexOf('id="report-30"'));
    expect(bodySection).toContain('The coordinating body is not described yet.');
  });

  it('answers 404 to non-members of a private process and 200 to each of its roles', async () => {
    for (const path of ['report', 'report.pdf']) {
      const url = `/processes/${secret.id}/${path}`;
      expect((await ctx.app.inject(url)).statusCode).toBe(404);
      for (const role of ['outsider', 'moderator'] as const)
        expect((await who.browsers[role].get(url)).statusCode).toBe(404);
      for (const role of ['observer', 'member', 'owner', 'admin'] as const) {
        const response = await who.browsers[role].get(url);
        expect(response.statusCode, `${role} ${path}`).toBe(200);
        expect(response.headers['content-type']).toContain(
          path === 'report' ? 'text/html' : 'application/pdf',
        );
      }
    }
    expect((await ctx.app.inject('/processes/nope/report.pdf')).statusCode).toBe(404);
  });

  it('writes the PDF in the reader’s language, Arabic included, quickly for a big process', async () => {
    for (let i = 0; i < 300; i += 1)
      await ctx.db.kysely
        .insertInto('lessons')
        .values({
          id: `bulk${String(i).padStart(5, '0')}`,
          process_id: open.id,
          text: `Lesson ${i}: the coordinating body needs a cross-cutting mandate, political buy-in and a budget line in the plan; هيئة التنسيق وولايتها.`,
          stage: 'preparation',
          lesson_date: '2013',
          source: null,
          free_tags_json: '["bulk"]',
          author_id: null,
          created_at: new Date(Date.UTC(2020, 0, 1, 0, 0, i)).toISOString(),
          updated_at: new Date().toISOString(),
        })
        .execute();
    const started = performance.now();
    const arabic = await ctx.app.inject({
      url: `/processes/${open.id}/report.pdf`,
      headers: { cookie: 'corridor_lang=ar' },
    });
    const elapsed = performance.now() - started;
    expect(arabic.statusCode).toBe(200);
    expect(elapsed).toBeLessThan(2000);
    const text = arabic.rawPayload.toString('latin1');
    expect(text).toContain('/FontFile2');
    expect(text).toContain('/Lang <feff0061');
    expect(Number(/\/Count (\d+)/.exec(text)?.[1])).toBeGreaterThan(10);
    const page = await ctx.app.inject({
      url: `/processes/${open.id}/report`,
      headers: { cookie: 'corridor_lang=ar' },
    });
    expect(page.body).toContain('dir="rtl"');
    expect(page.body).toContain('تنزيل بصيغة PDF');
  });
});
