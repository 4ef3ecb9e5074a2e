import { describe, expect, it } from 'vitest';
import { accountMessages } from '../../src/modules/accounts/account.messages.ts';
import { webMessages } from '../../src/web/web.messages.ts';
import {
  checkA11y,
  headerAccountName,
  screenshot,
  signInWithForm,
  submit,
  useJourney,
} from './support/index.ts';

describe('first start and signing in', () => {
  const journey = useJourney();

  it('signs in with the credentials the server printed, shows the name, and signs out', async () => {
    const page = await journey.page();
    await page.goto('/countries/BGD');
    expect(await headerAccountName(page)).toBeNull();

    // The header's link remembers where the reader was.
    await submit(page, () => page.locator('.account-links').getByRole('link', { name: 'Sign in' }).click());
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/countries/BGD');
    expect(await page.locator('h1').textContent()).toBe('Sign in');
    await checkA11y(page);
    await screenshot(page, 'sign-in-en');

    const answer = await signInWithForm(page, journey.server.admin, { goto: false });
    expect(answer.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/countries/BGD');
    expect(await headerAccountName(page)).toBe('Administrator');
    // An administrator sees the administration in the main navigation.
    expect(await page.locator('.main-nav a[href="/admin"]').count()).toBe(1);
    await checkA11y(page);

    await submit(page, () =>
      page.locator('.account-links').getByRole('button', { name: 'Sign out' }).click(),
    );
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('main [role="status"]').textContent()).toContain('You have signed out.');
    expect(await headerAccountName(page)).toBeNull();
    expect(await page.locator('.main-nav a[href="/admin"]').count()).toBe(0);
    await checkA11y(page);
    await screenshot(page, 'signed-out-home-en', ['phone']);

    // The old session is gone: the account page asks to sign in again.
    await page.goto('/account');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  for (const language of ['en', 'ar'] as const) {
    it(`refuses a wrong password with an error summary whose link puts the cursor in the field (${language})`, async () => {
      const page = await journey.page({ language, viewport: language === 'ar' ? 'phone' : 'desktop' });
      const answer = await signInWithForm(page, {
        email: journey.server.admin.email,
        password: 'not the right password',
      });
      expect(answer.status()).toBe(422);
      expect(await headerAccountName(page)).toBeNull();

      const summary = page.locator('.error-summary');
      expect(await summary.locator('h2').textContent()).toBe(webMessages[language]['form.errorSummary']);
      // Focus went to the summary, so a screen reader announces it first.
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
      const wrong = accountMessages[language]['account.signIn.wrong'];
      const link = summary.getByRole('link', { name: wrong });
      expect(await link.getAttribute('href')).toBe('#email');
      // The same words beside the field, which is marked invalid and keeps what was typed.
      expect(await page.locator('#email-error').textContent()).toBe(wrong);
      expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#email').inputValue()).toBe(journey.server.admin.email);
      expect(await page.locator('#password').inputValue()).toBe('');
      await checkA11y(page);
      await screenshot(page, `sign-in-wrong-password-${language}`);

      await link.click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
      // The field's label is on screen too, not scrolled away above it.
      const label = await page.locator('label[for="email"]').boundingBox();
      // (Within a pixel: scrolling the field into view may leave the label a fraction above.)
      expect(label!.y).toBeGreaterThanOrEqual(-1);
    });
  }
});
