import { describe, expect, it } from 'vitest';
import { useJourney } from './support/index.ts';

describe('with the keyboard only', () => {
  const journey = useJourney();

  for (const path of ['/', '/countries', '/countries/BGD', '/about']) {
    it(`reaches the skip link first on ${path}, and Enter moves focus to the main content`, async () => {
      const page = await journey.page();
      await page.goto(path);
      await page.keyboard.press('Tab');
      const focused = page.locator(':focus');
      expect(await focused.getAttribute('class')).toBe('skip-link');
      expect(await focused.textContent()).toBe('Skip to main content');
      // Visible when focused: it moves into the viewport.
      const box = await focused.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);

      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      // The next Tab goes to the first link inside main, not back to the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    });
  }
});
