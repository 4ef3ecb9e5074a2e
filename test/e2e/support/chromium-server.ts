import { chromium } from 'playwright-core';
import { CHROMIUM_OPTIONS } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The WebSocket address of the run's Chromium, which every journey connects to. */
    chromiumEndpoint: string;
  }
}

/**
 * Global setup of the e2e project: one Chromium for the whole run, instead of one launched per
 * test file (21 launches, each one to four seconds of a busy machine's two cores; issue 8, item 9).
 */
export default async function setup(project: {
  provide(key: 'chromiumEndpoint', value: string): void;
}): Promise<() => Promise<void>> {
  const server = await chromium.launchServer(CHROMIUM_OPTIONS);
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return async () => {
    await server.close();
  };
}
