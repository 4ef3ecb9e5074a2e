import { describe, expect, it } from 'vitest';
import { checkA11y, screenshot, useJourney } from './support/index.ts';

/** The public pages that exist on a fresh start, with the name their screenshots carry. */
const PAGES = [
  { path: '/', name: 'home' },
  { path: '/countries', name: 'countries' },
  { path: '/countries/BGD', name: 'country-bgd' },
  { path: '/about', name: 'about' },
  { path: '/no-such-page', name: 'not-found', status: 404 },
];

describe('first start', () => {
  const journey = useJourney();

  it('prints the first administrator’s email and password once, on stdout', () => {
    expect(journey.server.admin.email).toMatch(/@/);
    expect(journey.server.admin.password.length).toBeGreaterThanOrEqual(12);
    expect(journey.server.stdout()).toContain(`Corridor is ready at ${journey.server.url}`);
  });

  it('shows what Corridor is and its key figures on the home page', async () => {
    const page = await journey.page();
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    const figures = page.locator('.summary-card');
    expect(await figures.count()).toBeGreaterThan(0);
    const countries = figures.filter({ hasText: 'Countries and territories' });
    const shown = (await countries.locator('.figure').textContent()) ?? '';
    expect(Number(shown.replace(/\D/g, ''))).toBeGreaterThan(240);
    // The figure links to the list it counts.
    expect(await countries.getByRole('link').getAttribute('href')).toBe('/countries');
  });

  for (const language of ['en', 'ar'] as const) {
    it(`passes axe on every public page, in ${language === 'en' ? 'English' : 'Arabic'}`, async () => {
      const page = await journey.page({ language });
      for (const { path, name, status = 200 } of PAGES) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(status);
        expect(await page.locator('html').getAttribute('lang'), path).toBe(language);
        expect(await page.locator('html').getAttribute('dir'), path).toBe(language === 'ar' ? 'rtl' : 'ltr');
        await checkA11y(page);
        await screenshot(page, `${name}-${language}`);
      }
    });
  }

  it('serves the OpenAPI document as JSON', async () => {
    const page = await journey.page();
    const response = await page.goto('/api/openapi.json');
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('application/json');
    const document = (await response?.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/v1/countries');
  });
});
