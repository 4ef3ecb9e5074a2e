import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../test/support/databases.ts';
import { type Browser, buildUser, testApp } from '../../../test/support/http.ts';
import { readPdf } from '../../../test/support/pdf.ts';
import { signedIn } from '../../../test/support/seed-organisations.ts';
import { loadDemo } from '../../demo.ts';
import { apiToken } from './report.test-helpers.ts';

/** The section headings of the report, in order, as issue 3 lists them (consultations last). */
const SECTIONS = [
  'Stages',
  'Coordinating body',
  'Assessment results',
  'Actions in the plan',
  'Indicators',
  'Lessons learned',
  'Consultations',
];

/** The report's text between one section heading and the next. */
function sectionOf(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const next = SECTIONS[SECTIONS.indexOf(heading) + 1];
  const end = next ? text.indexOf(`\n${next}\n`, start + 1) : text.length;
  return text.slice(start, end).replace(/\n/g, ' ');
}

/** The printable page as text: its report part, one block of text per line. */
function pageText(html: string): string {
  const report = html.slice(html.indexOf('<div class="report">'), html.indexOf('</main>'));
  return report
    .replace(/<(h[1-6]|p|li|tr|dt|dd|th|td)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s+/g, '\n');
}

/**
 * The process report of a pilot process of the demo, as anyone reads it: the printable page and
 * the PDF have every section the issue lists, with the demo's own stages and lessons a) to g); once
 * the team has recorded a body, an assessment, actions, indicators and a consultation through the
 * API, each section shows them.
 */
describe.each(DIALECTS)('the report of a demo process on %s', (dialect) => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  let processId: string;
  let admin: { id: string };
  let headers: Record<string, string>;
  let browser: Browser;
  let refs: Map<string, string>;

  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
    admin = await buildUser(ctx.db, { role: 'admin', name: 'Administrator' });
    refs = (await loadDemo(ctx.db, admin.id)).refs;
    processId = refs.get('process:mda')!;
    headers = { authorization: `Bearer ${await apiToken(ctx.db, admin)}` };
    browser = await signedIn(ctx.app, ctx.db, admin.id);
  });
  afterAll(() => ctx.close());

  const read = async () => {
    const page = await ctx.app.inject(`/processes/${processId}/report`);
    expect(page.statusCode).toBe(200);
    const pdf = await ctx.app.inject(`/processes/${processId}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    return { page: pageText(page.body), pdf: `\n${readPdf(pdf.rawPayload).pages.join('\n')}` };
  };
  const api = async (method: 'POST' | 'PUT' | 'PATCH', url: string, payload: object) => {
    const response = await ctx.app.inject({
      method,
      url: `/api/v1/processes/${processId}${url}`,
      headers,
      payload,
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json();
  };

  it('has every section, in order, with the demo’s stages and lessons, saying what is not recorded yet', async () => {
    const { page, pdf } = await read();
    for (const text of [page, pdf]) {
      const positions = SECTIONS.map((heading) => text.indexOf(`\n${heading}\n`));
      expect(positions.every((p) => p > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      const stages = sectionOf(text, 'Stages');
      for (const stage of [
        '1. Preparation and institutional set-up',
        '2. Evidence and situation analysis',
        '3. Stakeholder consultation',
        '4. Policy formulation',
        '5. Implementation and resourcing',
        '6. Monitoring and evaluation',
      ])
        expect(stages).toContain(stage);
      expect(stages).toContain('Not started');
      expect(sectionOf(text, 'Coordinating body')).toContain('The coordinating body is not described yet.');
      expect(sectionOf(text, 'Assessment results')).toContain('No assessment has been made yet.');
      expect(sectionOf(text, 'Actions in the plan')).toContain('The plan has no actions yet.');
      expect(sectionOf(text, 'Indicators')).toContain('No indicators yet.');
      const lessons = sectionOf(text, 'Lessons learned');
      expect(lessons).toContain('The important role of a coordinating body with a cross-cutting mandate');
      expect(lessons).toContain('The need for high-level political buy-in to ensure the sustainability');
      expect(lessons).toContain('Coordinating body and mandate');
      expect(sectionOf(text, 'Consultations')).toContain('This process has not opened a consultation yet.');
    }
  });

  it('shows the body, assessment results, actions, indicators and consultations the team records', async () => {
    const stages = await ctx.app.inject({ url: `/api/v1/processes/${processId}/stages`, headers });
    const first = stages.json().data[0];
    await api('PATCH', `/stages/${first.id}`, {
      version: first.version,
      status: 'completed',
      startDate: '2012-03-01',
      endDate: '2012-09-30',
    });
    await api('PUT', '/body', {
      version: 0,
      name: 'Inter-ministerial committee on migration and development',
      kind: 'inter-ministerial-committee',
      mandate: 'Coordinates migration policy across ministries, under the State Chancellery.',
      members: [{ organisationId: refs.get('org:moldova'), role: 'chair' }],
      government: [
        {
          ministryName: 'Ministry of Labour, Social Protection and Family',
          national: { takesPart: true, note: 'Leads labour migration' },
          regional: { takesPart: false },
          local: { takesPart: true, note: 'Employment offices' },
        },
      ],
    });
    const round = await api('POST', '/assessments', { templates: ['sector-labour'] });
    const [gap, met] = round.items;
    for (const [item, score] of [
      [gap, 'not-addressed'],
      [met, 'fully'],
    ])
      await api('PUT', `/assessments/${round.id}/items/${item.id}`, { score, version: item.version });
    const results = `/processes/${processId}/assessments/${round.id}/results`;
    const turned = await browser.form(
      `/processes/${processId}/assessments/${round.id}/gaps/${gap.id}/action`,
      {},
      results,
    );
    expect(turned.statusCode).toBe(303);
    await api('POST', '/actions', {
      title: 'Open a one-stop shop for returning migrants',
      status: 'in-progress',
      progress: 40,
      endDate: '2014-12-31',
    });
    const indicator = await api('POST', '/indicators', {
      name: 'Remittances received through formal channels',
      unit: 'percent',
      direction: 'increase',
      baseline: { value: 50, year: 2012 },
      targets: [{ year: 2016, value: 70 }],
    });
    await api('POST', `/indicators/${indicator.id}/values`, { period: '2014', value: 58 });
    const consultation = await api('POST', '/consultations', {
      title: 'Draft migration chapter of the national strategy',
      audience: 'public',
      sections: [{ title: 'Diaspora', body: 'Diaspora associations will be consulted every year.' }],
    });
    await api('POST', `/consultations/${consultation.id}/open`, { version: consultation.version });

    const { page, pdf } = await read();
    for (const [where, text] of [
      ['page', page],
      ['pdf', pdf],
    ] as const) {
      const stagesText = sectionOf(text, 'Stages');
      expect(stagesText, where).toContain('Completed');
      const body = sectionOf(text, 'Coordinating body');
      expect(body, where).toContain('Inter-ministerial committee on migration and development');
      expect(body, where).toContain('Coordinates migration policy across ministries');
      expect(body, where).toContain('Government of Moldova');
      expect(body, where).toContain('Chair');
      expect(body, where).toContain('Ministry of Labour, Social Protection and Family');
      expect(body, where).toContain('Leads labour migration');
      const assessment = sectionOf(text, 'Assessment results');
      expect(assessment, where).toContain('Labour and employment');
      expect(assessment, where).toContain('Round 1');
      expect(assessment, where).toContain('50 / 100');
      expect(assessment, where).toContain(gap.question);
      expect(assessment, where).toContain(
        where === 'pdf' ? 'An action of the plan answers it' : 'See the action made from this gap',
      );
      const actions = sectionOf(text, 'Actions in the plan');
      expect(actions, where).toContain('Open a one-stop shop for returning migrants');
      expect(actions, where).toContain(gap.question.slice(0, 60));
      expect(actions, where).toContain('In progress');
      const indicators = sectionOf(text, 'Indicators');
      expect(indicators, where).toContain('Remittances received through formal channels');
      expect(indicators, where).toContain('58% in 2014');
      expect(indicators, where).toContain('70% in 2016');
      expect(sectionOf(text, 'Lessons learned'), where).toContain('The need for capacity strengthening');
      const consultations = sectionOf(text, 'Consultations');
      expect(consultations, where).toContain('Draft migration chapter of the national strategy');
      expect(consultations, where).toContain('Open');
    }
  });

  it('writes the same sections in the reader’s language', async () => {
    const pdf = await ctx.app.inject({
      url: `/processes/${processId}/report.pdf`,
      headers: { cookie: 'corridor_lang=fr' },
    });
    const text = `\n${readPdf(pdf.rawPayload).pages.join('\n')}`;
    for (const heading of ['Étapes', 'Résultats des évaluations', 'Enseignements tirés'])
      expect(text).toContain(`\n${heading}\n`);
    expect(text).toContain('Cycle 1');
  });
});
