import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../../auth/cookies.ts';
import type { Config } from '../../config.ts';

const DAY_SECONDS = 24 * 60 * 60;

/** Sets the session cookie: script cannot read it, other sites do not send it on posts. */
export function setSessionCookie(reply: FastifyReply, token: string, config: Config): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.TRUST_PROXY,
    maxAge: config.SESSION_DAYS * DAY_SECONDS,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: config.TRUST_PROXY,
  });
}

export function sessionCookieValue(cookies: Record<string, string | undefined>): string | undefined {
  return cookies[SESSION_COOKIE];
}

function hasControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

const BASE = 'http://corridor.invalid';
/** Pages not worth returning to after signing in. */
const NOT_AFTER_SIGN_IN = ['/sign-in', '/sign-up', '/sign-out'];

/**
 * Where to go after signing in: only a path on this site. Anything that could leave it
 * (`//evil.example`, `/\evil.example`, `https://…`, control characters) falls back to `/`.
 */
export function safeNext(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2000) return '/';
  if (value.startsWith('//') || value.includes('\\') || hasControlCharacters(value)) return '/';
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return '/';
  }
  if (url.origin !== BASE) return '/';
  if (NOT_AFTER_SIGN_IN.some((p) => url.pathname === p)) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
