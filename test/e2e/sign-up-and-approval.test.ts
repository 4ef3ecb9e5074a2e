import { describe, expect, it } from 'vitest';
import {
  checkA11y,
  headerAccountName,
  screenshot,
  signInWithForm,
  submit,
  useJourney,
} from './support/index.ts';

const VISITOR = {
  name: 'Amina Rahman',
  email: 'amina.rahman@example.org',
  organisation: 'Ministry of Expatriates’ Welfare and Overseas Employment',
  password: 'river lantern orchard 42',
};

describe('signing up and being approved by an administrator', () => {
  const journey = useJourney();

  it('takes a request for an account, which works once an administrator approved it', async () => {
    const visitor = await journey.page();
    await visitor.goto('/');
    await submit(visitor, () =>
      visitor.locator('.account-links').getByRole('link', { name: 'Create an account' }).click(),
    );
    expect(new URL(visitor.url()).pathname).toBe('/sign-up');

    // Sent empty first: every problem at once, each saying what to do.
    const empty = await submit(visitor, () =>
      visitor.getByRole('button', { name: 'Ask for an account' }).click(),
    );
    expect(empty.status()).toBe(422);
    const problems = await visitor.locator('.error-summary a').allTextContents();
    expect(problems).toContain('Enter your email address');
    expect(problems.length).toBeGreaterThanOrEqual(3);
    await checkA11y(visitor);
    await screenshot(visitor, 'sign-up-errors-en');

    await visitor.getByLabel('Full name').fill(VISITOR.name);
    await visitor.getByLabel('Email address').fill(VISITOR.email);
    await visitor.getByLabel('Organisation').fill(VISITOR.organisation);
    await visitor.getByLabel('Password', { exact: true }).fill(VISITOR.password);
    await visitor.getByLabel('Type the password again').fill(VISITOR.password);
    await submit(visitor, () => visitor.getByRole('button', { name: 'Ask for an account' }).click());
    expect(new URL(visitor.url()).pathname).toBe('/sign-up/pending');
    expect(await visitor.locator('h1').textContent()).toBe('Your account is waiting for approval');
    await checkA11y(visitor);
    await screenshot(visitor, 'sign-up-pending-en');

    // Signing in before the approval says why it does not work yet, not "wrong password".
    const early = await signInWithForm(visitor, VISITOR);
    expect(early.status()).toBe(403);
    expect(await visitor.locator('.notice--warning h2').textContent()).toBe(
      'Your account is waiting for approval',
    );
    expect(await headerAccountName(visitor)).toBeNull();
    await checkA11y(visitor);
    await screenshot(visitor, 'sign-in-pending-en');

    // The administrator signs in with what the server printed and finds the request on /admin.
    const admin = await journey.page();
    await signInWithForm(admin, journey.server.admin);
    await submit(admin, () =>
      admin.locator('.main-nav').getByRole('link', { name: 'Administration' }).click(),
    );
    expect(new URL(admin.url()).pathname).toBe('/admin');
    const pending = admin.locator('table[aria-labelledby="pending-heading"] tbody tr');
    expect(await pending.count()).toBe(1);
    expect(await pending.locator('td').first().textContent()).toBe(VISITOR.email);
    await checkA11y(admin);
    await screenshot(admin, 'admin-overview-pending-en');

    await submit(admin, () => pending.getByRole('link', { name: VISITOR.name }).click());
    expect(new URL(admin.url()).pathname).toMatch(/^\/admin\/users\/[^/]+$/);
    expect(await admin.locator('h1').textContent()).toContain(VISITOR.name);
    expect(await admin.locator('.details').textContent()).toContain('Waiting for approval');
    await checkA11y(admin);
    await screenshot(admin, 'admin-user-pending-en');

    await submit(admin, () => admin.getByRole('button', { name: 'Approve account' }).click());
    expect(await admin.locator('main [role="status"]').first().textContent()).toContain(
      `The account of ${VISITOR.name} is approved.`,
    );
    expect(await admin.locator('.details').textContent()).toContain('Active');
    expect(await admin.getByRole('button', { name: 'Approve account' }).count()).toBe(0);
    await checkA11y(admin);
    await screenshot(admin, 'admin-user-approved-en');

    // Nobody is waiting any more.
    await admin.goto('/admin');
    expect(await admin.locator('table[aria-labelledby="pending-heading"]').count()).toBe(0);

    // The new user signs in, from the page they wanted, and lands on it.
    await visitor.goto('/account');
    expect(new URL(visitor.url()).pathname).toBe('/sign-in');
    const signedIn = await signInWithForm(visitor, VISITOR, { goto: false });
    expect(signedIn.status()).toBe(200);
    expect(new URL(visitor.url()).pathname).toBe('/account');
    expect(await headerAccountName(visitor)).toBe(VISITOR.name);
    expect(await visitor.locator('.details').first().textContent()).toContain(VISITOR.email);
    // A user, not an administrator: no administration in the navigation.
    expect(await visitor.locator('.main-nav a[href="/admin"]').count()).toBe(0);
    await checkA11y(visitor);
    await screenshot(visitor, 'account-new-user-en');
  });
});
