import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type LaunchOptions,
  type Page,
} from 'playwright-core';

/**
 * Debian's Chromium (apt `chromium`), never a downloaded one. The flags keep it off the network
 * it cannot reach here; never pass `--user-data-dir` (STACK-NOTES.md): `launch()` makes a fresh profile.
 */
export const CHROMIUM_OPTIONS: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** A Chromium of its own, for a script or a test run outside the e2e project. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch(CHROMIUM_OPTIONS);
}

/** The two widths every page is looked at: a laptop in a meeting room and a small phone. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 375, height: 740 },
} as const;
export type ViewportName = keyof typeof VIEWPORTS;

export interface ContextOptions {
  /** Base URL of the server; relative `page.goto('/countries')` resolves against it. */
  baseURL: string;
  /** Sets the `corridor_lang` cookie, as the language switcher would. */
  language?: 'en' | 'fr' | 'es' | 'ar';
  viewport?: ViewportName;
  javaScript?: boolean;
  /** Any other Playwright context option. */
  extra?: BrowserContextOptions;
}

/** A fresh browser context (own cookies, empty cache): one user, one visit. */
export async function newContext(browser: Browser, options: ContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: options.baseURL,
    viewport: VIEWPORTS[options.viewport ?? 'desktop'],
    javaScriptEnabled: options.javaScript ?? true,
    locale: 'en-GB',
    ...options.extra,
  });
  if (options.language) {
    await context.addCookies([{ name: 'corridor_lang', value: options.language, url: options.baseURL }]);
  }
  return context;
}

/** Opens a page in a fresh context; closing the page's context is the caller's job (`page.context().close()`). */
export async function newPage(browser: Browser, options: ContextOptions): Promise<Page> {
  const context = await newContext(browser, options);
  return context.newPage();
}
