import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accountMessages } from '../../src/modules/accounts/account.messages.ts';
import { checkA11y, createUser, screenshot, submit, useJourney } from './support/index.ts';

const ar = accountMessages.ar;
const ARABIC = /[\u0600-\u06FF]/;

async function htmlLangDir(page: Page) {
  const html = page.locator('html');
  return { lang: await html.getAttribute('lang'), dir: await html.getAttribute('dir') };
}

async function switchTo(page: Page, name: string) {
  await submit(page, () => page.locator('.language-switcher').getByRole('link', { name }).click());
}

describe('switching to Arabic and back while signed in, on a form', () => {
  const journey = useJourney();

  it('mirrors the account page and shows a form’s error in Arabic beside its field', async () => {
    const user = await createUser(journey.server, {
      name: 'Nadia Benali',
      email: 'nadia.benali@example.org',
      password: 'a long enough password',
    });
    const page = await journey.page({ signedInAs: user.email });
    await page.goto('/account');
    expect(await htmlLangDir(page)).toEqual({ lang: 'en', dir: 'ltr' });

    // A signed-in page: the switch keeps the reader here and signed in.
    await switchTo(page, 'العربية');
    expect(new URL(page.url()).pathname).toBe('/account');
    expect(await htmlLangDir(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.locator('h1').textContent()).toContain(ar['account.title']);
    expect(await page.locator('.account-links a[href="/account"]').textContent()).toBe(user.name);
    // The email address stays left to right inside the right-to-left page.
    expect(await page.locator('.details bdi[dir="ltr"]').first().textContent()).toBe(user.email);
    await checkA11y(page);
    await screenshot(page, 'account-ar');

    // A form page, in Arabic: send it empty.
    await submit(page, () => page.getByRole('link', { name: ar['account.name.change'] }).click());
    expect(new URL(page.url()).pathname).toBe('/account/name');
    await page.getByLabel(ar['account.field.name']).fill('');
    const refused = await submit(page, () =>
      page.getByRole('button', { name: ar['account.name.submit'] }).click(),
    );
    expect(refused.status()).toBe(422);
    expect(await htmlLangDir(page)).toEqual({ lang: 'ar', dir: 'rtl' });

    // The error is in Arabic, in the summary and beside the field, which points to it.
    const summaryLink = page.locator('.error-summary a[href="#name"]');
    const message = (await summaryLink.textContent()) ?? '';
    expect(message).toMatch(ARABIC);
    const field = page.locator('.field--error');
    expect(await field.locator('.field__error').textContent()).toBe(message);
    expect(await page.locator('#name').getAttribute('aria-describedby')).toContain('name-error');
    // Beside it in right-to-left terms: the error starts at the field's right edge, as the label does.
    const input = (await page.locator('#name').boundingBox())!;
    const error = (await field.locator('.field__error').boundingBox())!;
    expect(Math.abs(error.x + error.width - (input.x + input.width))).toBeLessThanOrEqual(2);
    await checkA11y(page);
    await screenshot(page, 'account-name-error-ar');

    // And back to English, on the same form.
    await switchTo(page, 'English');
    expect(new URL(page.url()).pathname).toBe('/account/name');
    expect(await htmlLangDir(page)).toEqual({ lang: 'en', dir: 'ltr' });
    expect(await page.locator('h1').textContent()).toBe('Change your name');
    expect(await page.locator('.account-links a[href="/account"]').textContent()).toBe(user.name);
    await checkA11y(page);
  });
});
