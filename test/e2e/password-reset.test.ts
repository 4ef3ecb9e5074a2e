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

describe('resetting a password with a link from an administrator', () => {
  const journey = useJourney();

  it('lets the user choose a new password, after which the old one no longer works', async () => {
    const user = await createUser(journey.server, {
      name: 'Lucía Fernández',
      email: 'lucia.fernandez@example.org',
      password: 'first password of lucia',
    });
    const admin = await journey.page({ signedInAs: journey.server.admin.email });
    await admin.goto('/admin/users');
    await submit(admin, () => admin.locator('main table').getByRole('link', { name: user.name }).click());
    expect(new URL(admin.url()).pathname).toBe(`/admin/users/${user.id}`);
    await checkA11y(admin);
    await screenshot(admin, 'admin-user-active-en');

    await submit(admin, () => admin.getByRole('button', { name: 'Create a password reset link' }).click());
    expect(await admin.locator('h1').textContent()).toBe(`Password reset link for ${user.name}`);
    const link = (await admin.locator('#reset-link').textContent())?.trim() ?? '';
    expect(link).toMatch(new RegExp(`^${journey.server.url}/reset-password/\\S+$`));
    await checkA11y(admin);
    await screenshot(admin, 'admin-reset-link-en');

    const person = await journey.page();
    await person.goto(link);
    expect(await person.locator('h1').textContent()).toBe('Choose a new password');
    expect(await person.locator('main').textContent()).toContain(user.email);
    await checkA11y(person);
    await screenshot(person, 'reset-password-en');

    // Too short first: the rule is said in words, beside the field.
    await person.getByLabel('New password').fill('short');
    await person.getByLabel('Type the password again').fill('short');
    const tooShort = await submit(person, () =>
      person.getByRole('button', { name: 'Save the new password' }).click(),
    );
    expect(tooShort.status()).toBe(422);
    expect(await person.locator('#password-error').textContent()).toMatch(/10 characters or more/);
    await checkA11y(person);

    const fresh = 'second password of lucia';
    await person.getByLabel('New password').fill(fresh);
    await person.getByLabel('Type the password again').fill(fresh);
    await submit(person, () => person.getByRole('button', { name: 'Save the new password' }).click());
    expect(new URL(person.url()).pathname).toBe('/sign-in');
    expect(await person.locator('main [role="status"]').first().textContent()).toContain(
      'Your password has been changed. Sign in with your new password.',
    );
    await checkA11y(person);
    await screenshot(person, 'reset-password-done-en', ['phone']);

    // The old password is refused, the new one works, and the link cannot be used twice.
    const old = await signInWithForm(person, { email: user.email, password: user.password });
    expect(old.status()).toBe(422);
    expect(await headerAccountName(person)).toBeNull();
    const signedIn = await signInWithForm(person, { email: user.email, password: fresh });
    expect(signedIn.status()).toBe(200);
    expect(await headerAccountName(person)).toBe(user.name);
    expect((await person.goto(link))?.status()).toBe(404);
  });
});
