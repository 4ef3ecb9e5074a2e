import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { normaliseEmail } from '../../auth/user.repository.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { listInvitationsTo } from './invitation.repository.ts';
import { answerInvitation } from './invitation.service.ts';
import { InvitationsPage, type MyInvitation } from './invitation.views.tsx';
import { problem, refuse } from './process.api-support.ts';
import { invitationParams, myInvitationOut } from './process.schema.ts';

/**
 * The invited person's side of an invitation (decision 45): the list of invitations sent to their
 * account's address, and their answer, as pages and in the API. Anyone else's invitation is 404.
 */
export function invitationRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const signedIn = { config: { policy: 'signed-in' as const } };

  async function mine(request: FastifyRequest): Promise<MyInvitation[]> {
    if (request.actor.kind !== 'user') return [];
    const rows = await listInvitationsTo(kysely, normaliseEmail(request.actor.user.email));
    return rows.map((r) => ({
      id: r.id,
      processId: r.process_id,
      processTitle: r.process_title,
      role: r.role,
      invitedBy: r.inviter_name,
      createdAt: r.created_at,
    }));
  }

  function answer(kind: 'accept' | 'decline') {
    return async (request: FastifyRequest) => {
      const params = invitationParams.safeParse(request.params);
      if (!params.success || request.actor.kind !== 'user') throw notFound();
      return answerInvitation(kysely, request.actor.user, params.data.invitationId, kind);
    };
  }

  app.get('/processes/invitations', signedIn, async (request, reply) =>
    reply.page(<InvitationsPage invitations={await mine(request)} />),
  );

  for (const kind of ['accept', 'decline'] as const) {
    app.post(`/processes/invitations/:invitationId/${kind}`, signedIn, async (request, reply) => {
      const result = await answer(kind)(request);
      if (!result.ok) throw notFound();
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
        if (!result.ok) return refuse(request, reply, result);
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
