import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useJourney } from './support/index.ts';

async function htmlLangDir(page: Page) {
  const html = page.locator('html');
  return { lang: await html.getAttribute('lang'), dir: await html.getAttribute('dir') };
}

/** Horizontal centre of an element, in CSS pixels from the viewport's left edge. */
async function centreX(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return box.x + box.width / 2;
}

describe('switching the language to Arabic and back', () => {
  const journey = useJourney();

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`mirrors the page and keeps the choice across pages (${viewport})`, async () => {
      const page = await journey.page({ viewport });
      await page.goto('/');
      expect(await htmlLangDir(page)).toEqual({ lang: 'en', dir: 'ltr' });
      const width = page.viewportSize()!.width;
      expect(await centreX(page, '.brand__mark')).toBeLessThan(width / 2);

      await page.locator('.language-switcher').getByRole('link', { name: 'العربية' }).click();
      await page.waitForURL((url) => url.pathname === '/');
      expect(await htmlLangDir(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(await page.locator('h1').textContent()).toContain('الهجرة');

      // Mirrored: the brand sits on the right, the main navigation reads from the right, and the
      // first step of the chain is the right-most one.
      expect(await centreX(page, '.brand__mark')).toBeGreaterThan(width / 2);
      const nav = page.locator('.main-nav a');
      expect(
        await nav
          .nth(0)
          .boundingBox()
          .then((b) => b!.x),
      ).toBeGreaterThan(
        await nav
          .nth(1)
          .boundingBox()
          .then((b) => b!.x),
      );
      const steps = page.locator('.stepper__number');
      const first = (await steps.nth(0).boundingBox())!;
      const second = (await steps.nth(1).boundingBox())!;
      if (viewport === 'desktop') expect(first.x).toBeGreaterThan(second.x);
      else expect(second.y).toBeGreaterThan(first.y);
      // Nothing spills sideways on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await screenshot(page, 'language-switch-home-ar', [viewport]);

      // The choice sticks: follow a link, still Arabic.
      await page.locator('.main-nav').getByRole('link', { name: 'البلدان' }).click();
      await page.waitForURL((url) => url.pathname === '/countries');
      expect(await htmlLangDir(page)).toEqual({ lang: 'ar', dir: 'rtl' });
      expect(await page.locator('h1').textContent()).toBe('البلدان');

      // And back to English, on the page where the reader is.
      await page.locator('.language-switcher').getByRole('link', { name: 'English' }).click();
      await page.waitForURL((url) => url.pathname === '/countries');
      expect(await htmlLangDir(page)).toEqual({ lang: 'en', dir: 'ltr' });
      expect(await page.locator('h1').textContent()).toBe('Countries');
      expect(await centreX(page, '.brand__mark')).toBeLessThan(width / 2);
    });
  }

  it('marks the current language and offers the others in their own names', async () => {
    const page = await journey.page({ language: 'fr' });
    await page.goto('/about');
    const current = page.locator('.language-switcher [aria-current="true"]');
    expect(await current.textContent()).toBe('Français');
    expect(await current.getAttribute('lang')).toBe('fr');
    const others = page.locator('.language-switcher a');
    expect(await others.allInnerTexts()).toEqual(['English', 'Español', 'العربية']);
    expect(await others.nth(2).getAttribute('href')).toBe('/language/ar?next=%2Fabout');
  });
});
