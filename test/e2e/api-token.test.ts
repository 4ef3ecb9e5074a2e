import { describe, expect, it } from 'vitest';
import { checkA11y, createUser, screenshot, submit, useJourney } from './support/index.ts';

describe('creating an API token and using it', () => {
  const journey = useJourney();

  it('shows the token once, lets a program use it, and stops it when revoked', async () => {
    const user = await createUser(journey.server, {
      name: 'Tomás Okafor',
      email: 'tomas.okafor@example.org',
      password: 'a long enough password',
    });
    const me = (token: string) =>
      fetch(`${journey.server.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });

    const page = await journey.page({ signedInAs: user.email });
    await page.goto('/account');
    await submit(page, () => page.getByRole('link', { name: 'Manage API tokens' }).click());
    expect(new URL(page.url()).pathname).toBe('/account/tokens');
    expect(await page.locator('.empty-state').count()).toBe(1);
    await checkA11y(page);
    await screenshot(page, 'tokens-none-en');

    await submit(page, () => page.getByRole('link', { name: 'Create a token' }).click());
    expect(new URL(page.url()).pathname).toBe('/account/tokens/new');
    await checkA11y(page);
    await page.getByLabel('Name').fill('Monitoring dashboard');
    // Read only is ticked to start with; a program that only reads needs nothing more.
    expect(await page.getByLabel('Read only').isChecked()).toBe(true);
    await page.getByLabel('Last day it works').fill('2099-12-31');
    await submit(page, () => page.getByRole('button', { name: 'Create token' }).click());
    expect(await page.locator('h1').textContent()).toContain('Your new API token');
    const token = (await page.locator('#new-token').textContent())?.trim() ?? '';
    expect(token.length).toBeGreaterThanOrEqual(32);
    // The example request on the page is ready to copy, token included.
    expect(await page.locator('main pre').textContent()).toContain(`Bearer ${token}`);
    await checkA11y(page);
    await screenshot(page, 'token-created-en');

    // A program uses it.
    const answer = await me(token);
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { email: string }).email).toBe(user.email);

    // Shown once: the list names it and shows its first characters, never the token.
    await submit(page, () => page.getByRole('link', { name: 'I have copied it: back to my tokens' }).click());
    const row = page.locator('main table tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('td').first().textContent()).toBe('Monitoring dashboard');
    expect(await page.content()).not.toContain(token);
    // Its access and last day are listed; it has been used: the list says when, not "Never".
    expect(await row.locator('td').nth(2).textContent()).toBe('Read only');
    expect(await row.locator('td').nth(4).textContent()).toBe('Dec 31, 2099');
    expect(await row.locator('td').nth(5).textContent()).not.toBe('Never');
    await checkA11y(page);
    await screenshot(page, 'tokens-one-en');

    // Revoking asks first, on its own page.
    await submit(page, () => row.getByRole('link', { name: /Revoke/ }).click());
    expect(await page.locator('h1').textContent()).toContain('Revoke this token?');
    await checkA11y(page);
    await screenshot(page, 'token-revoke-en');
    await submit(page, () => page.getByRole('button', { name: 'Revoke token' }).click());
    expect(new URL(page.url()).pathname).toBe('/account/tokens');
    expect(await page.locator('main [role="status"]').first().textContent()).toContain(
      'The token “Monitoring dashboard” has been revoked.',
    );
    expect(await page.locator('main table').count()).toBe(0);

    // The same request is now refused, as problem+json.
    const refused = await me(token);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await refused.json()) as { status: number; title: string };
    expect(problem).toMatchObject({ status: 401, title: 'Unauthorized' });
  });
});
