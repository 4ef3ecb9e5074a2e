import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, screenshot, useJourney } from './support/index.ts';

const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;

/** Fails when anything makes the page wider than the screen (a sideways scroll on a phone). */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  expect(scroll, `page is ${scroll}px wide on a ${width}px screen`).toBeLessThanOrEqual(width);
}

/** Every header control must be on screen and at least 24 px tall to tap (WCAG 2.2 target size). */
async function expectHeaderControlsUsable(page: Page) {
  const width = page.viewportSize()!.width;
  const controls = page.locator('.site-header a, .site-header button, .site-header [aria-current="true"]');
  for (const control of await controls.all()) {
    const box = (await control.boundingBox())!;
    const label = await control.textContent();
    expect(box.x, `${label} starts off screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${label} ends off screen`).toBeLessThanOrEqual(width + 0.5);
    expect(box.height, `${label} is too small to tap`).toBeGreaterThanOrEqual(24);
  }
}

describe('the page shell on a phone', () => {
  const journey = useJourney();

  for (const language of LANGUAGES) {
    it(`fits the header, navigation and tables in 375 px, signed out, in ${language}`, async () => {
      const page = await journey.page({ viewport: 'phone', language });
      for (const path of ['/', '/countries', '/countries/BGD']) {
        await page.goto(path);
        await expectNoSidewaysScroll(page);
        await expectHeaderControlsUsable(page);
      }
    });
  }

  for (const language of ['en', 'ar'] as const) {
    it(`keeps the account name and sign-out reachable when signed in, in ${language}`, async () => {
      const page = await journey.page({
        viewport: 'phone',
        language,
        signedInAs: journey.server.admin.email,
      });
      await page.goto('/countries/BGD');
      const account = page.locator('.account-links');
      expect(await account.getByRole('link', { name: 'Administrator' }).isVisible()).toBe(true);
      expect(await account.getByRole('button').isVisible()).toBe(true);
      await expectNoSidewaysScroll(page);
      await expectHeaderControlsUsable(page);
      await checkA11y(page);
      await screenshot(page, `signed-in-country-bgd-${language}`);
    });
  }
});
