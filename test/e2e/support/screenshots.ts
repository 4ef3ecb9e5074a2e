import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { VIEWPORTS, type ViewportName } from './browser.ts';

/** test-results/ is gitignored; CI keeps it as an artefact. */
export const SCREENSHOT_DIR = new URL('../../../test-results/screenshots/', import.meta.url).pathname;

/** Long pages (the full country list) are cut here: the top is what a reviewer looks at. */
const MAX_HEIGHT = 3000;

/**
 * Saves `<name>-desktop.png` (1280 px wide) and `<name>-phone.png` (375 px) of the page as it is
 * now, full length up to 3,000 px, then puts the viewport back. Returns the files written.
 */
export async function screenshot(
  page: Page,
  name: string,
  widths: ViewportName[] = ['desktop', 'phone'],
): Promise<string[]> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const original = page.viewportSize();
  const files: string[] = [];
  for (const width of widths) {
    await page.setViewportSize(VIEWPORTS[width]);
    // With JavaScript off, evaluate() may be refused: then take the page as tall as it is.
    const height = await page.evaluate(() => document.documentElement.scrollHeight).catch(() => MAX_HEIGHT);
    const path = join(SCREENSHOT_DIR, `${safe(name)}-${width}.png`);
    await page.screenshot({
      path,
      fullPage: true,
      clip: { x: 0, y: 0, width: VIEWPORTS[width].width, height: Math.min(height, MAX_HEIGHT) },
      animations: 'disabled',
    });
    files.push(path);
  }
  if (original) await page.setViewportSize(original);
  return files;
}

function safe(name: string): string {
  return name.replace(/[^a-zA-Z0-9._-]+/g, '-');
}
