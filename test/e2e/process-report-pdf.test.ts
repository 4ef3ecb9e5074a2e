import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../support/pdf.ts';
import { checkA11y, createUser, screenshot, useJourney } from './support/index.ts';
import { follow, press, startProcess, visibleText } from './support/process.ts';

const OWNER = { name: 'Ion Ceban', email: 'ion.ceban@example.gov.md', password: 'walnut river compass 27' };
const TITLE = 'Migration in the Chișinău municipal development strategy';
const BODY = 'Municipal council for migration and development';
const ACTION = 'Open a one-stop centre for returning migrants';

/** Clicks the report's PDF link and reads what the browser downloaded. */
async function downloadPdf(page: Page, linkName: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('main').getByRole('link', { name: linkName }).click(),
  ]);
  // The browser is shared over a connection (one Chromium per run), so the file is copied here.
  const { mkdtempSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const path = join(mkdtempSync(join(tmpdir(), 'corridor-pdf-')), download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** The owner fills a process in a little, reads its printable report and downloads it as a PDF. */
describe('downloading the PDF report of a process', () => {
  const journey = useJourney();

  it('reads the printable report and downloads a real PDF with the title and every section, in English and Arabic', async () => {
    await createUser(journey.server, OWNER);
    const page = await journey.page({ signedInAs: OWNER.email, extra: { acceptDownloads: true } });
    page.setDefaultTimeout(10_000);
    const workspace = await startProcess(page, {
      title: TITLE,
      country: 'Moldova',
      plan: 'Chișinău Development Strategy 2030',
      periodStart: '2025-01-01',
      periodEnd: '2030-12-31',
    });

    // Something in each part: the body, and one action of the plan.
    await follow(page, 'Coordinating body');
    await follow(page, 'Describe the coordinating body');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(BODY);
    await page.getByRole('combobox', { name: 'Kind of body' }).selectOption({ label: 'Other' });
    await press(page, 'Save');
    await follow(page, 'Actions');
    await follow(page, 'Add an action');
    await page.getByRole('textbox', { name: 'Action', exact: true }).fill(ACTION);
    await press(page, 'Add the action');
    expect(await page.getByRole('heading', { name: ACTION }).count()).toBe(1);

    // The printable report: the process at a glance, then its sections in order.
    await follow(page, 'Report');
    expect(new URL(page.url()).pathname).toBe(`${workspace}/report`);
    const sections = await page.locator('main section h3[id^="report-"]').allTextContents();
    expect(sections).toEqual([
      'Stages',
      'Coordinating body',
      'Assessment results',
      'Actions in the plan',
      'Indicators',
      'Lessons learned',
      'Consultations',
    ]);
    const printable = await visibleText(page);
    expect(printable).toContain(TITLE);
    expect(printable).toContain(BODY);
    expect(printable).toContain(ACTION);
    await checkA11y(page);
    await screenshot(page, 'process-report-en');

    const pdf = await downloadPdf(page, 'Download as PDF');
    expect(pdf.name).toMatch(/^process-[a-z0-9]+-report\.pdf$/);
    const document = readPdf(pdf.bytes);
    expect(document.version).toBe('1.7');
    expect(document.title).toBe(`Process report: ${TITLE}`);
    // Long lines wrap in the PDF: read it as running text.
    const text = document.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain(TITLE);
    expect(text).toContain('Development plan or strategy: Chișinău Development Strategy 2030');
    for (const heading of sections) expect(text).toContain(heading);
    expect(text.indexOf('Stages')).toBeLessThan(text.indexOf('Coordinating body'));
    expect(text).toContain('1. Preparation and institutional set-up');
    expect(text).toContain(BODY);
    expect(text).toContain(ACTION);
    expect(text).toMatch(/Page 1 of \d+/);

    // In Arabic: the page right to left, and a PDF in Arabic (shaped, in visual order).
    const arabic = await journey.page({
      signedInAs: OWNER.email,
      language: 'ar',
      extra: { acceptDownloads: true },
    });
    await arabic.goto(`${workspace}/report`);
    expect(await arabic.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await arabic.locator('main section h3[id^="report-"]').allTextContents()).toEqual([
      'المراحل',
      'هيئة التنسيق',
      'نتائج التقييمات',
      'إجراءات الخطة',
      'المؤشرات',
      'الدروس المستفادة',
      'المشاورات',
    ]);
    await checkA11y(arabic);
    await screenshot(arabic, 'process-report-ar');
    const arabicPdf = readPdf((await downloadPdf(arabic, 'تنزيل بصيغة PDF')).bytes);
    const arabicText = arabicPdf.pages.join('\n');
    // Arabic is drawn with presentation forms, right to left: read it back in logical order.
    const logical = arabicText
      .split('\n')
      .map((line) => [...line.normalize('NFKC')].reverse().join(''))
      .join('\n');
    expect(logical).toContain('المراحل');
    expect(logical).toContain('هيئة التنسيق');
    expect(arabicText.replace(/\s+/g, ' ')).toContain(BODY);
  });
});
