import ExcelJS from 'exceljs';
import { createElement } from 'hono/jsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { Browser } from '../../../test/support/http.ts';
import { readPdf } from '../../../test/support/pdf.ts';
import { ANONYMOUS } from '../../auth/actor.ts';
import { translator } from '../../i18n/translator.ts';
import { ViewContextProvider } from '../../web/view-context.ts';
import { assessmentSummary } from './assessment.panel.tsx';
import { assessmentWorld, scoreItem, scoreRows, startRound, type World } from './assessment.test-helpers.ts';

describe.each(DIALECTS)('results, downloads and comparison on %s', (dialect) => {
  let world: World;
  let processId: string;
  let first: string;
  let second: string;
  const score = async (assessment: string, index: number, value: string, evidence = '') => {
    const row = (await scoreRows(world, assessment))[index]!;
    const response = await scoreItem(world, world.browsers.member, processId, assessment, row.id, {
      score: value,
      evidence,
      version: Number(row.version),
    });
    expect(response.statusCode).toBe(303);
  };

  beforeAll(async () => {
    world = await assessmentWorld(dialect);
    processId = world.privateProcess.id;
    // Round 1: labour (5 questions) and the national governance domains (18).
    first = await startRound(world, processId, ['sector-labour', 'governance-national']);
    await score(first, 0, 'partly', '=HYPERLINK("http://evil.example")');
    await score(first, 1, 'fully');
    await score(first, 2, 'not-addressed');
    await score(first, 3, 'not-applicable');
    await score(first, 5, 'partly-present');
    await score(first, 6, 'fully-present');
  });
  afterAll(() => world.close());

  const results = (id: string) => `/processes/${processId}/assessments/${id}/results`;

  it('hides results of a private process from signed-out visitors and outsiders', async () => {
    expect((await world.app.inject(results(first))).statusCode).toBe(404);
    expect((await world.browsers.outsider.get(results(first))).statusCode).toBe(404);
    expect((await world.browsers.outsider.get(`${results(first)}.csv`)).statusCode).toBe(404);
    expect((await world.browsers.outsider.get(`${results(first)}.xlsx`)).statusCode).toBe(404);
    expect((await new Browser(world.app).get(`/processes/${processId}/assessments/compare`)).statusCode).toBe(
      404,
    );
  });

  it('scores each sector from 0 to 100, leaving out questions not applicable, and lists the gaps', async () => {
    const page = await world.browsers.observer.get(results(first));
    expect(page.statusCode).toBe(200);
    // The card says the count once: "5 of 23 questions", not "5 of 23 answered" under "Questions answered".
    expect(page.body).toMatch(
      /Questions answered<\/p><p class="summary-card__value"><span class="figure">\d+<\/span><span class="summary-card__unit"> of 23 questions<\/span>/,
    );
    // Labour: partly (33), fully (100), not addressed (0); not applicable left out → 44.
    const table = page.body.slice(page.body.indexOf('<details class="chart-data">'));
    expect(table).toMatch(
      /Labour and employment<\/th><td class="num">44<\/td><td class="num">3<\/td><td class="num">1<\/td><td class="num">5<\/td><td class="num">2<\/td>/,
    );
    // Governance: one domain scored 50 and 100 → 75; others not scored.
    expect(table).toMatch(/Migrants&#39; rights \(national level\)<\/th><td class="num">75<\/td>/);
    expect(table).toContain('Partnerships (national level)</th><td class="num">—</td>');
    const gaps = page.body.slice(page.body.indexOf('<h3>Gaps</h3>'));
    expect(gaps.indexOf('Does the national employment strategy')).toBeLessThan(
      gaps.indexOf('Does labour-market information show'),
    );
    expect(gaps).toContain('Partly present');
    expect(gaps).not.toContain('Are recruitment agencies licensed');
    // No module turns gaps into actions here: no such button.
    expect(page.body).not.toContain('Turn this gap into an action');
  });

  it('draws the chart as an accessible SVG without inline styles', async () => {
    const page = await world.browsers.member.get(results(first));
    const svg = /<svg[^>]*class="score-chart"[\s\S]*?<\/svg>/.exec(page.body)![0];
    expect(svg).toContain('role="img"');
    expect(svg).toContain('<title>Score per sector or domain, round 1</title>');
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toContain('<style');
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).toContain('no score yet');
    expect(page.body).not.toMatch(/<style|\sstyle=/);
    const arabic = await world.browsers.member.get(results(first), { 'accept-language': 'ar' });
    expect(arabic.body).toContain('نتائج الجولة 1');
  });

  it('downloads the results as CSV (formulas defused) and XLSX', async () => {
    const csv = await world.browsers.observer.get(`${results(first)}.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFFround,area,template_key,item_key,question,score')).toBe(true);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv.body.split('\r\n').filter(Boolean)).toHaveLength(1 + 23);
    const areas = await world.browsers.observer.get(`/processes/${processId}/assessments/${first}/areas.csv`);
    expect(areas.body).toContain('1,sector-labour,Labour and employment,44,3,1,5,2');
    const xlsx = await world.browsers.observer.get(`${results(first)}.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Scores per sector', 'Questions']);
    expect(workbook.getWorksheet('Questions')!.rowCount).toBe(24);
  });

  it('keeps a round’s questions when the checklist is edited, and compares rounds item by item', async () => {
    // An admin edits the labour checklist: a question reworded and one added → version 2.
    const templateId = world.templates.get('sector-labour')!;
    const edit = await world.browsers.admin.get(`/checklists/${templateId}/edit`);
    const token = /name="_csrf" value="([^"]+)"/.exec(edit.body)![1]!;
    const fields = new URLSearchParams();
    fields.set('_csrf', token);
    for (const [, name, value] of edit.body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
      if (name !== '_csrf') fields.set(name!, value!);
    for (const [, name, value] of edit.body.matchAll(
      /<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g,
    ))
      fields.set(
        name!,
        value!
          .replace(/&#39;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      );
    fields.set('title', 'Labour and employment');
    fields.set('items.0.question', 'Does the employment strategy cover emigration, immigration and return?');
    fields.set('items.5.question', 'Are migrant workers covered by labour inspection?');
    fields.set('note', 'Reworded question 1; added a question on inspection');
    const saved = await world.browsers.admin.app.inject({
      method: 'POST',
      url: `/checklists/${templateId}/edit`,
      headers: {
        cookie: [...world.browsers.admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: fields.toString(),
    });
    expect(saved.statusCode).toBe(303);
    // Round 1 still shows the old wording; round 2 gets version 2.
    const old = await world.browsers.member.get(`/processes/${processId}/assessments/${first}`);
    expect(old.body).toContain('Does the national employment strategy address emigration');
    expect(old.body).toContain('This round uses version 1 of this checklist.');
    second = await startRound(world, processId, ['sector-labour', 'governance-national']);
    const page = await world.browsers.member.get(`/processes/${processId}/assessments/${second}`);
    expect(page.body).toContain('Does the employment strategy cover emigration, immigration and return?');
    expect(page.body).toContain('Are migrant workers covered by labour inspection?');
    expect((await scoreRows(world, first)).length).toBe(23);
    expect((await scoreRows(world, second)).length).toBe(24);
    // Round 2: q1 partly → largely (improved), q2 fully → partly (slipped), q3 still not addressed.
    await score(second, 0, 'largely');
    await score(second, 1, 'partly');
    await score(second, 2, 'not-addressed');
    await score(second, 6, 'partly-present');
    const compare = await world.browsers.observer.get(
      `/processes/${processId}/assessments/compare?from=1&to=2`,
    );
    expect(compare.statusCode).toBe(200);
    const summary = compare.body.slice(compare.body.indexOf('From round 1 to round 2'));
    expect(summary).toMatch(/Improved<\/strong> <span class="figure">1<\/span>/);
    expect(summary).toMatch(/Slipped<\/strong> <span class="figure">1<\/span>/);
    expect(summary).toMatch(/Still open<\/strong> <span class="figure">2<\/span>/);
    expect(summary).toMatch(/New question<\/strong> <span class="figure">1<\/span>/);
    expect(compare.body).toContain('Improved: 1 · Slipped: 1 · Still open: 1');
    expect(compare.body).toMatch(
      /Labour and employment<\/th><td class="num">44<\/td><td class="num">33<\/td><td class="num"><span class="figure ltr">−11<\/span>/,
    );
    expect(compare.body).toContain('tag tag--success');
  });

  it('puts the latest round of each checklist in the process report, on the page and in the PDF', async () => {
    const page = await world.browsers.observer.get(`/processes/${processId}/report`);
    expect(page.statusCode).toBe(200);
    const section = page.body.slice(
      page.body.indexOf('>Assessment results</h3>'),
      page.body.indexOf('id="report-40"'),
    );
    expect(section).toContain(`/processes/${processId}/assessments/${second}/results`);
    expect(section).toContain('Round 2');
    expect(section).toContain('Labour and employment');
    // Round 2's gaps: labour questions 2 (partly) and 3 (not addressed), and one governance domain.
    expect(section).toContain('<h4>Gaps (3)</h4>');
    expect(section).toContain('Partly addressed');
    expect(section).toContain('Not addressed');
    expect(section).not.toContain('Does the employment strategy cover emigration, immigration and return?');
    const pdf = readPdf((await world.browsers.observer.get(`/processes/${processId}/report.pdf`)).rawPayload);
    const text = pdf.pages.join('\n');
    expect(text).toContain('Assessment results');
    expect(text).toContain('Round: Round 2');
    expect(text).toContain('Labour and employment');
    expect(text).toMatch(/Score: \d+ \/ 100/);
    expect(text).toContain('Action: No action yet');
  });

  it('refuses comparing a round with itself or with one that does not exist', async () => {
    const same = await world.browsers.member.get(`/processes/${processId}/assessments/compare?from=2&to=2`);
    expect(same.statusCode).toBe(422);
    expect(same.body).toContain('Choose two different rounds');
    const missing = await world.browsers.member.get(
      `/processes/${processId}/assessments/compare?from=1&to=9`,
    );
    expect(missing.statusCode).toBe(422);
    const garbage = await world.browsers.member.get(
      `/processes/${processId}/assessments/compare?from=x&to=-1`,
    );
    expect(garbage.statusCode).toBe(200);
  });

  it('sums up the latest round for the workspace overview', async () => {
    const render = async (id: string) => {
      const panel = await assessmentSummary(world.db, { id, countryAlpha3: 'TUN', role: null }, ANONYMOUS);
      const view = {
        i18n: translator('en'),
        actor: ANONYMOUS,
        path: '/',
        csrfToken: '',
        flash: null,
        assets: { css: '', js: '' },
        navigation: [],
      };
      return {
        order: panel!.order,
        html: String(createElement(ViewContextProvider.Provider, { value: view }, panel!.node as never)),
      };
    };
    const latest = await render(processId);
    expect(latest.order).toBe(30);
    expect(latest.html).toContain('Round 2');
    expect(latest.html).toContain('/ 100');
    expect(latest.html).toContain('3 gaps');
    expect(latest.html).toContain(`/processes/${processId}/assessments/${second}/results`);
    const none = await render(world.publicProcess.id);
    expect(none.html).toContain('No assessment yet.');
  });
});
