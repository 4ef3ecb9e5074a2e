import type { FastifyReply, FastifyRequest } from 'fastify';

/** A one-shot message shown on the page after a redirect ("Account approved"). */
export interface FlashMessage {
  kind: 'success' | 'info' | 'warning';
  /** A catalogue key, translated when shown. */
  key: string;
  values?: Record<string, string | number>;
}

const COOKIE = 'corridor_flash';

/** `secure`: only over HTTPS, as every cookie when Corridor runs behind a TLS proxy (`TRUST_PROXY`). */
export function setFlash(reply: FastifyReply, message: FlashMessage, secure: boolean): void {
  reply.setCookie(COOKIE, JSON.stringify(message), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    signed: true,
    maxAge: 60,
  });
}

/** Reads and clears the flash cookie. A tampered or malformed cookie is ignored. */
export function takeFlash(
  request: FastifyRequest,
  reply: FastifyReply,
  secure: boolean,
): FlashMessage | null {
  const raw = request.cookies[COOKIE];
  if (!raw) return null;
  reply.clearCookie(COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return null;
  try {
    const parsed = JSON.parse(unsigned.value) as FlashMessage;
    return typeof parsed.key === 'string' ? parsed : null;
  } catch {
    return null;
  }
}
