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
      // Compressed on the wire, the 404 page for an unknown address included (src/web/compress-not-found.ts).
      for (const resource of weight.resources) expect(resource.encoding, resource.url).toBeDefined();
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
