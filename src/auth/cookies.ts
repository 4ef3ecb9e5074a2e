/** Cookie names shared by the kernel and modules (kept apart from app.ts to avoid import cycles). */
export const SESSION_COOKIE = 'corridor_session';
export const LOCALE_COOKIE = 'corridor_lang';
