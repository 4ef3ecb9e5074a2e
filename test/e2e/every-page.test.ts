import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  checkA11y,
  describeWeight,
  PAGE_BUDGET_BYTES,
  screenshot,
  useJourney,
  weighPage,
} from './support/index.ts';

/**
 * Every page, found rather than listed: the administrator (who may open every page) starts at the
 * home page, the administration and the account, and follows every link in the page's main
 * content and menus. Pages of the same kind (`/processes/:id/actions` for two processes, a list
 * with another filter) count once, so the walk stays short while a new module's pages are
 * checked the day they exist, without anyone adding them to a list.
 *
 * On each kind of page: the answer is 200, one `<h1>`, the direction of the language, the weight
 * of a first visit under 50 KB compressed, and no serious or critical axe violation.
 */

const RESULTS = new URL('../../test-results/', import.meta.url).pathname;
const STARTS = ['/', '/admin', '/account', '/data', '/checklists', '/lessons'];
/** A safety net, far above the number of kinds of page Corridor has. */
const MAX_PAGES = 220;

/** Files, machine formats, the API, and links that change something or the language. */
function followable(url: URL, origin: string): boolean {
  if (url.origin !== origin) return false;
  const path = url.pathname;
  if (/\.(csv|xlsx|pdf|json|svg|png|txt|zip|atom)$/.test(path)) return false;
  if (path.startsWith('/api/') || path.startsWith('/assets/')) return false;
  if (/\/(sign-out|export|download)(\/|$)/.test(path)) return false;
  if (url.searchParams.has('lang') || path.startsWith('/language')) return false;
  return true;
}

/**
 * What makes two addresses the same kind of page: ids (16-character lowercase ids, numbers,
 * ISO codes) become `:id`, and the query string counts by its parameter names only.
 */
function pageKind(url: URL): string {
  const path = url.pathname
    .split('/')
    .map((segment) =>
      /^[a-z0-9]{16}$/.test(segment) || /^\d+$/.test(segment) || /^[A-Z]{2,3}$/.test(segment)
        ? ':id'
        : segment,
    )
    .join('/');
  const names = [...new Set(url.searchParams.keys())].sort();
  return names.length ? `${path}?${names.join('&')}` : path;
}

interface Found {
  path: string;
  kind: string;
}

/** Links on the current page worth following (not the language switcher's). */
async function linksOn(page: Page): Promise<string[]> {
  return page.$$eval('a[href]', (anchors) =>
    anchors
      .filter((a) => !a.closest('.language-switcher') && !a.hasAttribute('download'))
      .map((a) => (a as HTMLAnchorElement).href),
  );
}

/** Tabs that check pages side by side: Chromium, the server and axe then keep both cores busy. */
const TABS = 2;

/**
 * Runs `task` on every item, `tabs.length` at a time (one item per tab at once), and returns
 * the results in the items' order, so that what follows reads as if they had run one by one.
 */
async function inTabs<Tab, Item, Result>(
  tabs: Tab[],
  items: Item[],
  task: (tab: Tab, item: Item) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(tab, items[index]!);
      }
    }),
  );
  return results;
}

describe('every page: axe and page weight', () => {
  const journey = useJourney();
  const visited: Found[] = [];

  /** One `<h1>`, the direction of the language and axe; what is wrong, as lines for the report. */
  async function check(page: Page, language: 'en' | 'ar', path: string, disableRules: string[] = []) {
    const problems: string[] = [];
    const where = `${path} (${language})`;
    const h1 = await page.locator('h1').count();
    if (h1 !== 1) problems.push(`${where}: ${h1} <h1> instead of one`);
    const dir = await page.locator('html').getAttribute('dir');
    if (dir !== (language === 'ar' ? 'rtl' : 'ltr')) problems.push(`${where}: dir="${dir}"`);
    try {
      await checkA11y(page, { disableRules });
    } catch (error) {
      problems.push((error as Error).message);
    }
    return problems;
  }

  /** `TABS` tabs of one context: one administrator's session, one language. */
  async function tabs(language: 'en' | 'ar'): Promise<Page[]> {
    const first = await journey.page({ language, signedInAs: journey.server.admin.email });
    const pages = [first];
    while (pages.length < TABS) pages.push(await first.context().newPage());
    return pages;
  }

  it('as administrator, in English: every kind of page reachable by a link', async () => {
    const origin = new URL(journey.server.url).origin;
    const problems: string[] = [];
    const kinds = new Set(STARTS.map((p) => pageKind(new URL(p, origin))));
    // Breadth first, one level of links at a time, its pages spread over the tabs: the same pages
    // in the same order as a walk of one tab, since each level's links are added in page order.
    let level = [...STARTS];
    const open = await Promise.all(
      (await tabs('en')).map(async (page) => ({ page, scale: await weighPage(page) })),
    );
    while (level.length > 0 && visited.length < MAX_PAGES) {
      const batch = level.slice(0, MAX_PAGES - visited.length);
      const results = await inTabs(open, batch, async ({ page, scale }, path) => {
        const found: string[] = [];
        const { response, weight } = await scale.visit(path);
        const kind = pageKind(new URL(page.url()));
        const status = response?.status() ?? 0;
        if (status !== 200) return { path, kind, found, problems: [`${path}: answered ${status}`] };
        const problems: string[] = [];
        if (weight.total >= PAGE_BUDGET_BYTES) problems.push(`over 50 KB: ${describeWeight(weight)}`);
        for (const resource of weight.resources) {
          if (!resource.encoding && resource.bytes > 1024)
            problems.push(`${path}: ${resource.url} not compressed`);
        }
        problems.push(...(await check(page, 'en', path)));
        found.push(...(await linksOn(page)));
        return { path, kind, found, problems };
      });
      level = [];
      for (const result of results) {
        visited.push({ path: result.path, kind: result.kind });
        problems.push(...result.problems);
        for (const href of result.found) {
          const url = new URL(href);
          url.hash = '';
          if (!followable(url, origin)) continue;
          const kind = pageKind(url);
          if (kinds.has(kind)) continue;
          kinds.add(kind);
          level.push(url.pathname + url.search);
        }
      }
    }
    // The walk must have reached every module's pages, not stopped at the home page.
    const reached = visited.map((v) => v.kind);
    for (const expected of [
      '/processes/:id',
      '/processes/:id/actions',
      '/processes/:id/indicators',
      '/processes/:id/assessments',
      '/processes/:id/consultations',
      '/processes/:id/report',
      '/countries/:id',
      '/countries/:id/profile',
      '/organisations/:id',
      '/programmes/:id',
      '/events/:id',
      '/admin/users/:id',
      '/admin/audit',
      '/data/imports',
      '/corridors',
      '/api',
    ]) {
      expect(reached, `the walk reached ${expected}`).toContain(expected);
    }
    expect(visited.length, 'a walk that ended at the safety net').toBeLessThan(MAX_PAGES);
    // The list of what was checked, for people to read (test-results/every-page.txt).
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(`${RESULTS}every-page.txt`, `${visited.map((v) => `${v.kind}\t${v.path}`).join('\n')}\n`);
    expect(problems, problems.join('\n\n')).toEqual([]);
  }, 900_000);

  it('in Arabic: the first page of every section, right to left', async () => {
    const problems: string[] = [];
    // The sections of the English walk (it runs first): the first page of each top-level path,
    // and one page inside a process, since processes have the most complex pages.
    const sections = new Map<string, string>();
    for (const { path, kind } of visited) {
      const top = kind.split('/')[1] ?? '';
      if (!sections.has(top)) sections.set(top, path);
    }
    const inProcess = visited.find((v) => v.kind === '/processes/:id/actions');
    if (inProcess) sections.set('process-actions', inProcess.path);
    expect(sections.size).toBeGreaterThan(8);
    const open = await tabs('ar');
    const results = await inTabs(open, [...sections], async (page, [section, path]) => {
      const response = await page.goto(path);
      if (response?.status() !== 200) return [`${path} (ar): answered ${response?.status()}`];
      // Colour contrast does not change with the language's direction; the English walk checked it.
      const found = await check(page, 'ar', path, ['color-contrast']);
      await screenshot(page, `every-page-${section || 'home'}-ar`);
      return found;
    });
    problems.push(...results.flat());
    expect(problems, problems.join('\n\n')).toEqual([]);
  }, 300_000);
});
