import type { Browser, Cookie, Page, Response } from 'playwright-core';
import { newContext } from './browser.ts';

/** DESIGN.md: every page, first visit, HTML + CSS + JS, under 50 KB compressed. */
export const PAGE_BUDGET_BYTES = 50 * 1024;

const COUNTED = new Set(['Document', 'Stylesheet', 'Script']);

export interface PageWeight {
  url: string;
  /** Bytes on the wire (compressed bodies plus headers), per counted resource. */
  resources: { url: string; type: string; bytes: number; encoding: string | undefined }[];
  total: number;
}

/**
 * Loads `path` in a fresh context (empty cache, as a first visit) and adds up what Chromium
 * received for the document, stylesheets and scripts, as the DevTools protocol reports it
 * (`encodedDataLength`: compressed body plus response headers). Images and fonts are not counted:
 * Corridor has none but inline SVG. `cookies` start the context with them (a session, to weigh
 * a signed-in page).
 */
export async function measurePage(
  browser: Browser,
  baseURL: string,
  path: string,
  options: { language?: 'en' | 'fr' | 'es' | 'ar'; cookies?: Cookie[] } = {},
): Promise<PageWeight> {
  // Chromium asks for gzip, deflate, br and zstd by itself, as a real visitor's browser does.
  const context = await newContext(browser, { baseURL, language: options.language });
  try {
    if (options.cookies) await context.addCookies(options.cookies);
    const page = await context.newPage();
    const scale = await weighPage(page);
    return (await scale.visit(path)).weight;
  } finally {
    await context.close();
  }
}

/** A page that weighs every document it loads; see `weighPage`. */
export interface PageScale {
  /** Goes to `path` and returns the answer with the weight of the page as a first visit. */
  visit(path: string): Promise<{ response: Response | null; weight: PageWeight }>;
}

/**
 * Turns the browser cache off on `page` (so that every visit fetches its stylesheet and script
 * again, as a first visit would) and weighs what each `visit` loads. One page can then weigh a
 * whole list of addresses without a fresh context for each, and be checked with axe in between.
 */
export async function weighPage(page: Page): Promise<PageScale> {
  const cdp = await page.context().newCDPSession(page);
  const seen = new Map<string, { url: string; type: string; encoding: string | undefined }>();
  const sizes = new Map<string, number>();
  cdp.on('Network.responseReceived', (event) => {
    if (!COUNTED.has(event.type)) return;
    const headers = event.response.headers as Record<string, string>;
    const encoding = Object.entries(headers).find(([k]) => k.toLowerCase() === 'content-encoding')?.[1];
    seen.set(event.requestId, { url: event.response.url, type: event.type, encoding });
  });
  cdp.on('Network.loadingFinished', (event) => {
    sizes.set(event.requestId, event.encodedDataLength);
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  return {
    async visit(path) {
      seen.clear();
      sizes.clear();
      const response = await page.goto(path, { waitUntil: 'load' });
      // loadingFinished for the last script can trail the load event by a tick.
      await waitFor(() => [...seen.keys()].every((id) => sizes.has(id)), 2000);
      const resources = [...seen].map(([id, r]) => ({ ...r, bytes: sizes.get(id) ?? 0 }));
      const weight = { url: path, resources, total: resources.reduce((sum, r) => sum + r.bytes, 0) };
      return { response, weight };
    },
  };
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

/** "12.3 KB: document 8.1 KB (gzip), stylesheet 3.9 KB (gzip), script 0.3 KB" for failure messages. */
export function describeWeight(weight: PageWeight): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const parts = weight.resources.map(
    (r) => `${r.type.toLowerCase()} ${kb(r.bytes)}${r.encoding ? ` (${r.encoding})` : ''} ${r.url}`,
  );
  return `${weight.url}: ${kb(weight.total)}\n  ${parts.join('\n  ')}`;
}
