import { describe, expect, it } from 'vitest';
import { screenshot, useJourney } from './support/index.ts';

describe('without JavaScript', () => {
  const journey = useJourney();

  it('filters countries by region with the plain form', async () => {
    const page = await journey.page({ javaScript: false });
    await page.goto('/countries');
    const rows = page.locator('tbody tr');
    const all = await rows.count();
    expect(all).toBeGreaterThan(240);

    await page.getByLabel('Region').selectOption({ label: 'Africa' });
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL((url) => url.searchParams.get('region') === '002');
    const african = await rows.count();
    expect(african).toBeGreaterThan(50);
    expect(african).toBeLessThan(all);
    const names = await page.locator('tbody th').allInnerTexts();
    expect(names).toContain('Nigeria');
    expect(names).not.toContain('Bangladesh');
    // The form remembers the choice, and the count says how many.
    expect(await page.getByLabel('Region').inputValue()).toBe('002');
    expect(await page.locator('.filters + p').textContent()).toBe(`${african} countries`);
    await screenshot(page, 'countries-africa-nojs-en');
  });

  it('switches language with plain links', async () => {
    const page = await journey.page({ javaScript: false });
    await page.goto('/countries');
    await page.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL((url) => url.pathname === '/countries');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
  });
});
