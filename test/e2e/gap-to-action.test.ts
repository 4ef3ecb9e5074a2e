import { describe, expect, it } from 'vitest';
import { checkA11y, createUser, screenshot, submit, useJourney } from './support/index.ts';
import { errorSummary, flash, follow, press, startProcess, visibleText } from './support/process.ts';

const OWNER = {
  name: 'Nadia Ben Salah',
  email: 'nadia.bensalah@example.gov.tn',
  password: 'olive medina compass 58',
};

const QUESTION =
  'Does the national employment strategy address emigration, immigration and return, and their effects on the labour market?';

/** A gap found by the checklist becomes an action of the plan in one step, then gets its details. */
describe('turning a gap into an action', () => {
  const journey = useJourney();

  it('scores a question as not addressed, turns the gap into an action and completes the action', async () => {
    await createUser(journey.server, OWNER);
    const page = await journey.page({ signedInAs: OWNER.email });
    page.setDefaultTimeout(10_000);
    const workspace = await startProcess(page, {
      title: 'Labour migration in Tunisia’s five-year plan',
      country: 'Tunisia',
      plan: 'Five-year development plan 2026–2030',
      periodStart: '2026-01-01',
      periodEnd: '2030-12-31',
    });

    // A round on the labour checklist; the first question is not addressed at all.
    await follow(page, 'Assessments');
    await page.getByRole('checkbox', { name: /^Labour and employment/ }).check();
    await press(page, 'Start round 1');
    const question = page
      .locator('main form')
      .filter({ has: page.getByRole('button', { name: 'Save this question' }) })
      .first();
    await question.getByRole('radio', { name: 'Not addressed' }).check();
    await question
      .getByRole('textbox', { name: 'Comments' })
      .fill('No labour migration chapter in the plan yet.');
    await submit(page, () => question.getByRole('button', { name: 'Save this question' }).click());
    expect(await flash(page)).toContain('Question 1 saved.');

    await follow(page, 'Results');
    const gap = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Turn this gap into an action' }) });
    expect(await gap.count()).toBe(1);
    const gapText = await visibleText(gap);
    expect(gapText).toContain(QUESTION);
    expect(gapText).toContain('Not addressed');
    expect(gapText).toContain('No labour migration chapter in the plan yet.');
    await checkA11y(page);
    await screenshot(page, 'gap-results-en');

    // One step: the gap becomes an action, and the gap now links to it.
    await submit(page, () => gap.getByRole('button', { name: 'Turn this gap into an action' }).click());
    expect(await flash(page)).toBe('Action created from this gap.');
    const made = page.getByRole('link', { name: 'See the action made from this gap' });
    expect(await made.count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Turn this gap into an action' }).count()).toBe(0);
    await screenshot(page, 'gap-turned-en');
    await submit(page, () => made.click());
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${workspace}/actions/[a-z0-9]+$`));
    expect(await page.getByRole('heading', { name: QUESTION }).count()).toBe(1);
    const action = await visibleText(page);
    expect(action).toContain('Planned');
    expect(action).not.toContain('Gap or lesson it answers');
    const back = page.getByRole('link', { name: `Round 1 · Labour and employment · ${QUESTION}` });
    expect(await back.getAttribute('href')).toMatch(/\/results#gap-[a-z0-9]+$/);
    await checkA11y(page);
    await screenshot(page, 'gap-action-en');
    const actionPage = page.url();

    // The team completes it: dates in the wrong order first, then right, with a budget.
    await follow(page, 'Change this action');
    await checkA11y(page);
    const date = async (legend: string, day: string, month: string, year: string) => {
      const group = page.getByRole('group', { name: legend });
      await group.getByRole('textbox', { name: 'Day' }).fill(day);
      await group.getByRole('textbox', { name: 'Month' }).fill(month);
      await group.getByRole('textbox', { name: 'Year' }).fill(year);
    };
    await page.getByRole('combobox', { name: 'Responsible organisation' }).fill('Ministry of Employment');
    await date('Start date', '30', '6', '2027');
    await date('End date', '1', '1', '2027');
    await page.getByRole('textbox', { name: 'Amount' }).fill('-5');
    await page.getByRole('textbox', { name: 'Currency' }).fill('TND');
    const refused = await press(page, /^Save/);
    expect(refused.status()).toBe(422);
    const problems = await errorSummary(page);
    expect(problems).toEqual([
      'No organisation is called “Ministry of Employment”. Check the spelling, or add it to the directory first.',
      'Enter an end date on or after the start date (June 30, 2027)',
      'Enter a budget of 0 or more',
    ]);
    await checkA11y(page);
    await screenshot(page, 'gap-action-errors-en');
    await page.getByRole('combobox', { name: 'Responsible organisation' }).fill('IOM');
    await date('Start date', '1', '3', '2026');
    await date('End date', '28', '2', '2027');
    await page.getByRole('textbox', { name: 'Amount' }).fill('120000');
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
    await press(page, /^Save/);
    expect(page.url()).toBe(actionPage);
    const saved = await visibleText(page);
    expect(saved).toContain('International Organization for Migration');
    expect(saved).toContain('In progress');
    expect(saved).toContain('120,000');

    // The action plan lists it, and the timeline draws it.
    await follow(page, 'Actions');
    expect(await page.locator('main').getByRole('link', { name: QUESTION }).count()).toBeGreaterThan(0);
    await checkA11y(page);
    await screenshot(page, 'gap-actions-list-en');

    // The same action in Arabic, right to left.
    const arabic = await journey.page({ signedInAs: OWNER.email, language: 'ar' });
    await arabic.goto(actionPage);
    expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl');
    await checkA11y(arabic);
    await screenshot(arabic, 'gap-action-ar');
  });
});
