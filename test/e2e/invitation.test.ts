import { describe, expect, it } from 'vitest';
import { accountMessages } from '../../src/modules/accounts/account.messages.ts';
import { checkA11y, headerAccountName, screenshot, submit, useJourney } from './support/index.ts';

const ar = accountMessages.ar;

describe('inviting someone', () => {
  const journey = useJourney();

  it('gives the administrator a link that lets a new person in, signed in at once', async () => {
    const admin = await journey.page({ signedInAs: journey.server.admin.email });
    await admin.goto('/admin/invitations');
    expect(await admin.locator('h1').textContent()).toBe('Invitations');
    await checkA11y(admin);

    await admin.getByLabel('Email address').fill('Karim.Haddad@example.org');
    await admin.getByLabel('Role').selectOption('user');
    await submit(admin, () => admin.getByRole('button', { name: 'Create invitation link' }).click());
    const link = (await admin.locator('#invitation-link').textContent())?.trim() ?? '';
    expect(link).toMatch(new RegExp(`^${journey.server.url}/invitations/\\S+$`));
    // The open invitation is listed, with a way to revoke it.
    const row = admin.locator('table[aria-labelledby="open-heading"] tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('th').textContent()).toBe('karim.haddad@example.org');
    await checkA11y(admin);
    await screenshot(admin, 'admin-invitation-created-en');

    // A fresh browser (the invited person's own), in Arabic on a phone.
    const invitee = await journey.page({ language: 'ar', viewport: 'phone' });
    const opened = await invitee.goto(link);
    expect(opened?.status()).toBe(200);
    expect(await invitee.locator('h1').textContent()).toBe(ar['account.invitation.title']);
    // The address is the invitation's, shown and not editable.
    expect(await invitee.locator('main form').textContent()).toContain('karim.haddad@example.org');
    expect(await invitee.locator('input[name="email"]').count()).toBe(0);
    await checkA11y(invitee);
    await screenshot(invitee, 'invitation-accept-ar');

    // Two different passwords: said in Arabic, the name kept.
    await invitee.getByLabel(ar['account.field.name']).fill('كريم حداد');
    await invitee.getByLabel(ar['account.field.password'], { exact: true }).fill('olive harbour window 7');
    await invitee.getByLabel(ar['account.field.confirmation']).fill('olive harbour window 8');
    const mismatch = await submit(invitee, () =>
      invitee.getByRole('button', { name: ar['account.invitation.submit'] }).click(),
    );
    expect(mismatch.status()).toBe(422);
    expect(await invitee.locator('#confirmation-error').textContent()).toBe(
      ar['account.error.passwordMismatch'],
    );
    expect(await invitee.getByLabel(ar['account.field.name']).inputValue()).toBe('كريم حداد');
    await checkA11y(invitee);
    await screenshot(invitee, 'invitation-mismatch-ar');

    await invitee.getByLabel(ar['account.field.password'], { exact: true }).fill('olive harbour window 7');
    await invitee.getByLabel(ar['account.field.confirmation']).fill('olive harbour window 7');
    await submit(invitee, () =>
      invitee.getByRole('button', { name: ar['account.invitation.submit'] }).click(),
    );
    expect(new URL(invitee.url()).pathname).toBe('/account');
    expect(await headerAccountName(invitee)).toBe('كريم حداد');
    expect(await invitee.locator('main [role="status"]').first().textContent()).toContain(
      ar['account.invitation.welcome'],
    );
    await checkA11y(invitee);
    await screenshot(invitee, 'invitation-welcome-ar');

    // The link worked once: a second visit says so, and the invitation is no longer open.
    const again = await journey.page();
    expect((await again.goto(link))?.status()).toBe(404);
    expect(await again.locator('h1').textContent()).toBe('This invitation link cannot be used');
    await checkA11y(again);
    await admin.goto('/admin/invitations');
    expect(await admin.locator('table[aria-labelledby="open-heading"]').count()).toBe(0);
  });
});
