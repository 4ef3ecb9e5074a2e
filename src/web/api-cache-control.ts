import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from '../auth/cookies.ts';
import { isApiRequest } from '../auth/route-policy.ts';

const PRIVATE = 'private, no-store';

/**
 * `onSend`: what caches may keep of an API answer (decision 51). An answer to a request that
 * carried credentials (a bearer token, or the session cookie, which API reads accept) is
 * `private, no-store` whatever the route said, so no shared cache or browser history keeps one
 * person's data. An anonymous answer keeps the cache header its route chose (the open data
 * reads are `public, max-age=300`, the same for everyone), and is `private, no-store` when the
 * route chose none.
 */
export async function apiCacheControl(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (!isApiRequest(request)) return;
  const credentials =
    request.headers.authorization !== undefined || request.cookies[SESSION_COOKIE] !== undefined;
  if (credentials || !reply.hasHeader('cache-control')) reply.header('cache-control', PRIVATE);
}
