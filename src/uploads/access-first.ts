import type { FastifyReply, FastifyRequest } from 'fastify';
import { ANONYMOUS } from '../auth/actor.ts';
import { enforceRoutePolicy, isApiRequest } from '../auth/route-policy.ts';

/**
 * A `preParsing` hook for routes that take a file: who may send it is decided before a byte of
 * the body is read (docs/decisions.md 32). The kernel checks the route policy only after the body
 * is parsed (the CSRF token of a form is in it), which would let anyone make the server read, and
 * parse, a file for a process they may not see. Here the route's declared policy runs first, then
 * `check` (load the record, 404 when it is missing or the caller may not change it); what `check`
 * returns is kept for the handler (`accessOf`). The CSRF check of an upload form still runs
 * later (its token is in the body), so a multipart post without one answers 401 or 404 rather than
 * 403 when the caller may not send it anyway.
 */
export function accessFirst<T>(
  check?: (request: FastifyRequest) => Promise<T>,
): (request: FastifyRequest, reply: FastifyReply, payload: unknown) => Promise<unknown> {
  return async (request, reply, payload) => {
    // Pages read no body, and plain form posts (small, parsed as the kernel parses every form)
    // keep the kernel's order, the CSRF token first: any other body may carry a file.
    if (request.method === 'GET' || request.method === 'HEAD') return payload;
    const type = String(request.headers['content-type'] ?? '');
    if (!isApiRequest(request) && type.startsWith('application/x-www-form-urlencoded')) return payload;
    // As the kernel does for API writes: a browser session never writes through the API.
    if (isApiRequest(request) && request.actor.kind === 'user' && request.actor.via === 'session')
      request.actor = ANONYMOUS;
    await enforceRoutePolicy(request, reply);
    if (reply.sent) return payload;
    if (check) checked.set(request, await check(request));
    return payload;
  };
}

const checked = new WeakMap<FastifyRequest, unknown>();

/** What the route's `accessFirst` check returned for this request (undefined without one). */
export function accessOf<T>(request: FastifyRequest): T | undefined {
  return checked.get(request) as T | undefined;
}
