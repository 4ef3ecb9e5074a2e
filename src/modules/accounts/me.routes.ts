import { z } from 'zod';
import type { Actor, SignedInUser } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { unauthorized } from '../../web/errors.ts';
import { presentMe, presentToken } from './account.presenter.ts';
import { listActiveTokens } from './api-token.repository.ts';
import { meOut, tokenOut, tokenParams } from './api-token.schema.ts';
import { revokeApiToken } from './api-token.service.ts';

/** The user behind the request; the route policy has already refused anonymous callers. */
function apiUser(actor: Actor): SignedInUser {
  if (actor.kind !== 'user') throw unauthorized();
  return actor.user;
}

/** `/api/v1/me`: who a token acts for, and that user's tokens. */
export function meRoutes(app: App, { db }: AppDeps): void {
  const security = [{ bearer: [] }];

  app.get(
    '/api/v1/me',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['account'],
        summary: 'The user the token acts for',
        security,
        response: { 200: meOut },
      },
    },
    async (request) => presentMe(apiUser(request.actor)),
  );

  app.get(
    '/api/v1/me/tokens',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['account'],
        summary: "The user's API tokens that have not been revoked (never the tokens themselves)",
        security,
        response: { 200: z.object({ data: z.array(tokenOut), next: z.string().nullable() }) },
      },
    },
    async (request) => {
      const rows = await listActiveTokens(db.kysely, apiUser(request.actor).id);
      return { data: rows.map(presentToken), next: null };
    },
  );

  app.delete(
    '/api/v1/me/tokens/:id',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['account'],
        summary: 'Revoke one of your API tokens (the one making the request included)',
        security,
        params: tokenParams,
        response: { 204: z.null().describe('Revoked') },
      },
    },
    async (request, reply) => {
      const result = await revokeApiToken(db.kysely, request.actor, request.params.id);
      if (!result.ok) return sendFailure(request, reply, result);
      return reply.status(204).send(null);
    },
  );
}
