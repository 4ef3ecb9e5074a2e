import { describe, expect, it } from 'vitest';
import { describeWeight, measurePage, PAGE_BUDGET_BYTES, useJourney } from './support/index.ts';

const PAGES = ['/', '/countries', '/countries/BGD', '/about', '/no-such-page'];

describe('page weight on a first visit', () => {
  const journey = useJourney();

  for (const path of PAGES) {
    it(`keeps ${path} under 50 KB compressed (HTML + CSS + JS)`, async () => {
      const weight = await measurePage(journey.browser, journey.server.url, path);
      const types = weight.resources.map((r) => r.type).sort();
      expect(types).toEqual(['Document', 'Script', 'Stylesheet']);
      // Compressed on the wire. Not the 404 page for an unknown address: @fastify/compress hooks
      // onto routes, and the not-found handler is not one (3 KB, well within budget).
      for (const resource of weight.resources) {
        if (path === '/no-such-page' && resource.type === 'Document') continue;
        expect(resource.encoding, resource.url).toBeDefined();
      }
      expect(weight.total, describeWeight(weight)).toBeLessThan(PAGE_BUDGET_BYTES);
    });
  }

  for (const path of PAGES) {
    it(`keeps ${path} in Arabic under the same budget`, async () => {
      const weight = await measurePage(journey.browser, journey.server.url, path, { language: 'ar' });
      expect(weight.total, describeWeight(weight)).toBeLessThan(PAGE_BUDGET_BYTES);
    });
  }
});
