import { describe, expect, it } from 'vitest';
import {
  checkA11y,
  createUser,
  headerAccountName,
  screenshot,
  signInWithForm,
  submit,
  useJourney,
} from './support/index.ts';
import { errorSummary, flash, follow, press, visibleText } from './support/process.ts';

const FOCAL_POINT = {
  name: 'Kwame Mensah',
  email: 'kwame.mensah@example.gov.gh',
  password: 'harbour kente sunrise 17',
};
const COLLEAGUE = {
  name: 'Abena Owusu',
  email: 'abena.owusu@example.gov.gh',
  password: 'market lagoon drum 45',
};
const TITLE = 'Mainstreaming migration into the Accra metropolitan development plan';

/** A government focal point starts a local process, then moves its first stage forward. */
describe('creating a mainstreaming process', () => {
  const journey = useJourney();

  it('starts a local process from the list, fixing the form first, and opens its first stage', async () => {
    // An account made as `corridor user create` makes it; the focal point signs in with the form.
    await createUser(journey.server, FOCAL_POINT);
    await createUser(journey.server, COLLEAGUE);
    const page = await journey.page();
    page.setDefaultTimeout(10_000);
    await signInWithForm(page, FOCAL_POINT);
    expect(await headerAccountName(page)).toBe(FOCAL_POINT.name);

    await submit(page, () =>
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Processes' }).click(),
    );
    expect(await page.locator('h1').textContent()).toBe('Mainstreaming processes');
    await follow(page, 'Start a process');
    expect(new URL(page.url()).pathname).toBe('/processes/new');
    await checkA11y(page);
    await screenshot(page, 'process-new-en');

    // Sent with only dates in the wrong order: every problem at once, each saying what to do.
    await page.getByRole('textbox', { name: 'Start date' }).fill('2030-01-01');
    await page.getByRole('textbox', { name: 'End date' }).fill('2026-12-31');
    const refused = await press(page, 'Create process');
    expect(refused.status()).toBe(422);
    const problems = await errorSummary(page);
    expect(problems).toEqual([
      'Enter title',
      'Select the country of the process',
      'Enter development plan or strategy',
      'Enter an end date after the start date',
    ]);
    // The summary has the focus, and its link puts the cursor in the field.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await page.getByRole('alert').getByRole('link', { name: 'Select the country of the process' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('countryAlpha3');
    expect(await page.getByRole('textbox', { name: 'Start date' }).inputValue()).toBe('2030-01-01');
    await checkA11y(page);
    await screenshot(page, 'process-new-errors-en');

    await page.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await page.getByRole('combobox', { name: 'Country', exact: true }).selectOption({ label: 'Ghana' });
    // Accra is not in the list of areas yet: the focal point adds it.
    await page.getByText('The area is not in the list: add it').click();
    await page.getByRole('textbox', { name: 'Name of the new area' }).fill('Accra');
    await page
      .getByRole('combobox', { name: 'Kind of area' })
      .selectOption({ label: 'city or municipality' });
    await page
      .getByRole('textbox', { name: 'Development plan or strategy' })
      .fill('Accra Metropolitan Medium-Term Development Plan');
    await page.getByRole('textbox', { name: 'Start date' }).fill('2026-01-01');
    await page.getByRole('textbox', { name: 'End date' }).fill('2029-12-31');
    await page
      .getByRole('textbox', { name: 'Summary' })
      .fill('Makes returning migrants and internal migrants part of the city’s plan.');
    await page.getByText('Themes (0 chosen)').click();
    await page.getByRole('checkbox', { name: 'Data', exact: true }).check();
    const created = await press(page, 'Create process');
    expect(created.status()).toBe(200);
    const workspace = new URL(page.url()).pathname;
    expect(workspace).toMatch(/^\/processes\/[a-z0-9]+$/);

    // The workspace shows what was entered, and where the process stands.
    expect(await page.locator('h1').textContent()).toBe(TITLE);
    const main = await visibleText(page);
    expect(main).toContain('Accra Metropolitan Medium-Term Development Plan');
    expect(main).toContain('Local');
    expect(main).toContain('Your role: Owner');
    expect(main).toContain('Current stage: Preparation and institutional set-up Not started');
    expect(await page.getByRole('link', { name: /^Stage \d: / }).count()).toBe(6);
    await checkA11y(page);
    await screenshot(page, 'process-created-en');

    // The first stage starts: status, date and notes, saved and shown back.
    await follow(page, 'Stage 1: Preparation and institutional set-up');
    await checkA11y(page);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
    await page.getByRole('textbox', { name: 'Start date' }).fill('2026-02-02');
    await page
      .getByRole('textbox', { name: 'Notes' })
      .fill('Mayor’s office agreed to chair a steering group; terms of reference drafted.');
    await press(page, 'Save stage');
    expect(await flash(page)).not.toBe('');
    const stage = await visibleText(page);
    expect(stage).toContain('In progress');
    expect(stage).toContain('terms of reference drafted');
    await checkA11y(page);
    await screenshot(page, 'process-stage-en');

    // Back on the overview (by the breadcrumb), the stage shows as under way.
    await submit(page, () =>
      page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: TITLE }).click(),
    );
    expect(new URL(page.url()).pathname).toBe(workspace);
    expect(await visibleText(page)).toContain(
      'Current stage: Preparation and institutional set-up In progress',
    );

    // The list finds it among local processes of Ghana.
    await page.goto('/processes');
    await page.getByRole('combobox', { name: 'Country' }).selectOption({ label: 'Ghana' });
    await page.getByRole('combobox', { name: 'Level' }).selectOption({ label: 'Local' });
    await press(page, 'Show processes');
    expect(await page.locator('main').getByRole('link', { name: TITLE }).count()).toBe(1);
    await checkA11y(page);
    await screenshot(page, 'process-list-local-en');

    // The owner invites a colleague and makes the process private; the colleague accepts, then
    // finds it. An unknown address gets the same answer as a known one (decision 45).
    await page.goto(workspace);
    await follow(page, 'Members');
    await checkA11y(page);
    await follow(page, 'Invite a person');
    await checkA11y(page);
    await page.getByRole('textbox', { name: 'Email address' }).fill('nobody@example.org');
    const unknown = await press(page, 'Invite');
    expect(unknown.status()).toBe(200);
    expect(await flash(page)).toBe(
      'Invitation sent to nobody@example.org. If this address belongs to a Corridor account, the person sees the invitation when signed in and joins only if they accept.',
    );
    await screenshot(page, 'process-invite-sent-en');
    await press(page, 'Withdraw the invitation to nobody@example.org');
    await follow(page, 'Invite a person');
    await page.getByRole('textbox', { name: 'Email address' }).fill(COLLEAGUE.email);
    await page.getByRole('radio', { name: /^Member/ }).check();
    await press(page, 'Invite');
    expect(await flash(page)).toBe(
      `Invitation sent to ${COLLEAGUE.email}. If this address belongs to a Corridor account, the person sees the invitation when signed in and joins only if they accept.`,
    );
    const waiting = page.getByRole('table').filter({ hasText: COLLEAGUE.email });
    expect(await visibleText(waiting.getByRole('row').filter({ hasText: COLLEAGUE.email }))).toContain(
      'Member',
    );
    await checkA11y(page);
    await follow(page, 'Settings');
    await checkA11y(page);
    await page.getByRole('radio', { name: /^Private/ }).check();
    await press(page, 'Save settings');
    expect(new URL(page.url()).pathname).toBe(workspace);
    const colleague = await journey.page({ signedInAs: COLLEAGUE.email });
    expect((await colleague.goto(workspace))?.status()).toBe(404);
    await colleague.goto('/processes');
    expect(await visibleText(colleague)).toContain(
      'You have 1 invitation to a process waiting for your answer.',
    );
    await follow(colleague, 'See your invitations');
    await checkA11y(colleague);
    await screenshot(colleague, 'process-invitations-en');
    await press(colleague, `Accept the invitation to ${TITLE}`);
    expect(new URL(colleague.url()).pathname).toBe(workspace);
    expect(await colleague.locator('h1').textContent()).toBe(TITLE);
    expect(await visibleText(colleague)).toContain('Your role: Member');
    const stranger = await journey.page();
    expect((await stranger.goto(workspace))?.status()).toBe(404);

    // The same workspace in Arabic, right to left, on a phone.
    const arabic = await journey.page({ language: 'ar', viewport: 'phone' });
    await signInWithForm(arabic, FOCAL_POINT);
    await arabic.goto(workspace);
    expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await arabic.locator('h1').textContent()).toBe(TITLE);
    expect(await arabic.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await checkA11y(arabic);
    await screenshot(arabic, 'process-created-ar');
  });
});
