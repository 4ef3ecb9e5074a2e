import type { Page, Response } from 'playwright-core';

/**
 * Runs `act` (a click, a key press) and waits until the page it leads to has loaded: the main
 * frame committed a new document and its `load` fired. Returns that document's response, after
 * any redirects (a form that answers 303 gives the page it redirected to).
 * `page.waitForURL` cannot tell a form re-rendered at the same address from the old page.
 */
export async function submit(page: Page, act: () => Promise<void>): Promise<Response> {
  const response = page.waitForResponse(
    (r) =>
      r.request().isNavigationRequest() &&
      r.request().frame() === page.mainFrame() &&
      (r.status() < 300 || r.status() >= 400),
  );
  const committed = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  // When `act` fails, its error is the one to report: the two waits then time out unheard.
  response.catch(() => undefined);
  committed.catch(() => undefined);
  await act();
  const [answer] = await Promise.all([response, committed]);
  await page.waitForLoadState('load');
  return answer;
}

/** Fills and sends the sign-in form at `/sign-in` (or the one on screen); returns the answer. */
export async function signInWithForm(
  page: Page,
  credentials: { email: string; password: string },
  options: { goto?: boolean } = {},
): Promise<Response> {
  if (options.goto ?? true) await page.goto('/sign-in');
  await page.locator('#email').fill(credentials.email);
  await page.locator('#password').fill(credentials.password);
  return submit(page, () => page.locator('main form button[type="submit"]').click());
}

/** The signed-in user's name in the header, or null when the header offers to sign in. */
export async function headerAccountName(page: Page): Promise<string | null> {
  const link = page.locator('.account-links a[href="/account"]');
  return (await link.count()) === 0 ? null : link.textContent();
}
