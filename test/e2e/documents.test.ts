import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentMessages } from '../../src/documents/document.messages.ts';
import { checkA11y, createUser, screenshot, useJourney } from './support/index.ts';
import { flash, follow, press, startProcess, visibleText } from './support/process.ts';

const OWNER = {
  name: 'Aurelia Rusu',
  email: 'aurelia.rusu@example.gov.md',
  password: 'orchard lantern violet 8',
};
const COLLEAGUE = {
  name: 'Mihai Lungu',
  email: 'mihai.lungu@example.gov.md',
  password: 'meadow copper signal 4',
};
const TITLE = 'Migration in the Bălți local development plan';
const LESSON = 'Put the diaspora office in the planning team from the first meeting.';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const ar = documentMessages.ar;

/** A file on disk for the file chooser. */
function fileOnDisk(name: string, bytes: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'corridor-upload-')), name);
  writeFileSync(path, bytes);
  return path;
}

describe('attaching a document to a lesson', () => {
  const journey = useJourney();

  it('lets the process team attach evidence to a lesson, refuses a disguised program, and another member downloads it', async () => {
    await createUser(journey.server, OWNER);
    await createUser(journey.server, COLLEAGUE);
    const owner = await journey.page({ signedInAs: OWNER.email });
    owner.setDefaultTimeout(10_000);
    const workspace = await startProcess(owner, {
      title: TITLE,
      country: 'Moldova',
      plan: 'Bălți Strategy 2030',
    });

    // A lesson in the log, then its own page.
    await follow(owner, 'Lessons learned');
    await follow(owner, 'Record a lesson');
    await owner.getByRole('textbox', { name: 'Lesson', exact: true }).fill(LESSON);
    await press(owner, 'Save the lesson');
    await follow(owner, 'Lesson page and documents');
    expect(await visibleText(owner)).toContain(LESSON);
    expect(await visibleText(owner.locator('#documents'))).toContain('No documents yet.');

    // A program named like a PDF is refused, said beside the field.
    await follow(owner, 'Add a document');
    await checkA11y(owner);
    const program = Buffer.alloc(4096);
    program.write('MZ');
    await owner.getByLabel('File').setInputFiles(fileOnDisk('minutes.pdf', program));
    const refused = await press(owner, 'Upload');
    expect(refused.status()).toBe(422);
    expect(await owner.locator('#file-error').textContent()).toContain(
      'This file is application/x-msdownload, which Corridor does not keep',
    );
    await checkA11y(owner);
    await screenshot(owner, 'document-refused-en');

    // The real minutes, with a title.
    await owner.getByLabel('File').setInputFiles(fileOnDisk('minutes of the first meeting.pdf', PDF));
    await owner.getByRole('textbox', { name: 'Title' }).fill('Minutes of the first planning meeting');
    await press(owner, 'Upload');
    expect(await flash(owner)).toBe('The document was added.');
    const lessonPage = new URL(owner.url()).pathname;
    expect(lessonPage).toMatch(new RegExp(`^${workspace}/lessons/[a-z0-9]+$`));
    expect(await visibleText(owner.locator('#documents'))).toContain('Minutes of the first planning meeting');
    await checkA11y(owner);
    await screenshot(owner, 'document-attached-en');

    // The colleague joins the process (invited, then accepting) and downloads the minutes.
    await owner.goto(`${workspace}/members`);
    await follow(owner, 'Invite a person');
    await owner.getByRole('textbox', { name: 'Email address' }).fill(COLLEAGUE.email);
    await owner.getByRole('radio', { name: /^Member/ }).check();
    await press(owner, 'Invite');
    const colleague = await journey.page({ signedInAs: COLLEAGUE.email, extra: { acceptDownloads: true } });
    colleague.setDefaultTimeout(10_000);
    await colleague.goto('/processes/invitations');
    await press(colleague, `Accept the invitation to ${TITLE}`);
    await colleague.goto(lessonPage);
    const [download] = await Promise.all([
      colleague.waitForEvent('download'),
      colleague.getByRole('link', { name: 'Minutes of the first planning meeting' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('minutes of the first meeting.pdf');
    const saved = join(mkdtempSync(join(tmpdir(), 'corridor-download-')), 'minutes.pdf');
    await download.saveAs(saved);
    expect(readFileSync(saved).equals(PDF)).toBe(true);

    // The same page in Arabic on a phone: the list reads right to left and fits.
    const arabic = await journey.page({ signedInAs: OWNER.email, language: 'ar', viewport: 'phone' });
    await arabic.goto(lessonPage);
    expect(await arabic.locator('#documents-title').textContent()).toBe(ar['documents.title']);
    expect(await arabic.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await checkA11y(arabic);
    await screenshot(arabic, 'document-list-ar');
  });
});
