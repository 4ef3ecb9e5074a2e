import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOrganisation,
  type Ctx,
  type People,
  people,
  processFor,
} from '../../src/modules/reports/report.test-helpers.ts';
import { DIALECTS } from '../support/databases.ts';
import { type Browser, testApp } from '../support/http.ts';

/** Every tab of a process workspace, in the order the bar shows them, with the modules that add them. */
const ALL_TABS = [
  'Overview',
  'Stages',
  'Coordinating body',
  'Assessments',
  'Actions',
  'Indicators',
  'Consultations',
  'Lessons learned',
  'Report',
  'Paired processes',
  'Members',
  'Settings',
];
const READER_TABS = ALL_TABS.filter((t) => t !== 'Members' && t !== 'Settings');

/** What the frame of a page says: its heading block, its tabs, the current one, its trail and title. */
function frameOf(html: string) {
  const block = html.slice(
    html.indexOf('<div class="process-frame">'),
    html.indexOf('</nav>', html.indexOf('class="process-tabs"')),
  );
  const tabs = [...block.matchAll(/<a href="[^"]+"(?: aria-current="(page|true)")? data-label="([^"]+)">/g)];
  const crumbs = html.slice(
    html.indexOf('class="breadcrumbs"'),
    html.indexOf('</nav>', html.indexOf('class="breadcrumbs"')),
  );
  const bar = /<div class="process-frame__bar"><h2 dir="auto">([^<]+)<\/h2>/.exec(html);
  return {
    /** The block without the mark of the current tab: the same on every page of the process. */
    shared: block.replace(/ aria-current="(page|true)"/g, ''),
    tabs: tabs.map((m) => m[2]!),
    current: tabs.filter((m) => m[1]).map((m) => `${m[2]} (${m[1]})`),
    h1: [...html.matchAll(/<h1\b[^>]*>([^<]*)<\/h1>/g)].map((m) => m[1]),
    crumbs: [...crumbs.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]),
    heading: bar?.[1] ?? null,
  };
}

/**
 * Every page inside a process, whichever module draws it, has the same frame: one h1 (the process),
 * its place and privacy, one tab bar built from every module's tabs (each shown only to those who
 * may use it) with the current tab marked, breadcrumbs through the process, and the page's heading.
 */
describe.each(DIALECTS)('the frame of every process page on %s', (dialect) => {
  let ctx: Ctx;
  let who: People;
  let closed: { id: string };
  let open: { id: string };
  let ids: Record<'stage' | 'assessment' | 'action' | 'indicator' | 'consultation' | 'lesson', string>;

  beforeAll(async () => {
    ctx = await testApp(dialect, { RATE_LIMIT: 'false' });
    who = await people(ctx);
    closed = await processFor(ctx, who, {
      title: 'Private Tunisia process',
      country_alpha3: 'TUN',
      visibility: 'private',
    });
    open = await processFor(ctx, who, { title: 'Public Moldova process' });
    const post = async (url: string, payload: object) => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/processes/${closed.id}${url}`,
        headers: { authorization: `Bearer ${who.tokens.member}` },
        payload,
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };
    await buildOrganisation(ctx.db, { name: 'Tunisian General Labour Union', acronym: 'UGTT' });
    const stages = await ctx.app.inject({
      url: `/api/v1/processes/${closed.id}/stages`,
      headers: { authorization: `Bearer ${who.tokens.member}` },
    });
    ids = {
      stage: stages.json().data[0].id,
      assessment: await post('/assessments', { templates: ['sector-health'] }),
      action: await post('/actions', { title: 'Train labour attachés' }),
      indicator: await post('/indicators', {
        name: 'Workers with a contract',
        unit: 'percent',
        direction: 'increase',
      }),
      consultation: await post('/consultations', {
        title: 'Draft chapter',
        audience: 'invited',
        invited: ['UGTT'],
        sections: [{ title: 'One', body: 'Text' }],
      }),
      lesson: await post('/lessons', { text: 'Buy-in matters.', date: '2013' }),
    };
  });
  afterAll(() => ctx.close());

  /** Pages of the private process: the tab each belongs to, and whether it is the tab itself. */
  const pages = (): [string, string, 'page' | 'true'][] => {
    const p = `/processes/${closed.id}`;
    return [
      [p, 'Overview', 'page'],
      [`${p}/stages`, 'Stages', 'page'],
      [`${p}/stages/${ids.stage}`, 'Stages', 'true'],
      [`${p}/stages/${ids.stage}/deliverables/new`, 'Stages', 'true'],
      [`${p}/body`, 'Coordinating body', 'page'],
      [`${p}/body/edit`, 'Coordinating body', 'true'],
      [`${p}/body/members/new`, 'Coordinating body', 'true'],
      [`${p}/assessments`, 'Assessments', 'page'],
      [`${p}/assessments/${ids.assessment}`, 'Assessments', 'true'],
      [`${p}/assessments/${ids.assessment}/results`, 'Assessments', 'true'],
      [`${p}/actions`, 'Actions', 'page'],
      [`${p}/actions/new`, 'Actions', 'true'],
      [`${p}/actions/timeline`, 'Actions', 'true'],
      [`${p}/actions/${ids.action}`, 'Actions', 'true'],
      [`${p}/actions/import`, 'Actions', 'true'],
      [`${p}/indicators`, 'Indicators', 'page'],
      [`${p}/indicators/new`, 'Indicators', 'true'],
      [`${p}/indicators/${ids.indicator}`, 'Indicators', 'true'],
      [`${p}/consultations`, 'Consultations', 'page'],
      [`${p}/consultations/new`, 'Consultations', 'true'],
      [`${p}/consultations/${ids.consultation}`, 'Consultations', 'true'],
      [`${p}/consultations/${ids.consultation}/edit`, 'Consultations', 'true'],
      [`${p}/lessons`, 'Lessons learned', 'page'],
      [`${p}/lessons/new`, 'Lessons learned', 'true'],
      [`${p}/lessons/${ids.lesson}/edit`, 'Lessons learned', 'true'],
      [`${p}/report`, 'Report', 'page'],
      [`${p}/pairs`, 'Paired processes', 'page'],
      [`${p}/pairs/new`, 'Paired processes', 'true'],
      [`${p}/members`, 'Members', 'page'],
      [`${p}/members/new`, 'Members', 'true'],
      [`${p}/visibility`, 'Members', 'true'],
      [`${p}/settings`, 'Settings', 'page'],
    ];
  };

  async function walk(browser: Browser, list: [string, string, 'page' | 'true'][], tabs: string[]) {
    let shared: string | undefined;
    for (const [url, tab, mark] of list) {
      const response = await browser.get(url);
      expect(response.statusCode, url).toBe(200);
      const frame = frameOf(response.body);
      expect(frame.h1, url).toEqual(['Private Tunisia process']);
      expect(frame.tabs, url).toEqual(tabs);
      expect(frame.current, url).toEqual([`${tab} (${mark})`]);
      expect(frame.crumbs.slice(0, 2), url).toEqual(['/', '/processes']);
      if (tab === 'Overview') expect(frame.heading, url).toBeNull();
      else {
        expect(frame.crumbs, url).toContain(`/processes/${closed.id}`);
        expect(frame.heading, url).toBeTruthy();
        if (mark === 'page') expect(frame.heading, url).toBe(tab);
      }
      expect(response.body, url).toContain('<strong class="tag tag--warning">Private</strong>');
      expect(response.body, url).toContain('Only its members and observers can see this process.');
      shared ??= frame.shared;
      expect(frame.shared, url).toBe(shared);
    }
  }

  it('is the same on every page of every module for the owner, with all twelve tabs', async () => {
    await walk(who.browsers.owner, pages(), ALL_TABS);
  });

  it('hides the management tabs from a member on every page, and keeps the rest identical', async () => {
    // Proposing a pair is for owners, like the member list and the settings.
    const list = pages().filter(
      ([url, tab]) => tab !== 'Members' && tab !== 'Settings' && !url.endsWith('/pairs/new'),
    );
    await walk(who.browsers.member, list, READER_TABS);
  });

  it('gives an observer the same frame on every page it may read', async () => {
    // Forms are for those who may write, and a draft consultation for the team that writes it.
    const list = pages().filter(
      ([url, tab]) =>
        tab !== 'Members' &&
        tab !== 'Settings' &&
        !/\/(new|edit|import)$/.test(url) &&
        !url.endsWith(ids.consultation),
    );
    await walk(who.browsers.observer, list, READER_TABS);
  });

  it('gives a signed-out visitor of a public process the same tabs, and no private tag', async () => {
    let shared: string | undefined;
    for (const path of [
      '',
      '/stages',
      '/body',
      '/assessments',
      '/actions',
      '/indicators',
      '/consultations',
      '/lessons',
      '/report',
      '/pairs',
    ]) {
      const response = await ctx.app.inject(`/processes/${open.id}${path}`);
      expect(response.statusCode, path).toBe(200);
      const frame = frameOf(response.body);
      expect(frame.tabs, path).toEqual(READER_TABS);
      expect(frame.h1, path).toEqual(['Public Moldova process']);
      expect(response.body).not.toContain('tag--warning">Private');
      shared ??= frame.shared;
      expect(frame.shared, path).toBe(shared);
    }
  });

  it('names where the process sits, in the reader’s language, and keeps the tabs in Arabic', async () => {
    const browser = who.browsers.owner;
    browser.cookies.set('corridor_lang', 'ar');
    const response = await browser.get(`/processes/${closed.id}/actions`);
    browser.cookies.delete('corridor_lang');
    expect(response.body).toContain('dir="rtl"');
    expect(response.body).toContain('<span>تونس</span>');
    const frame = frameOf(response.body);
    expect(frame.tabs).toHaveLength(ALL_TABS.length);
    expect(frame.current).toEqual(['الإجراءات (page)']);
  });
});
