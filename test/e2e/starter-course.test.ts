import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STARTER_COURSE_EN } from '../../src/modules/learning/starter-course.en.ts';
import { readPdf } from '../support/pdf.ts';
import { checkA11y, createUser, screenshot, useJourney } from './support/index.ts';
import { flash, follow, press, visibleText } from './support/process.ts';

const LEARNER = {
  name: 'ليلى الحسيني',
  email: 'leila.hussaini@example.tn',
  password: 'olive harbour lantern 42',
};

/** Ticks the right answers of one module's quiz, as written in the starter course. */
async function answerRight(page: Page, moduleIndex: number) {
  const questions = STARTER_COURSE_EN.modules[moduleIndex]?.questions ?? [];
  for (const q of questions) {
    const group = page.locator('main fieldset', { hasText: q.prompt });
    for (const option of q.options.filter((o) => o.correct))
      await group.getByLabel(option.label, { exact: true }).check();
  }
}

/** Clicks the certificate's PDF link and reads what the browser downloaded. */
async function downloadPdf(page: Page, linkName: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('main').getByRole('link', { name: linkName }).click(),
  ]);
  const { mkdtempSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const path = join(mkdtempSync(join(tmpdir(), 'corridor-certificate-')), download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** A learner takes the starter course from enrolment to its certificate, which anyone can verify. */
describe('taking the starter course to its certificate', () => {
  const journey = useJourney();

  it('enrols, reads every lesson, passes every quiz, and gets a certificate verified publicly, in English and Arabic', async () => {
    await createUser(journey.server, LEARNER);
    const page = await journey.page({ signedInAs: LEARNER.email });
    page.setDefaultTimeout(10_000);

    await page.goto('/courses');
    await checkA11y(page);
    await follow(page, STARTER_COURSE_EN.title);
    await checkA11y(page);
    await screenshot(page, 'starter-course-page');
    await press(page, 'Enrol on this course');
    expect(await flash(page)).toContain('You are enrolled');

    for (const [index, module] of STARTER_COURSE_EN.modules.entries()) {
      for (const lesson of module.lessons) {
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(lesson.title);
        if (index === 0 && lesson === module.lessons[0]) {
          await checkA11y(page);
          await screenshot(page, 'starter-course-lesson');
        }
        await press(page, 'Done, go on');
      }
      expect(new URL(page.url()).pathname).toMatch(/\/modules\/[a-z0-9]+\/quiz$/);
      if (index === 0) {
        // A first try with nothing ticked: every question asks for an answer.
        await press(page, 'Send my answers');
        expect(await visibleText(page)).toContain('Answer this question.');
        await checkA11y(page);
        await screenshot(page, 'starter-course-quiz-errors');
      }
      await answerRight(page, index);
      await press(page, 'Send my answers');
      if (index < STARTER_COURSE_EN.modules.length - 1) {
        expect(await flash(page)).toContain('Quiz passed with 100%');
        // Resume where the learner stopped: the next module's first lesson.
        await follow(page, 'Resume where you stopped');
      }
    }

    // The last pass completes the course: the certificate page, with the learner's name.
    expect(new URL(page.url()).pathname).toMatch(/^\/certificates\/[a-z0-9]{32}$/);
    const certificateUrl = page.url();
    expect(await flash(page)).toContain('you completed the course');
    expect(await visibleText(page)).toContain(LEARNER.name);
    await checkA11y(page);
    await screenshot(page, 'starter-course-certificate');

    // Anyone with the link can verify it, and download the PDF.
    const visitor = await journey.page({ extra: { acceptDownloads: true } });
    await visitor.goto(certificateUrl);
    const verified = await visibleText(visitor);
    expect(verified).toContain('This certificate is genuine');
    expect(verified).toContain(LEARNER.name);
    expect(verified).toContain(STARTER_COURSE_EN.title);
    const pdf = await downloadPdf(visitor, 'Download the certificate (PDF)');
    expect(pdf.name).toMatch(/^certificate-[a-z0-9]{8}\.pdf$/);
    const document = readPdf(pdf.bytes);
    const text = document.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Certificate of completion');
    expect(text).toContain(STARTER_COURSE_EN.title);
    // The Arabic name is drawn shaped, right to left: read it back in logical order.
    const logical = document.pages
      .join('\n')
      .split('\n')
      .map((line) => [...line.normalize('NFKC')].reverse().join(''))
      .join('\n');
    expect(logical).toContain(LEARNER.name);

    // In Arabic: the course page right to left, with the learner's progress complete.
    const arabic = await journey.page({ signedInAs: LEARNER.email, language: 'ar' });
    await arabic.goto('/courses');
    expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl');
    await follow(arabic, STARTER_COURSE_EN.title);
    expect(await visibleText(arabic)).toContain('أكملت هذه الدورة');
    await checkA11y(arabic);
    await screenshot(arabic, 'starter-course-ar');
    await arabic.goto(new URL(certificateUrl).pathname);
    await checkA11y(arabic);
    await screenshot(arabic, 'starter-course-certificate-ar');
    // On a phone the 32-character code wraps rather than widening the page.
    const phone = await journey.page({ language: 'ar', viewport: 'phone' });
    await phone.goto(new URL(certificateUrl).pathname);
    expect(await phone.evaluate(() => window.document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
