import type { FastifyReply } from 'fastify';
import { CSRF_COOKIE, cookieAttributes, SESSION_COOKIE } from '../../auth/cookies.ts';
import type { Config } from '../../config.ts';
import { safeRedirect } from '../../web/safe-redirect.ts';

const DAY_SECONDS = 24 * 60 * 60;

/**
 * Sets the session cookie: script cannot read it, other sites do not send it on posts. A new
 * session also gets a new CSRF secret, so that a form token read before signing in (perhaps
 * planted by someone else) no longer works once signed in.
 */
export function setSessionCookie(reply: FastifyReply, token: string, config: Config): void {
  reply.setCookie(SESSION_COOKIE, token, {
    ...cookieAttributes(config),
    maxAge: config.SESSION_DAYS * DAY_SECONDS,
  });
  dropCsrfSecret(reply, config);
}

/** Ends the session in the browser, and its CSRF secret with it. */
export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, cookieAttributes(config));
  dropCsrfSecret(reply, config);
}

/** The next page with a form makes a new secret (`reply.generateCsrf`) and its tokens. */
function dropCsrfSecret(reply: FastifyReply, config: Config): void {
  reply.clearCookie(CSRF_COOKIE, cookieAttributes(config));
}

export function sessionCookieValue(cookies: Record<string, string | undefined>): string | undefined {
  return cookies[SESSION_COOKIE];
}

/** Pages not worth returning to after signing in. */
const NOT_AFTER_SIGN_IN = ['/sign-in', '/sign-up', '/sign-out'];

/** Where to go after signing in: a path on this site (the kernel's `safeRedirect`), never back to a sign-in page. */
export function safeNext(value: unknown): string {
  return safeRedirect(value, { avoid: NOT_AFTER_SIGN_IN });
}
