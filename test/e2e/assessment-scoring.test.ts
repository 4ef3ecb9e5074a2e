import { describe, expect, it } from 'vitest';
import { openDb } from '../../src/db/connection.ts';
import { newId, now } from '../../src/db/ids.ts';
import { checkA11y, screenshot, useJourney } from './support/index.ts';

/** Scoring a checklist without JavaScript, reading the result, in English and Arabic. */
describe('scoring a policy-coherence checklist', () => {
  const journey = useJourney();

  /** A public process owned by the first administrator, written straight into the database. */
  async function aProcess(): Promise<string> {
    const db = openDb(journey.server.databasePath);
    try {
      const admin = await db.kysely
        .selectFrom('users')
        .select('id')
        .where('email', '=', journey.server.admin.email)
        .executeTakeFirstOrThrow();
      const id = newId();
      const at = now();
      await db.kysely
        .insertInto('processes')
        .values({
          id,
          title: 'Journey: mainstreaming migration into the national plan',
          country_alpha3: 'JAM',
          area_id: null,
          plan_name: 'Vision 2030 Jamaica',
          period_start: null,
          period_end: null,
          lead_organisation_id: null,
          summary: null,
          visibility: 'public',
          created_by: admin.id,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await db.kysely
        .insertInto('process_members')
        .values({
          id: newId(),
          process_id: id,
          user_id: admin.id,
          organisation_id: null,
          role: 'owner',
          created_at: at,
        })
        .execute();
      return id;
    } finally {
      await db.close();
    }
  }

  it('starts a round, scores a question with JavaScript off, and shows the gap on the result page', async () => {
    const processId = await aProcess();
    const page = await journey.page({ signedInAs: journey.server.admin.email });
    page.setDefaultTimeout(10_000);
    await page.goto(`/processes/${processId}/assessments`);
    await checkA11y(page);
    await screenshot(page, 'assessments-start-en');
    await page.getByRole('checkbox', { name: /^Health/ }).check();
    await page.getByRole('button', { name: 'Start round 1' }).click();
    expect(await page.locator('main h2').first().textContent()).toBe('Round 1');
    await checkA11y(page);
    const scoring = page.url();
    // The same form works with JavaScript off: it posts and comes back to the question.
    const plain = await journey.page({ signedInAs: journey.server.admin.email, javaScript: false });
    plain.setDefaultTimeout(10_000);
    await plain.goto(scoring);
    const first = plain.locator('.assessment-item').first();
    await first.getByLabel('Partly addressed').check();
    await first.getByLabel('Evidence').fill('Health sector strategy, chapter 3');
    await first.getByRole('button', { name: 'Save this question' }).click();
    expect(await plain.locator('.notice--success').textContent()).toContain('Question 1 saved.');
    await page.reload();
    expect(await page.locator('.assessment-item').first().textContent()).toContain(
      'Health sector strategy, chapter 3',
    );
    await screenshot(page, 'assessments-scoring-en');
    await page.getByRole('link', { name: 'Results' }).first().click();
    expect(await page.locator('svg.score-chart title').textContent()).toBe(
      'Score per sector or domain, round 1',
    );
    expect(await page.locator('.assessment-gap').count()).toBe(1);
    await checkA11y(page);
    await screenshot(page, 'assessments-results-en');
    const arabic = await journey.page({ signedInAs: journey.server.admin.email, language: 'ar' });
    await arabic.goto(page.url());
    await checkA11y(arabic);
    await screenshot(arabic, 'assessments-results-ar');
  });

  it('reads the checklists and a result in Arabic, right to left', async () => {
    const page = await journey.page({ language: 'ar' });
    await page.goto('/checklists');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await checkA11y(page);
    await screenshot(page, 'checklists-ar');
    await page.locator('table a').first().click();
    await checkA11y(page);
    await screenshot(page, 'checklist-labour-ar');
  });
});
