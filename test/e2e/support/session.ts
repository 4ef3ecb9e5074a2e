import type { BrowserContext } from 'playwright-core';
import { SESSION_COOKIE } from '../../../src/auth/cookies.ts';
import { createSession } from '../../../src/auth/session.repository.ts';
import { findUserByEmail } from '../../../src/auth/user.repository.ts';
import { openDb } from '../../../src/db/connection.ts';
import type { RunningServer } from './server.ts';

/**
 * Signs a browser context in as an existing user without going through the sign-in form: a
 * session row is written straight into the server's database and its cookie set. For journeys
 * that are about something else (an admin screen); the sign-in journey itself uses the form.
 */
export async function signInAs(context: BrowserContext, server: RunningServer, email: string): Promise<void> {
  const db = openDb(server.databasePath);
  try {
    const user = await findUserByEmail(db.kysely, email);
    if (!user) throw new Error(`No user ${email} in the journey's database`);
    const token = await createSession(db.kysely, user.id, { days: 1, userAgent: 'e2e' });
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: server.url, httpOnly: true }]);
  } finally {
    await db.close();
  }
}
