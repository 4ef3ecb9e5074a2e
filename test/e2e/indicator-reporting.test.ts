import { describe, expect, it } from 'vitest';
import { checkA11y, createUser, screenshot, useJourney } from './support/index.ts';
import { errorSummary, flash, follow, press, startProcess, visibleText } from './support/process.ts';

const OWNER = {
  name: 'Tanvir Hossain',
  email: 'tanvir.hossain@example.gov.bd',
  password: 'delta monsoon ledger 71',
};
const INDICATOR = 'Returning migrants registered with employment services';

/** An indicator is defined with a baseline and targets, a value is reported, and the year is locked. */
describe('reporting an indicator value', () => {
  const journey = useJourney();

  it('defines an indicator, reports a value after a mistake, sees progress, and locks the year', async () => {
    await createUser(journey.server, OWNER);
    const page = await journey.page({ signedInAs: OWNER.email });
    page.setDefaultTimeout(10_000);
    await startProcess(page, {
      title: 'Migration in Bangladesh’s Ninth Five-Year Plan',
      country: 'Bangladesh',
      plan: 'Ninth Five-Year Plan',
      periodStart: '2025-07-01',
      periodEnd: '2030-06-30',
    });

    await follow(page, 'Indicators');
    await checkA11y(page);
    await follow(page, 'Add an indicator');
    await checkA11y(page);
    await page.getByRole('textbox', { name: 'Name of the indicator' }).fill(INDICATOR);
    await page
      .getByRole('textbox', { name: 'Definition' })
      .fill('Share of migrants returned in the year who registered with a district employment office.');
    await page.getByRole('combobox', { name: 'Unit' }).selectOption({ label: 'Percent' });
    await page.getByRole('radio', { name: 'An increase is better' }).check();
    const baseline = page.getByRole('group', { name: 'Baseline' });
    await baseline.getByRole('textbox', { name: 'Value' }).fill('12');
    await baseline.getByRole('textbox', { name: 'Year' }).fill('2024');
    await page.getByRole('textbox', { name: 'Year of target 1' }).fill('2027');
    await page.getByRole('textbox', { name: 'Value of target 1' }).fill('30');
    await page.getByRole('textbox', { name: 'Year of target 2' }).fill('2030');
    await page.getByRole('textbox', { name: 'Value of target 2' }).fill('50');
    await press(page, 'Add the indicator');
    expect(await flash(page)).toBe('The indicator has been added.');
    expect(await page.getByRole('heading', { name: INDICATOR }).count()).toBe(1);
    await checkA11y(page);
    await screenshot(page, 'indicator-new-en');
    const indicatorPage = page.url();

    // A value out of range first: the form says how to fix it and keeps what was typed.
    await follow(page, 'Report a value');
    await checkA11y(page);
    await page.getByRole('textbox', { name: 'Period' }).fill('2026');
    await page.getByRole('textbox', { name: 'Value' }).fill('180');
    await page
      .getByRole('textbox', { name: 'Source' })
      .fill('Bureau of Manpower, Employment and Training register');
    const refused = await press(page, 'Report the value');
    expect(refused.status()).toBe(422);
    expect(await errorSummary(page)).toEqual(['Enter a percentage from 0 to 100']);
    expect(await page.getByRole('textbox', { name: 'Source' }).inputValue()).toBe(
      'Bureau of Manpower, Employment and Training register',
    );
    await checkA11y(page);
    await screenshot(page, 'indicator-value-error-en');
    await page.getByRole('textbox', { name: 'Value' }).fill('18');
    await press(page, 'Report the value');
    expect(page.url()).toBe(indicatorPage);
    expect(await flash(page)).toBe('The value has been reported.');
    const reported = await visibleText(page);
    expect(reported).toContain('18');
    expect(reported).toContain('Bureau of Manpower, Employment and Training register');
    expect(reported).toContain(OWNER.name);
    // Progress from the baseline (12 in 2024) towards the 2027 target (30): a third of the way.
    expect(reported).toContain('33.3% of the way from the baseline to the 2027 target');
    await checkA11y(page);
    await screenshot(page, 'indicator-reported-en');

    // The owner locks 2026 once it is reviewed; a new value for 2026 is then refused in words.
    await follow(page, 'Indicators');
    expect(await visibleText(page.getByRole('table').first())).toContain(INDICATOR);
    await page.getByRole('textbox', { name: 'Year to lock' }).fill('2026');
    await press(page, 'Lock the year');
    expect(await flash(page)).toBe('Reporting for 2026 is now locked.');
    await checkA11y(page);
    await screenshot(page, 'indicators-locked-en');
    await page.goto(indicatorPage);
    await follow(page, 'Report a value');
    await page.getByRole('textbox', { name: 'Period' }).fill('2026');
    await page.getByRole('textbox', { name: 'Value' }).fill('19');
    const locked = await press(page, 'Report the value');
    expect(locked.status()).toBe(409);
    expect((await errorSummary(page)).join(' ')).toContain('2026');

    // The indicator in Arabic, right to left, on a phone: the chart and its table fit the screen.
    const arabic = await journey.page({ signedInAs: OWNER.email, language: 'ar', viewport: 'phone' });
    await arabic.goto(indicatorPage);
    expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await arabic.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await checkA11y(arabic);
    await screenshot(arabic, 'indicator-reported-ar');
  });
});
