import type { FastifyReply, FastifyRequest } from 'fastify';
import { actorId, hasRole } from '../../auth/actor.ts';
import { problemsOf, type Result } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { type FieldErrors, fieldErrors, formFields, translateProblems } from '../../web/form/index.ts';
import { idParam, idParams } from '../../web/params.ts';
import { listOrganisationInvitations } from './invitation.repository.ts';
import { inviteMember, withdrawMemberInvitation } from './invitation.service.ts';
import { listMembers } from './membership.repository.ts';
import { changeMemberRole, LAST_OWNER, removeMember } from './membership.service.ts';
import { MembersPage, RemoveMemberPage } from './membership.views.tsx';
import { loadOrganisationFor } from './organisation.access.ts';
import { countryNames } from './organisation.countries.ts';
import { presentOrganisation } from './organisation.presenter.ts';
import { membershipInput, roleInput } from './organisation.schema.ts';

/** Owners (and admins) manage who belongs to an organisation. Everyone else gets 404. */
export function membershipRoutes(app: App, { db, organisationRights }: AppDeps): void {
  const config = { policy: 'signed-in' as const };
  const organisation = { config, schema: { params: idParams } };
  const invitation = { config, schema: { params: idParams.extend({ invitationId: idParam }) } };
  const member = { config, schema: { params: idParams.extend({ userId: idParam }) } };

  async function membersPage(
    request: FastifyRequest,
    id: string,
    errors: FieldErrors = {},
    values: { email?: string; role?: string } = {},
  ) {
    const { row } = await loadOrganisationFor(db, id, request.actor, 'manageMembers');
    const [names, members, invitations, rights] = await Promise.all([
      countryNames(db.kysely, request.i18n),
      listMembers(db.kysely, id),
      listOrganisationInvitations(db.kysely, id),
      Promise.all(organisationRights.map((note) => note(db, { id: row.id, name: row.name }, request.actor))),
    ]);
    const organisation = presentOrganisation(row, request.i18n, names);
    return (
      <MembersPage
        organisation={organisation}
        members={members}
        errors={errors}
        values={values}
        invitations={invitations.map((i) => ({
          id: i.id,
          email: i.email,
          role: i.role,
          createdAt: i.created_at,
        }))}
        rights={rights.flatMap((r) => (r ? [r.node] : []))}
      />
    );
  }

  /** Redirects after success; re-renders the members page with the refusal otherwise. */
  async function answer(
    request: FastifyRequest,
    reply: FastifyReply,
    id: string,
    result: Result<unknown>,
    flashKey: string,
  ) {
    if (result.ok) return reply.seeOther(`/organisations/${id}/members`, { kind: 'success', key: flashKey });
    if (result.kind === 'not-found') throw notFound();
    // The "last owner" refusal is about the member list, so the summary links to it. The state of
    // the organisation forbids it: 409, as it has answered since decision 46 (decision 92).
    const problems = problemsOf(result);
    const errors = translateProblems(problems, request.i18n);
    const status = problems.members?.key === LAST_OWNER.members ? 409 : failureStatus(result);
    return reply.page(await membersPage(request, id, errors, formFields(request.body)), status);
  }

  app.get('/organisations/:id/members', organisation, async (request, reply) =>
    reply.page(await membersPage(request, request.params.id)),
  );

  app.post('/organisations/:id/members', organisation, async (request, reply) => {
    const { id } = request.params;
    await loadOrganisationFor(db, id, request.actor, 'manageMembers');
    const fields = formFields(request.body);
    const parsed = membershipInput.safeParse(fields);
    if (!parsed.success) {
      const labels = { email: request.i18n.t('org.members.email'), role: request.i18n.t('org.members.role') };
      return reply.page(
        await membersPage(request, id, fieldErrors(parsed.error, request.i18n, labels), fields),
        422,
      );
    }
    // The same answer whether or not the address has an account (decision 46).
    const result = await inviteMember(db, actorId(request.actor), id, parsed.data);
    if (result.ok)
      return reply.seeOther(`/organisations/${id}/members`, {
        kind: 'success',
        key: 'org.invite.sent',
        values: { email: result.value.email },
      });
    return answer(request, reply, id, result, 'org.invite.sent');
  });

  app.post('/organisations/:id/invitations/:invitationId/withdraw', invitation, async (request, reply) => {
    const { id, invitationId } = request.params;
    await loadOrganisationFor(db, id, request.actor, 'manageMembers');
    const result = await withdrawMemberInvitation(db, actorId(request.actor), id, invitationId);
    if (!result.ok) throw notFound(); // its one failure: the invitation is gone
    return reply.seeOther(`/organisations/${id}/members`, { kind: 'success', key: 'org.invite.withdrawn' });
  });

  app.post('/organisations/:id/members/:userId/role', member, async (request, reply) => {
    const { id, userId } = request.params;
    await loadOrganisationFor(db, id, request.actor, 'manageMembers');
    const parsed = roleInput.safeParse(formFields(request.body));
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error, request.i18n, { role: request.i18n.t('org.members.role') });
      return reply.page(await membersPage(request, id, { members: errors.role ?? '' }), 422);
    }
    const result = await changeMemberRole(db, actorId(request.actor), id, userId, parsed.data.role);
    // An owner who stepped down can no longer manage the members: send them to the page.
    const steppedDown = userId === actorId(request.actor) && parsed.data.role !== 'owner';
    if (result.ok && steppedDown && !hasRole(request.actor, 'admin'))
      return reply.seeOther(`/organisations/${id}`, { kind: 'success', key: 'org.flash.roleChanged' });
    return answer(request, reply, id, result, 'org.flash.roleChanged');
  });

  app.get('/organisations/:id/members/:userId/remove', member, async (request, reply) => {
    const { id, userId } = request.params;
    const { row } = await loadOrganisationFor(db, id, request.actor, 'manageMembers');
    const member = (await listMembers(db.kysely, id)).find((m) => m.userId === userId);
    if (!member) throw notFound();
    const names = await countryNames(db.kysely, request.i18n);
    return reply.page(
      <RemoveMemberPage organisation={presentOrganisation(row, request.i18n, names)} member={member} />,
    );
  });

  app.post('/organisations/:id/members/:userId/remove', member, async (request, reply) => {
    const { id, userId } = request.params;
    await loadOrganisationFor(db, id, request.actor, 'manageMembers');
    const result = await removeMember(db, actorId(request.actor), id, userId);
    // Someone who removed themselves can no longer manage the members: send them to the page.
    if (result.ok && userId === actorId(request.actor) && !hasRole(request.actor, 'admin'))
      return reply.seeOther(`/organisations/${id}`, { kind: 'success', key: 'org.flash.memberRemoved' });
    return answer(request, reply, id, result, 'org.flash.memberRemoved');
  });
}
