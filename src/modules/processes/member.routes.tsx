import type { FastifyRequest } from 'fastify';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { formFields } from '../../web/forms.ts';
import { listProcessInvitations } from './invitation.repository.ts';
import { invitePerson, withdrawInvitation } from './invitation.service.ts';
import { findMember, listMembers } from './member.repository.ts';
import { addOrganisation, changeMemberRole, removeMember } from './member.service.ts';
import { InviteMemberPage, MemberRolePage, MembersPage } from './member.views.tsx';
import { processRoleOf } from './process.access.ts';
import { actorIdOf, commandErrors, inputErrors, kept } from './process.forms.ts';
import { can } from './process.policy.ts';
import { type Process, presentInvitation, presentMember } from './process.presenter.ts';
import { organisationChoices } from './process.repository.ts';
import { invitationParams, itemParams, memberForm, memberRoleForm } from './process.schema.ts';
import { ConfirmPage } from './stage.views.tsx';
import { loadWorkspace } from './workspace.ts';

function memberLabels(i18n: Translator): Record<string, string> {
  const { t } = i18n;
  return {
    email: t('process.members.email'),
    organisationId: t('process.members.organisation'),
    role: t('process.members.role'),
  };
}

/** Members and permissions of a process: owners invite, change roles and remove. */
export function memberRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const signedIn = { config: { policy: 'signed-in' as const } };
  const base = (process: Process) => `/processes/${process.id}/members`;
  const choices = (process: Process) =>
    organisationChoices(kysely, { countryAlpha3: process.country.alpha3 });

  app.get('/processes/:id/members', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const [members, invitations] = await Promise.all([
      listMembers(kysely, process.id),
      listProcessInvitations(kysely, process.id),
    ]);
    return reply.page(
      <MembersPage
        process={process}
        members={members.map((m) => presentMember(m, true))}
        invitations={invitations.map(presentInvitation)}
      />,
    );
  });

  app.get('/processes/:id/members/new', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const kind =
      (request.query as Record<string, unknown>).kind === 'organisation' ? 'organisation' : 'person';
    return reply.page(
      <InviteMemberPage
        process={process}
        kind={kind}
        values={{}}
        errors={{}}
        organisations={kind === 'organisation' ? await choices(process) : []}
      />,
    );
  });

  app.post('/processes/:id/members', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const fields = formFields(request.body);
    const kind = fields.kind === 'organisation' ? 'organisation' : 'person';
    // Only the field of the chosen kind counts, whatever else the form carries.
    const input =
      kind === 'person'
        ? { email: fields.email ?? '', role: fields.role }
        : { organisationId: fields.organisationId ?? '', role: fields.role };
    const show = async (errors: Record<string, string>) =>
      reply.page(
        <InviteMemberPage
          process={process}
          kind={kind}
          values={kept(fields)}
          errors={errors}
          organisations={kind === 'organisation' ? await choices(process) : []}
        />,
        400,
      );
    const parsed = memberForm.safeParse(input);
    if (!parsed.success) return show(inputErrors(parsed.error, request.i18n, memberLabels(request.i18n)));
    if (kind === 'person' && !parsed.data.email)
      return show({
        email: request.i18n.t('form.required', { field: request.i18n.t('process.members.emailField') }),
      });
    if (kind === 'organisation' && !parsed.data.organisationId)
      return show({ organisationId: request.i18n.t('process.members.error.organisation') });
    if (kind === 'person') {
      // The same answer whether or not the address has an account (decision 45).
      const invited = await invitePerson(kysely, actorIdOf(request), process.id, {
        email: parsed.data.email!,
        role: parsed.data.role,
      });
      if (!invited.ok) return show(commandErrors(invited.errors, request.i18n, memberLabels(request.i18n)));
      return reply.seeOther(base(process), {
        kind: 'success',
        key: 'process.invite.sent',
        values: { email: invited.value.email },
      });
    }
    const result = await addOrganisation(kysely, actorIdOf(request), process.id, {
      organisationId: parsed.data.organisationId!,
      role: parsed.data.role,
    });
    if (!result.ok) return show(commandErrors(result.errors, request.i18n, memberLabels(request.i18n)));
    return reply.seeOther(base(process), { kind: 'success', key: 'process.members.added' });
  });

  app.post('/processes/:id/invitations/:invitationId/withdraw', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const params = invitationParams.safeParse(request.params);
    if (!params.success) throw notFound();
    const result = await withdrawInvitation(kysely, actorIdOf(request), process.id, params.data.invitationId);
    if (!result.ok) throw notFound();
    return reply.seeOther(base(process), { kind: 'success', key: 'process.invite.withdrawn' });
  });

  async function loadMember(request: FastifyRequest) {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const params = itemParams.safeParse(request.params);
    if (!params.success) throw notFound();
    const row = await findMember(kysely, process.id, params.data.itemId);
    if (!row) throw notFound();
    return { process, member: presentMember(row, true) };
  }

  /** Where to go after a change that may have taken the actor's own rights away. */
  async function afterChange(request: FastifyRequest, process: Process): Promise<string> {
    const role = await processRoleOf(kysely, request.actor, process.id);
    if (can(request.actor, 'manage', process, role)) return base(process);
    if (can(request.actor, 'view', process, role)) return `/processes/${process.id}`;
    return '/processes';
  }

  app.get('/processes/:id/members/:itemId/edit', signedIn, async (request, reply) => {
    const { process, member } = await loadMember(request);
    return reply.page(<MemberRolePage process={process} member={member} values={{}} errors={{}} />);
  });

  app.post('/processes/:id/members/:itemId/edit', signedIn, async (request, reply) => {
    const { process, member } = await loadMember(request);
    const fields = formFields(request.body);
    const labels = memberLabels(request.i18n);
    const parsed = memberRoleForm.safeParse(fields);
    if (!parsed.success) {
      const errors = inputErrors(parsed.error, request.i18n, labels);
      return reply.page(
        <MemberRolePage process={process} member={member} values={kept(fields)} errors={errors} />,
        400,
      );
    }
    const result = await changeMemberRole(
      kysely,
      actorIdOf(request),
      process.id,
      member.id,
      parsed.data.role,
    );
    if (!result.ok) {
      if (result.code === 'not-found') throw notFound();
      const errors = commandErrors(result.errors, request.i18n, labels);
      return reply.page(
        <MemberRolePage process={process} member={member} values={kept(fields)} errors={errors} />,
        400,
      );
    }
    return reply.seeOther(await afterChange(request, process), {
      kind: 'success',
      key: 'process.members.saved',
    });
  });

  function removePage(
    request: FastifyRequest,
    process: Process,
    member: ReturnType<typeof presentMember>,
    error?: string,
  ) {
    const { t } = request.i18n;
    return (
      <ConfirmPage
        process={process}
        title={t('process.members.remove')}
        question={t('process.members.removeQuestion', { name: member.name })}
        detail={t('process.members.removeDetail')}
        action={`${base(process)}/${member.id}/remove`}
        submit={t('process.members.removeSubmit')}
        cancelHref={base(process)}
        active="members"
        error={error}
      />
    );
  }

  app.get('/processes/:id/members/:itemId/remove', signedIn, async (request, reply) => {
    const { process, member } = await loadMember(request);
    return reply.page(removePage(request, process, member));
  });

  app.post('/processes/:id/members/:itemId/remove', signedIn, async (request, reply) => {
    const { process, member } = await loadMember(request);
    const result = await removeMember(kysely, actorIdOf(request), process.id, member.id);
    if (!result.ok) {
      if (result.code === 'not-found') throw notFound();
      const message = request.i18n.t(result.errors._form ?? 'process.members.error.lastOwner');
      return reply.page(removePage(request, process, member, message), 400);
    }
    return reply.seeOther(await afterChange(request, process), {
      kind: 'success',
      key: 'process.members.removed',
    });
  });
}
