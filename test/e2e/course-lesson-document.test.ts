import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STARTER_COURSE_EN } from '../../src/modules/learning/starter-course.en.ts';
import { checkA11y, createUser, screenshot, useJourney } from './support/index.ts';
import { follow, press } from './support/process.ts';

const AUTHOR = {
  name: 'Amina Diallo',
  email: 'amina.diallo@example.org',
  password: 'cedar river window 18',
  role: 'moderator' as const,
};
const MEMBER = {
  name: 'Tomás Pereira',
  email: 'tomas.pereira@example.org',
  password: 'granite meadow kettle 64',
};
const TITLE = 'Reading: the seven insights';

/** A small, well-formed PDF of one empty page. */
function tinyPdf(): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

async function download(page: Page, linkName: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('main').getByRole('link', { name: linkName }).click(),
  ]);
  const { mkdtempSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const path = join(mkdtempSync(join(tmpdir(), 'corridor-lesson-')), file.suggestedFilename());
  await file.saveAs(path);
  return readFileSync(path);
}

/** A course's author attaches a reading to a lesson; another member downloads it from the lesson. */
describe('a document on a lesson', () => {
  const journey = useJourney();

  it('is added by the course’s manager and downloaded by another member', async () => {
    await createUser(journey.server, AUTHOR);
    await createUser(journey.server, MEMBER);
    const lesson = STARTER_COURSE_EN.modules[0]!.lessons[0]!.title;
    const author = await journey.page({ signedInAs: AUTHOR.email });
    author.setDefaultTimeout(10_000);
    await author.goto('/courses');
    await follow(author, STARTER_COURSE_EN.title);
    await follow(author, lesson);
    const lessonUrl = author.url();
    await follow(author, 'Add a document');
    await checkA11y(author);
    const bytes = tinyPdf();
    await author
      .getByLabel('File')
      .setInputFiles({ name: 'insights.pdf', mimeType: 'application/pdf', buffer: bytes });
    await author.getByRole('textbox', { name: 'Title' }).fill(TITLE);
    await press(author, 'Upload');
    expect(author.url()).toBe(`${lessonUrl}#documents`);
    expect(await author.locator('main').getByRole('link', { name: TITLE }).count()).toBe(1);
    await screenshot(author, 'lesson-document');

    const member = await journey.page({ signedInAs: MEMBER.email, extra: { acceptDownloads: true } });
    await member.goto(lessonUrl);
    // Members read the files but do not manage them.
    expect(await member.locator('main').getByRole('link', { name: 'Add a document' }).count()).toBe(0);
    const received = await download(member, TITLE);
    expect(received.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(received.length).toBe(bytes.length);
  });
});
