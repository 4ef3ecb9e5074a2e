import { describe, expect, it } from 'vitest';
import { checkA11y, createUser, screenshot, submit, useJourney } from './support/index.ts';
import { errorSummary, flash, follow, press, startProcess, visibleText } from './support/process.ts';

const OWNER = {
  name: 'Marcia Campbell',
  email: 'marcia.campbell@example.gov.jm',
  password: 'blue mountain ledger 19',
};
const RESIDENT = {
  name: 'Samira Haddad',
  email: 'samira.haddad@example.org',
  password: 'cedar lantern harbour 62',
};
const TROLL = { name: 'Rude Visitor', email: 'rude.visitor@example.net', password: 'noisy gravel window 80' };
const TITLE = 'Draft chapter on migration for Vision 2030 Jamaica';
const SECTION_1 = 'Diaspora investment';
const SECTION_2 = 'Return and reintegration';

/**
 * The owner opens a public consultation on a draft; people comment per section and give their
 * position (one of them in Arabic); the owner hides an abusive comment with a reason and closes
 * the consultation with a summary; it stays readable.
 */
describe('running and closing a consultation', () => {
  const journey = useJourney();

  it('opens a draft for comments, takes comments and positions, hides one, closes with a summary', async () => {
    await Promise.all([OWNER, RESIDENT, TROLL].map((user) => createUser(journey.server, user)));
    const owner = await journey.page({ signedInAs: OWNER.email });
    owner.setDefaultTimeout(10_000);
    await startProcess(owner, {
      title: 'Mainstreaming migration into Vision 2030 Jamaica',
      country: 'Jamaica',
      plan: 'Vision 2030 Jamaica – National Development Plan',
    });

    // The draft: a title, the public as audience and two sections.
    await follow(owner, 'Consultations');
    await checkA11y(owner);
    await follow(owner, 'Start a consultation');
    await checkA11y(owner);
    await screenshot(owner, 'consultation-new-en');
    const refused = await press(owner, 'Save the draft');
    expect(refused.status()).toBeGreaterThanOrEqual(400);
    expect(await errorSummary(owner)).toContain('Enter a title for the consultation');
    await owner.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await owner
      .getByRole('textbox', { name: 'Introduction' })
      .fill('Comments are open for four weeks; the planning institute will publish how they were used.');
    await owner.getByRole('radio', { name: /^Public/ }).check();
    const sectionTitles = owner.getByRole('textbox', { name: 'Section title' });
    const sectionTexts = owner.getByRole('textbox', { name: 'Section text' });
    await sectionTitles.nth(0).fill(SECTION_1);
    await sectionTexts.nth(0).fill('A diaspora bond and a matching fund for community projects.');
    await sectionTitles.nth(1).fill(SECTION_2);
    await sectionTexts.nth(1).fill('One-stop centres for returning residents in every parish.');
    await press(owner, 'Save the draft');
    expect(await flash(owner)).not.toBe('');
    expect(await owner.getByRole('heading', { name: TITLE }).count()).toBeGreaterThan(0);
    expect(await visibleText(owner)).toContain('Draft');
    await checkA11y(owner);
    await screenshot(owner, 'consultation-draft-en');
    await press(owner, 'Open for comments');
    expect(await flash(owner)).toBe('The consultation is open for comments.');
    const consultation = owner.url();
    await checkA11y(owner);
    await screenshot(owner, 'consultation-open-en');

    // A resident comments on the first section in Arabic and objects to it.
    const resident = await journey.page({ signedInAs: RESIDENT.email, language: 'ar' });
    resident.setDefaultTimeout(10_000);
    await resident.goto(consultation);
    expect(await resident.locator('html').getAttribute('dir')).toBe('rtl');
    await checkA11y(resident);
    await follow(resident, 'علّق على القسم 1 أو أبدِ موقفك');
    expect(await visibleText(resident)).toContain(SECTION_1);
    await checkA11y(resident);
    await resident
      .getByRole('textbox', { name: 'تعليقك' })
      .fill('The fund should also accept small remittances, not only bonds.');
    await press(resident, 'نشر التعليق');
    expect(await flash(resident)).toBe('نُشر تعليقك.');
    expect(await visibleText(resident)).toContain('not only bonds');
    await resident.getByRole('radio', { name: 'أعترض على هذا القسم' }).check();
    await press(resident, 'حفظ موقفي');
    expect(await flash(resident)).toBe('حُفظ موقفك.');
    await checkA11y(resident);
    await screenshot(resident, 'consultation-section-ar');

    // Someone posts an insult on the same section.
    const troll = await journey.page({ signedInAs: TROLL.email });
    await troll.goto(consultation);
    await follow(troll, `Comment on section 1 or give your position`);
    await troll.getByRole('textbox', { name: 'Your comment' }).fill('You are all idiots and thieves.');
    await press(troll, 'Post comment');
    expect(await flash(troll)).toBe('Your comment is posted.');
    const section = troll.url().replace(/#.*$/, '');

    // The owner hides it, giving a reason, and reads the section.
    await owner.goto(section);
    const insult = owner.getByRole('listitem').filter({ hasText: 'idiots' });
    await submit(owner, () => insult.getByRole('link', { name: /Hide this comment/ }).click());
    await checkA11y(owner);
    const noReason = await press(owner, 'Hide the comment');
    expect(noReason.status()).toBeGreaterThanOrEqual(400);
    expect(await errorSummary(owner)).toEqual(['Enter the reason for hiding this comment']);
    await owner
      .getByRole('textbox', { name: 'Reason for hiding' })
      .fill('Insults people instead of discussing the draft.');
    await press(owner, 'Hide the comment');
    expect(await flash(owner)).toBe('The comment is hidden.');
    // Moderators still see what was hidden, and why; everyone else sees a placeholder.
    const moderated = await visibleText(owner);
    expect(moderated).toContain('Hidden by a moderator: Insults people instead of discussing the draft.');
    expect(moderated).toContain('not only bonds');
    expect(moderated).toContain('1 person objects');
    await checkA11y(owner);
    await screenshot(owner, 'consultation-section-moderated-en');

    // The owner closes it with a summary of what changed.
    await owner.goto(consultation);
    await follow(owner, 'Close the consultation');
    await checkA11y(owner);
    const noSummary = await press(owner, 'Close the consultation');
    expect(noSummary.status()).toBeGreaterThanOrEqual(400);
    expect(await errorSummary(owner)).toEqual([
      'Enter a summary of what changed as a result of the consultation',
    ]);
    await owner
      .getByRole('textbox', { name: 'What changed as a result of the consultation' })
      .fill('The fund now takes small remittance transfers as well as bonds.');
    await press(owner, 'Close the consultation');
    expect(await flash(owner)).toBe('The consultation is closed.');
    const closed = await visibleText(owner);
    expect(closed).toContain('This consultation closed on');
    expect(closed).toContain('The fund now takes small remittance transfers as well as bonds.');
    await checkA11y(owner);
    await screenshot(owner, 'consultation-closed-en');

    // Closed, it stays readable (signed out too) and takes no more comments.
    const visitor = await journey.page();
    await visitor.goto(consultation);
    expect(await visibleText(visitor)).toContain(
      'The fund now takes small remittance transfers as well as bonds.',
    );
    await visitor.goto(section);
    const readable = await visibleText(visitor);
    expect(readable).toContain('not only bonds');
    expect(readable).not.toContain('idiots');
    expect(readable).toContain('This comment was hidden by a moderator.');
    expect(await visitor.getByRole('button', { name: 'Post comment' }).count()).toBe(0);
    await checkA11y(visitor);
    await resident.goto(section);
    await screenshot(resident, 'consultation-closed-section-ar');
    expect(await resident.getByRole('textbox', { name: 'تعليقك' }).count()).toBe(0);
    expect(await resident.getByRole('button', { name: 'نشر التعليق' }).count()).toBe(0);
  });
});
