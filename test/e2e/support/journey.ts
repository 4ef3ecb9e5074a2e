import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { type ContextOptions, launchChromium, newPage } from './browser.ts';
import { type RunningServer, startCorridor } from './server.ts';
import { signInAs } from './session.ts';

export interface Journey {
  /** The Corridor server of this test file (fresh SQLite database, demo loaded). */
  readonly server: RunningServer;
  readonly browser: Browser;
  /**
   * A page in a fresh context (own cookies) pointed at this file's server; closed after the file.
   * `signedInAs: email` starts it signed in as that user (see session.ts).
   */
  page(options?: Omit<ContextOptions, 'baseURL'> & { signedInAs?: string }): Promise<Page>;
}

/**
 * Call once at the top of a journey file: starts a Corridor server and connects to the run's
 * Chromium before the tests, and stops the server and disconnects after them. Every page it opens
 * is closed with it.
 *
 *     const journey = useJourney();
 *     it('…', async () => { const page = await journey.page({ language: 'ar' }); … });
 */
export function useJourney(options: { env?: Record<string, string> } = {}): Journey {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const pages: Page[] = [];

  beforeAll(async () => {
    // Both at once; each is kept as soon as it is up, so that afterAll stops whichever started
    // even when the other failed.
    await Promise.all([
      startCorridor({ env: options.env }).then((s) => {
        server = s;
      }),
      openChromium().then((b) => {
        browser = b;
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all(
      pages.map((p) =>
        p
          .context()
          .close()
          .catch(() => undefined),
      ),
    );
    await browser?.close();
    await server?.stop();
  });

  return {
    get server() {
      if (!server) throw new Error('The journey server is not started yet: use it inside a test');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not started yet: use it inside a test');
      return browser;
    },
    async page({ signedInAs, ...pageOptions } = {}) {
      const page = await newPage(this.browser, { baseURL: this.server.url, ...pageOptions });
      pages.push(page);
      if (signedInAs) await signInAs(page.context(), this.server, signedInAs);
      return page;
    },
  };
}

/**
 * The run's Chromium: the e2e project starts one for the whole run (chromium-server.ts) and each
 * test file connects to it, in a few milliseconds instead of a launch of one to four seconds.
 * Files still share nothing: each opens its own contexts (own cookies, own cache) and closing the
 * connection closes them. Without that browser (another config), it launches its own.
 */
async function openChromium(): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  return endpoint ? chromium.connect(endpoint) : launchChromium();
}
