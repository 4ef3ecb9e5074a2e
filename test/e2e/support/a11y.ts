import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';

/** The WCAG levels Corridor promises (DESIGN.md): 2.0 A and AA, and 2.1 AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
const BLOCKING = new Set(['serious', 'critical']);

/** One violation per paragraph: rule, impact, help link, then each offending element and why. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n    … and ${v.nodes.length - 8} more` : '';
      return `[${v.impact}] ${v.id}: ${v.help}\n  ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/**
 * Runs axe on the page as it is now and throws, listing them readably, when it finds any serious
 * or critical violation. Minor and moderate ones are returned for whoever wants to look.
 * `disableRules` leaves rules out where another check already covers the same page: colour
 * contrast is most of axe's time on a long page (e.g. `['color-contrast']`).
 */
export async function checkA11y(
  page: Page,
  options: { exclude?: string[]; disableRules?: string[] } = {},
): Promise<Result[]> {
  // Only violations are reported in full: listing every passing node is most of axe's time on long tables.
  // Legacy mode runs `axe.run` in the page itself. The default mode runs axe in every frame, then
  // opens a new tab to merge the frames' results, injecting axe's 600 KB there too, on every
  // check: a tab and a second injection per page for nothing, since Corridor has no frames.
  let builder = new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .withTags(TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await builder.analyze();
  const blocking = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  if (blocking.length > 0) {
    throw new Error(
      `axe found ${blocking.length} serious or critical violation(s) on ${page.url()}:\n\n${formatViolations(blocking)}`,
    );
  }
  return results.violations;
}
