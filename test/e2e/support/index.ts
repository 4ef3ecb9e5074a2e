/** Everything a browser journey needs; see docs/testing.md. */

export { checkA11y, formatViolations } from './a11y.ts';
export { headerAccountName, signInWithForm, submit } from './actions.ts';
export { launchChromium, newContext, newPage, VIEWPORTS } from './browser.ts';
export { type Journey, useJourney } from './journey.ts';
export { SCREENSHOT_DIR, screenshot } from './screenshots.ts';
export { freePort, type RunningServer, startCorridor } from './server.ts';
export { signInAs } from './session.ts';
export { createUser, type TestUser } from './users.ts';
export {
  describeWeight,
  measurePage,
  PAGE_BUDGET_BYTES,
  type PageScale,
  type PageWeight,
  weighPage,
} from './weight.ts';
