import { z } from 'zod';
import { normaliseEmail } from '../../auth/user.repository.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { idParam } from '../../web/params.ts';
import { listOrganisationInvitationsTo } from './invitation.repository.ts';
import { answerMemberInvitation } from './invitation.service.ts';
import { OrganisationInvitationsPage } from './invitation.views.tsx';

/**
 * The invited person's side of an invitation to join an organisation (decision 46): the list of
 * invitations sent to their account's address, and their answer. Anyone else's invitation is 404.
 */
export function invitationRoutes(app: App, { db }: AppDeps): void {
  const policy = { config: { policy: 'signed-in' as const } };

  app.get('/organisations/invitations', policy, async (request, reply) => {
    const rows =
      request.actor.kind === 'user'
        ? await listOrganisationInvitationsTo(db.kysely, normaliseEmail(request.actor.user.email))
        : [];
    return reply.page(
      <OrganisationInvitationsPage
        invitations={rows.map((r) => ({
          id: r.id,
          organisationName: r.organisation_name,
          role: r.role,
          invitedBy: r.inviter_name,
          createdAt: r.created_at,
        }))}
      />,
    );
  });

  for (const kind of ['accept', 'decline'] as const) {
    const options = { ...policy, schema: { params: z.object({ invitationId: idParam }) } };
    app.post(`/organisations/invitations/:invitationId/${kind}`, options, async (request, reply) => {
      const { invitationId } = request.params;
      if (request.actor.kind !== 'user') throw notFound();
      const result = await answerMemberInvitation(db, request.actor.user, invitationId, kind);
      if (!result.ok) throw notFound(); // its one failure: not an invitation of theirs
      return kind === 'accept'
        ? reply.seeOther(`/organisations/${result.value.organisationId}`, {
            kind: 'success',
            key: 'org.invitations.accepted',
          })
        : reply.seeOther('/organisations/invitations', { kind: 'success', key: 'org.invitations.declined' });
    });
  }
}
