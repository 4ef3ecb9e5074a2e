import { z } from 'zod';
import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { sendFailure } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { findInvitation, listProcessInvitations } from './invitation.repository.ts';
import { invitePerson } from './invitation.service.ts';
import { findMember, listMembers } from './member.repository.ts';
import { addOrganisation, changeMemberRole, removeMember } from './member.service.ts';
import { errorAnswers, problem } from './process.api-support.ts';
import { presentInvitation, presentMember } from './process.presenter.ts';
import {
  invitationOut,
  itemParams,
  memberOut,
  memberPatchBody,
  memberPostBody,
  processParams,
} from './process.schema.ts';
import { loadWorkspace } from './workspace.ts';

/** Members of a process in the API: only its owners (and platform admins) list and change them. */
export function memberApiRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const tags = ['processes'];

  app.get(
    '/api/v1/processes/:id/members',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Members of a process and their roles (owners)',
        security: [{ bearer: [] }],
        params: processParams,
        response: {
          200: z.object({ data: z.array(memberOut), next: z.string().nullable() }),
          401: problem,
          404: problem,
        },
      },
    },
    async (request) => {
      const { process } = await loadWorkspace(kysely, request, 'manage');
      return { data: (await listMembers(kysely, process.id)).map((m) => presentMember(m, true)), next: null };
    },
  );

  app.post(
    '/api/v1/processes/:id/members',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary:
          'Invite a person by email (202: an invitation they accept or decline) or list an organisation (201; owners)',
        security: [{ bearer: [] }],
        params: processParams,
        body: memberPostBody,
        response: { 201: memberOut, 202: invitationOut, ...errorAnswers },
      },
    },
    async (request, reply) => {
      const { process } = await loadWorkspace(kysely, request, 'manage');
      const { email, organisationId, role } = request.body;
      if (email !== undefined) {
        const invited = await invitePerson(kysely, actorId(request.actor), process.id, { email, role });
        if (!invited.ok) return sendFailure(request, reply, invited);
        const row = await findInvitation(kysely, invited.value.id);
        if (!row) throw notFound();
        return reply.status(202).send(presentInvitation(row));
      }
      const result = await addOrganisation(kysely, actorId(request.actor), process.id, {
        organisationId: organisationId ?? '',
        role,
      });
      if (!result.ok) return sendFailure(request, reply, result);
      const row = await findMember(kysely, process.id, result.value.id);
      if (!row) throw notFound();
      return reply.status(201).send(presentMember(row, true));
    },
  );

  app.get(
    '/api/v1/processes/:id/invitations',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Invitations of a process waiting for an answer (owners)',
        security: [{ bearer: [] }],
        params: processParams,
        response: {
          200: z.object({ data: z.array(invitationOut), next: z.string().nullable() }),
          401: problem,
          404: problem,
        },
      },
    },
    async (request) => {
      const { process } = await loadWorkspace(kysely, request, 'manage');
      return { data: (await listProcessInvitations(kysely, process.id)).map(presentInvitation), next: null };
    },
  );

  app.patch(
    '/api/v1/processes/:id/members/:itemId',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: "Change a member's role (owners); the last owner stays an owner",
        security: [{ bearer: [] }],
        params: itemParams,
        body: memberPatchBody,
        response: { 200: memberOut, ...errorAnswers },
      },
    },
    async (request, reply) => {
      const { process } = await loadWorkspace(kysely, request, 'manage');
      const result = await changeMemberRole(
        kysely,
        actorId(request.actor),
        process.id,
        request.params.itemId,
        request.body.role,
      );
      if (!result.ok) return sendFailure(request, reply, result);
      const row = await findMember(kysely, process.id, result.value.id);
      if (!row) throw notFound();
      return presentMember(row, true);
    },
  );

  app.delete(
    '/api/v1/processes/:id/members/:itemId',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: 'Remove a member (owners); the last owner cannot be removed',
        security: [{ bearer: [] }],
        params: itemParams,
        response: { 204: z.null().describe('Removed'), ...errorAnswers },
      },
    },
    async (request, reply) => {
      const { process } = await loadWorkspace(kysely, request, 'manage');
      const result = await removeMember(kysely, actorId(request.actor), process.id, request.params.itemId);
      if (!result.ok) return sendFailure(request, reply, result);
      return reply.status(204).send(null);
    },
  );
}
