import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { parseParams } from '../../web/params.ts';
import { answerInvitation, loadMyInvitations, type MyInvitation } from './invitation.service.ts';
import { InvitationsPage } from './invitation.views.tsx';
import { problem } from './process.api-support.ts';
import { invitationParams, myInvitationOut } from './process.schema.ts';

/**
 * The invited person's side of an invitation (decision 45): the list of invitations sent to their
 * account's address, and their answer, as pages and in the API. Anyone else's invitation is 404.
 */
export function invitationRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const signedIn = { config: { policy: 'signed-in' as const } };

  async function mine(request: FastifyRequest): Promise<MyInvitation[]> {
    return request.actor.kind === 'user' ? loadMyInvitations(kysely, request.actor.user) : [];
  }

  function answer(kind: 'accept' | 'decline') {
    return async (request: FastifyRequest) => {
      const { invitationId } = parseParams(invitationParams, request.params);
      if (request.actor.kind !== 'user') throw notFound();
      return answerInvitation(kysely, request.actor.user, invitationId, kind);
    };
  }

  app.get('/processes/invitations', signedIn, async (request, reply) =>
    reply.page(<InvitationsPage invitations={await mine(request)} />),
  );

  for (const kind of ['accept', 'decline'] as const) {
    app.post(`/processes/invitations/:invitationId/${kind}`, signedIn, async (request, reply) => {
      const result = await answer(kind)(request);
      if (!result.ok) throw notFound(); // its one failure: not an invitation of theirs
      return kind === 'accept'
        ? reply.seeOther(`/processes/${result.value.processId}`, {
            kind: 'success',
            key: 'process.invitations.accepted',
          })
        : reply.seeOther('/processes/invitations', { kind: 'success', key: 'process.invitations.declined' });
    });

    app.post(
      `/api/v1/process-invitations/:invitationId/${kind}`,
      {
        config: { policy: 'signed-in' },
        schema: {
          tags: ['processes'],
          summary:
            kind === 'accept'
              ? 'Accept an invitation sent to your address: you join the process with its role'
              : 'Decline an invitation sent to your address',
          security: [{ bearer: [] }],
          params: invitationParams,
          response: { 204: z.null().describe('Answered'), 401: problem, 404: problem },
        },
      },
      async (request, reply) => {
        const result = await answer(kind)(request);
        if (!result.ok) return sendFailure(request, reply, result);
        return reply.status(204).send(null);
      },
    );
  }

  app.get(
    '/api/v1/process-invitations',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags: ['processes'],
        operationId: 'listMyProcessInvitations',
        summary: 'Invitations to processes sent to your address, waiting for your answer',
        security: [{ bearer: [] }],
        response: {
          200: z.object({ data: z.array(myInvitationOut), next: z.string().nullable() }),
          401: problem,
        },
      },
    },
    async (request) => ({ data: await mine(request), next: null }),
  );
}
