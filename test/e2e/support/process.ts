import type { Locator, Page, Response } from 'playwright-core';
import { submit } from './actions.ts';

/**
 * Clicks a link by its exact accessible name inside `<main>` (the first one when a page repeats
 * it, as a tab and a card link may) and waits for the page it leads to. Journeys reach the
 * process sections this way rather than through the frame's CSS classes, which may change.
 */
export async function follow(page: Page, name: string | RegExp): Promise<Response> {
  const link = page
    .locator('main')
    .getByRole('link', { name, exact: typeof name === 'string' })
    .first();
  return submit(page, () => link.click());
}

/** Clicks a button by its accessible name inside `<main>` and waits for the answer's page. */
export async function press(page: Page, name: string | RegExp): Promise<Response> {
  const button = page
    .locator('main')
    .getByRole('button', { name, exact: typeof name === 'string' })
    .first();
  return submit(page, () => button.click());
}

/** The texts of the error summary's links, or [] when the page has none. */
export async function errorSummary(page: Page): Promise<string[]> {
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading') });
  if ((await summary.count()) === 0) return [];
  return (await summary.first().getByRole('link').allTextContents()).map((s) => s.trim());
}

/** The text of the status message shown after an action (a flash notice), trimmed. */
export async function flash(page: Page): Promise<string> {
  const notice = page.getByRole('status').first();
  return ((await notice.count()) === 0 ? '' : ((await notice.textContent()) ?? ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Starts a national process through the "Start a process" form, as its owner would, and
 * returns the path of its workspace (`/processes/<id>`). For journeys about what comes next;
 * `process-creation.test.ts` walks the form itself.
 */
export async function startProcess(
  page: Page,
  process: { title: string; country: string; plan: string; periodStart?: string; periodEnd?: string },
): Promise<string> {
  await page.goto('/processes/new');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(process.title);
  await page.getByRole('combobox', { name: 'Country', exact: true }).selectOption({ label: process.country });
  await page.getByRole('textbox', { name: 'Development plan or strategy' }).fill(process.plan);
  if (process.periodStart) await page.getByRole('textbox', { name: 'Start date' }).fill(process.periodStart);
  if (process.periodEnd) await page.getByRole('textbox', { name: 'End date' }).fill(process.periodEnd);
  const answer = await press(page, 'Create process');
  const path = new URL(page.url()).pathname;
  if (answer.status() !== 200 || !/^\/processes\/[a-z0-9]+$/.test(path)) {
    throw new Error(`The process was not created: ${answer.status()} at ${path}`);
  }
  return path;
}

/**
 * The text of `<main>` (or of `locator`) as the user reads it on screen, blanks collapsed:
 * `innerText` keeps the gaps between a label and its value that `textContent` runs together.
 */
export async function visibleText(target: Page | Locator): Promise<string> {
  const element = 'goto' in target ? target.locator('main') : target;
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here.
  const text = await element.evaluate((node) => (node as HTMLElement).innerText);
  return text.replace(/\s+/g, ' ').trim();
}
