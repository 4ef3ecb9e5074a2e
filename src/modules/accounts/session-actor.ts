import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../auth/actor.ts';
import { unauthorized } from '../../web/errors.ts';

export type SessionActor = Extract<Actor, { via: 'session' }>;

/** The account pages act for a browser session only (the kernel gives tokens to /api alone). */
export function sessionActor(request: FastifyRequest): SessionActor {
  const { actor } = request;
  if (actor.kind !== 'user' || actor.via !== 'session') throw unauthorized();
  return actor;
}
