import { describe, expect, it } from 'vitest';
import { checkA11y, createUser, screenshot, submit, useJourney } from './support/index.ts';
import { errorSummary, flash, follow, press, startProcess, visibleText } from './support/process.ts';

const OWNER = {
  name: 'Elena Rusu',
  email: 'elena.rusu@example.gov.md',
  password: 'vineyard bridge cello 33',
};
const BODY = 'Inter-ministerial committee on migration and development';

/** The owner of a process describes its coordinating body, its members and the whole-of-government map. */
describe('setting up the coordinating body', () => {
  const journey = useJourney();

  it('describes the body, adds a member organisation and maps ministries by level, then reads it in Arabic', async () => {
    await createUser(journey.server, OWNER);
    const page = await journey.page({ signedInAs: OWNER.email });
    page.setDefaultTimeout(10_000);
    const workspace = await startProcess(page, {
      title: 'Mainstreaming migration into Moldova’s sector strategies',
      country: 'Moldova',
      plan: 'National Development Strategy “Moldova 2030”',
    });

    await follow(page, 'Coordinating body');
    expect(new URL(page.url()).pathname).toBe(`${workspace}/body`);
    expect(await visibleText(page)).toContain('The coordinating body is not described yet.');
    await checkA11y(page);
    await screenshot(page, 'body-empty-en');

    // The body itself: sent empty first, then named with its kind and mandate.
    await follow(page, 'Describe the coordinating body');
    await checkA11y(page);
    const refused = await press(page, 'Save');
    expect(refused.status()).toBe(422);
    expect(await errorSummary(page)).toEqual(['Enter name', 'Select kind of body']);
    await checkA11y(page);
    await screenshot(page, 'body-edit-errors-en');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(BODY);
    await page
      .getByRole('combobox', { name: 'Kind of body' })
      .selectOption({ label: 'Inter-ministerial committee' });
    await page
      .getByRole('textbox', { name: 'Mandate' })
      .fill('Set up by government decision to steer the integration of migration into sector policies.');
    await press(page, 'Save');
    expect(new URL(page.url()).pathname).toBe(`${workspace}/body`);
    expect(await flash(page)).not.toBe('');
    const described = await visibleText(page);
    expect(described).toContain(BODY);
    expect(described).toContain('Inter-ministerial committee');
    expect(described).toContain('Set up by government decision');

    // A member organisation with its role.
    await follow(page, 'Add a member organisation');
    await checkA11y(page);
    await page
      .getByRole('combobox', { name: 'Organisation' })
      .selectOption({ label: 'Government of Moldova' });
    await page.getByRole('combobox', { name: 'Role in the body' }).selectOption({ label: 'Chair' });
    await press(page, 'Add member');
    await page.getByRole('link', { name: 'Add a member organisation' }).waitFor();
    await follow(page, 'Add a member organisation');
    await page
      .getByRole('combobox', { name: 'Organisation' })
      .selectOption({ label: 'International Organization for Migration (IOM)' });
    await page.getByRole('combobox', { name: 'Role in the body' }).selectOption({ label: 'Secretariat' });
    await press(page, 'Add member');
    const members = page.getByRole('table').filter({ hasText: 'Government of Moldova' });
    const row = (name: string) => members.getByRole('row').filter({ hasText: name });
    expect(await row('Government of Moldova').getByRole('cell').allTextContents()).toContain('Chair');
    expect(
      await row('International Organization for Migration').getByRole('cell').allTextContents(),
    ).toContain('Secretariat');

    // The whole-of-government map: a ministry at national and local level, typed by name.
    await follow(page, 'Add a ministry or body');
    await checkA11y(page);
    await screenshot(page, 'body-government-new-en');
    const refusedMap = await press(page, 'Add to the map');
    expect(refusedMap.status()).toBe(422);
    expect((await errorSummary(page)).length).toBe(1);
    await page.getByRole('textbox', { name: 'Or its name' }).fill('Ministry of Labour and Social Protection');
    await page
      .getByRole('group', { name: 'National' })
      .getByRole('textbox', { name: 'How' })
      .fill('Leads the labour migration chapter');
    await page.getByRole('checkbox', { name: 'Takes part at this level: Local' }).check();
    await page
      .getByRole('group', { name: 'Local' })
      .getByRole('textbox', { name: 'How' })
      .fill('Employment offices in the districts');
    await press(page, 'Add to the map');
    // A second one, added by mistake and then removed after a confirmation step.
    await follow(page, 'Add a ministry or body');
    await page.getByRole('textbox', { name: 'Or its name' }).fill('Ministry of Tourism');
    await press(page, 'Add to the map');
    expect(await visibleText(page)).toContain('Ministry of Tourism');
    const matrix = page.getByRole('table').filter({ hasText: 'Ministry of Labour and Social Protection' });
    const labour = matrix.getByRole('row').filter({ hasText: 'Ministry of Labour and Social Protection' });
    expect(await visibleText(labour)).toContain('Leads the labour migration chapter');
    expect(await visibleText(labour)).toContain('Employment offices in the districts');
    await checkA11y(page);
    await screenshot(page, 'body-set-up-en');

    const tourism = matrix.getByRole('row').filter({ hasText: 'Ministry of Tourism' });
    await submit(page, () => tourism.getByRole('link', { name: /^Edit/ }).click());
    await checkA11y(page);
    await follow(page, 'Remove from the map');
    // The confirmation sits in the process frame: the process is the h1, the page its h2.
    expect(await page.getByRole('heading', { level: 2, name: 'Remove from the map' }).count()).toBe(1);
    expect(await visibleText(page)).toContain('Remove Ministry of Tourism from the whole-of-government map?');
    await checkA11y(page);
    await screenshot(page, 'body-government-remove-en');
    await press(page, 'Yes, remove');
    expect(new URL(page.url()).pathname).toBe(`${workspace}/body`);
    expect(await flash(page)).toBe('Removed from the map');
    expect(await visibleText(page)).not.toContain('Ministry of Tourism');

    // The overview names the body.
    await follow(page, 'Overview');
    expect(await visibleText(page)).toContain(BODY);

    // In Arabic on a phone: right to left, the matrix readable without sideways scrolling of the page.
    const arabic = await journey.page({ signedInAs: OWNER.email, language: 'ar', viewport: 'phone' });
    await arabic.goto(`${workspace}/body`);
    expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await visibleText(arabic)).toContain(BODY);
    expect(await arabic.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await checkA11y(arabic);
    await screenshot(arabic, 'body-set-up-ar');
  });
});
