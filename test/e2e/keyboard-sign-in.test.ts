import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { headerAccountName, submit, useJourney } from './support/index.ts';

/** What has the focus: its id, or its tag and text. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    return el.id ? `#${el.id}` : `${el.tagName.toLowerCase()}:${el.textContent?.trim() ?? ''}`;
  });
}

/** Presses Tab until `target` has the focus; fails if it takes more than `max` presses. */
async function tabTo(page: Page, target: string, max = 30): Promise<number> {
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === target) return presses;
  }
  throw new Error(`${target} not reached after ${max} presses of Tab`);
}

describe('signing in with the keyboard only', () => {
  const journey = useJourney();

  it('reaches the fields with Tab, shows where the focus is, and sends the form with Enter', async () => {
    const page = await journey.page();
    await page.goto('/sign-in');

    // Skip the header: the skip link first, Enter, then the first fields of the page.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('a:Skip to main content');
    await page.keyboard.press('Enter');
    expect(await tabTo(page, '#email', 3)).toBeLessThanOrEqual(3);
    // The focused field is visibly marked.
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { outline: style.outlineStyle, shadow: style.boxShadow };
    });
    expect(ring.outline !== 'none' || ring.shadow !== 'none').toBe(true);

    // A wrong password first: Enter sends, the summary takes the focus, its link leads to the field.
    await page.keyboard.type(journey.server.admin.email);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('#password');
    await page.keyboard.type('not the password');
    expect((await submit(page, () => page.keyboard.press('Enter'))).status()).toBe(422);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#email');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('#email');
    expect(await page.locator('#email').inputValue()).toBe(journey.server.admin.email);

    // Then the right one: Tab to the password, type, Tab to the button, Enter.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('#password');
    await page.keyboard.type(journey.server.admin.password);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button:Sign in');
    const answer = await submit(page, () => page.keyboard.press('Enter'));
    expect(answer.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await headerAccountName(page)).toBe('Administrator');
  });
});
