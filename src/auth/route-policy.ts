import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpProblem, notFound, unauthorized } from '../web/errors.ts';
import { hasRole } from './actor.ts';

/**
 * The coarse policy every route must declare in `config.policy` (the app refuses to start with a
 * route that has none). Finer, per-record rules live in each module's `.policy.ts` and are
 * checked by the handler after it loads the record.
 * - `public`: anyone, signed in or not.
 * - `signed-in`: any active user; the handler may check more.
 * - `moderator`: moderators and admins.
 * - `admin`: admins only. Others get 404, so admin pages are not advertised.
 */
export type RoutePolicy = 'public' | 'signed-in' | 'moderator' | 'admin';

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}

export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/');
}

/** An API token past its expiry date: 401, saying so, whatever the route. */
export function tokenExpired(): HttpProblem {
  return new HttpProblem(401, 'TokenExpired', 'account.api.tokenExpired');
}

/** Runs before every handler: anonymous HTML visitors are sent to sign in, API callers get 401. */
export async function enforceRoutePolicy(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.is404) return;
  // A read-only token reads; any other method is refused before the route runs, even a public one.
  const { actor } = request;
  if (actor.kind === 'user' && actor.via === 'token' && actor.scope === 'read') {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      throw new HttpProblem(403, 'TokenReadOnly', 'account.api.tokenReadOnly');
  }
  const policy = request.routeOptions.config.policy;
  if (policy === undefined) throw new HttpProblem(500, 'MissingPolicy', 'error.server');
  if (policy === 'public') return;
  if (request.actor.kind === 'anonymous') {
    if (isApiRequest(request) || request.method !== 'GET') throw unauthorized();
    reply.redirect(`/sign-in?next=${encodeURIComponent(request.url)}`, 303);
    return reply;
  }
  if (policy === 'admin' && !hasRole(request.actor, 'admin')) throw notFound();
  if (policy === 'moderator' && !hasRole(request.actor, 'admin', 'moderator')) throw notFound();
}
