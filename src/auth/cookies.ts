/** Cookie names shared by the kernel and modules (kept apart from app.ts to avoid import cycles). */
export const SESSION_COOKIE = 'corridor_session';
export const LOCALE_COOKIE = 'corridor_lang';
/** Holds the secret that form tokens are checked against (@fastify/csrf-protection). */
export const CSRF_COOKIE = 'corridor_csrf';

/**
 * The attributes every Corridor cookie shares: the whole site, out of reach of scripts, not sent
 * on other sites' posts, and only over HTTPS when Corridor runs behind a TLS proxy (`TRUST_PROXY`).
 */
export function cookieAttributes(config: { TRUST_PROXY: boolean }) {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure: config.TRUST_PROXY } as const;
}
