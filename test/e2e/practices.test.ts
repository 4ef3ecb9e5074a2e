import { describe, expect, it } from 'vitest';
import { checkA11y, createUser, screenshot, useJourney } from './support/index.ts';
import { errorSummary, flash, follow, press, visibleText } from './support/process.ts';

const MODERATOR = {
  name: 'Amina Diallo',
  email: 'amina.diallo@example.org',
  password: 'granite harbour lamp 31',
  role: 'moderator' as const,
};
const AUTHOR = { name: 'Ion Rusu', email: 'ion.rusu@example.md', password: 'walnut bridge river 47' };
const REVIEWER_1 = {
  name: 'Lucía Méndez',
  email: 'lucia.mendez@example.org',
  password: 'copper meadow lark 58',
};
const REVIEWER_2 = {
  name: 'Kofi Mensah',
  email: 'kofi.mensah@example.org',
  password: 'silent orchard kite 22',
};
const REPLICATOR = {
  name: 'Nadia Haddad',
  email: 'nadia.haddad@example.tn',
  password: 'olive harbour tide 93',
};
const TITLE = 'One-stop centre for returning migrants in Cahul';

/**
 * A moderator opens a call; an author submits a practice to it; two reviewers score it to
 * promising; the moderator publishes it; the author draws up its road map; another member
 * records a replication, which shows in the family tree. Axe on each page, and one Arabic page.
 */
describe('a practice from a call to its replication', () => {
  const journey = useJourney();

  it('submits, reviews to promising, publishes, maps the scale-up and records a replication', async () => {
    await Promise.all(
      [MODERATOR, AUTHOR, REVIEWER_1, REVIEWER_2, REPLICATOR].map((u) => createUser(journey.server, u)),
    );
    const moderator = await journey.page({ signedInAs: MODERATOR.email });
    moderator.setDefaultTimeout(10_000);

    // The moderator opens a call.
    await moderator.goto('/calls');
    await checkA11y(moderator);
    await follow(moderator, 'Open a call');
    await moderator.locator('#title').fill('Call for practices on return and reintegration');
    await moderator
      .locator('#description')
      .fill('Local authorities and their partners: send your practices.');
    await moderator.locator('#opensOn').fill('2020-01-01');
    await moderator.locator('#closesOn').fill('2099-12-31');
    await press(moderator, 'Open the call');
    expect(await flash(moderator)).toContain('The call is open');
    const call = moderator.url();
    await checkA11y(moderator);

    // The author submits a practice to it; a missing title is refused first.
    const author = await journey.page({ signedInAs: AUTHOR.email });
    author.setDefaultTimeout(10_000);
    await author.goto(call);
    await follow(author, 'Submit a practice to this call');
    await checkA11y(author);
    await screenshot(author, 'practice-new-en');
    const refused = await press(author, 'Save as draft');
    expect(refused.status()).toBe(422);
    expect(await errorSummary(author)).toContain('Enter a title');
    await author.locator('#title').fill(TITLE);
    await author
      .locator('#summary')
      .fill('The municipality and a migrant association advise returning migrants in one place.');
    await author.locator('[name="organisations.0.organisation"]').fill('IOM');
    await author.locator('[name="organisations.0.role"]').selectOption('international');
    await author.locator('#country').selectOption('MDA');
    await author.locator('#city').fill('Cahul');
    await author.locator('#level').selectOption('municipal');
    await author.locator('#origin').selectOption('MDA');
    await author.locator('#destination').selectOption('ITA');
    await author.locator('[name="evidence.0.label"]').fill('Returning migrants advised');
    await author.locator('[name="evidence.0.figure"]').fill('640');
    await author.locator('#budgetLine').check();
    await press(author, 'Save as draft');
    expect(await flash(author)).toBe('The practice is saved as a draft.');
    const practice = author.url();
    await press(author, 'Submit for review');
    expect(await flash(author)).toBe('The practice is submitted for review.');
    await checkA11y(author);

    // The moderator assigns two reviewers.
    await moderator.goto(practice);
    for (const reviewer of [REVIEWER_1, REVIEWER_2]) {
      await moderator.getByRole('textbox', { name: "Reviewer's email address" }).fill(reviewer.email);
      await press(moderator, 'Assign the reviewer');
      expect(await flash(moderator)).toBe('The reviewer is assigned.');
    }
    await checkA11y(moderator);

    // Each reviewer declares no conflict and scores every criterion.
    for (const [reviewer, score] of [
      [REVIEWER_1, '5'],
      [REVIEWER_2, '4'],
    ] as const) {
      const page = await journey.page({ signedInAs: reviewer.email });
      page.setDefaultTimeout(10_000);
      await page.goto(`${practice}/review`);
      await checkA11y(page);
      if (score === '5') await screenshot(page, 'practice-review-en');
      await page.locator('#noConflict').check();
      for (const select of await page.locator('select[name^="score."]').all())
        await select.selectOption(score);
      for (const text of await page.locator('textarea[name^="comment."]').all())
        await text.fill(`Scored ${score} on the evidence shown.`);
      await press(page, 'Submit the review');
      expect(await flash(page)).toBe('Your review is submitted.');
    }

    // The moderator publishes it: it is promising.
    await moderator.goto(practice);
    await press(moderator, 'Publish');
    expect(await flash(moderator)).toBe('The practice is published.');
    expect(await visibleText(moderator)).toContain('Promising');
    expect(await visibleText(moderator)).toContain('average 4.5 of 5');

    // The author draws up the road map.
    await author.goto(practice);
    await follow(author, 'Draw up the road map');
    await checkA11y(author);
    await author
      .locator('#policyOptions')
      .fill('Fund the centre from the municipal budget and adopt a by-law.');
    await author.locator('[name="steps.0.title"]').fill('Adopt the by-law on the centre');
    await author.locator('[name="steps.0.owner"]').fill('Cahul municipal council');
    await author.locator('[name="steps.0.dueOn"]').fill('2027-06-30');
    await author.locator('[name="steps.0.milestone"]').check();
    await press(author, 'Save the road map');
    expect(await flash(author)).toBe('The road map is saved.');
    await checkA11y(author);
    await screenshot(author, 'practice-page-en');

    // Another member records a replication; once published it shows in the family tree.
    const replicator = await journey.page({ signedInAs: REPLICATOR.email });
    replicator.setDefaultTimeout(10_000);
    await replicator.goto(practice);
    await follow(replicator, 'Replicate this practice');
    await replicator.locator('#title').fill('Centre for returning migrants in Balti');
    await replicator.locator('#summary').fill('The same centre, opened in Balti.');
    await replicator.locator('#city').fill('Balti');
    await replicator.locator('#replicationProgress').selectOption('started');
    await press(replicator, 'Save as draft');
    expect(await flash(replicator)).toBe('The practice is saved as a draft.');
    const replica = replicator.url();
    expect(await visibleText(replicator)).toContain('Family of replications');
    expect(await visibleText(replicator)).toContain(TITLE);
    await screenshot(replicator, 'practice-replication-en');

    // The catalogue, filtered, and one page in Arabic.
    await moderator.goto('/practices?country=MDA&promising=yes');
    expect(await visibleText(moderator)).toContain(TITLE);
    await checkA11y(moderator);
    const reader = await journey.page({ language: 'ar' });
    await reader.goto(practice);
    expect(await reader.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await visibleText(reader)).toContain('خريطة طريق التوسع');
    await checkA11y(reader);
    await screenshot(reader, 'practice-page-ar');
    expect(replica).toContain('/practices/');
  });
});
