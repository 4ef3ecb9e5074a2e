import type { FastifyRequest } from 'fastify';
import { actorId } from '../../auth/actor.ts';
import { type Failure, problemsOf } from '../../commands/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import {
  type FieldErrors,
  fieldErrors,
  formFields,
  keptValues,
  translateProblems,
} from '../../web/form/index.ts';
import { parseParams } from '../../web/params.ts';
import { invitePerson, withdrawInvitation } from './invitation.service.ts';
import { loadMember, loadMemberList, placeAfterMemberChange } from './member.load.ts';
import { addOrganisation, changeMemberRole, removeMember } from './member.service.ts';
import { InviteMemberPage, MemberRolePage, MembersPage } from './member.views.tsx';
import type { Member, Process } from './process.presenter.ts';
import { organisationChoices } from './process.repository.ts';
import { invitationParams, memberForm, memberRoleForm } from './process.schema.ts';
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

/** A member command's failure, beside the form's fields. */
function commandErrors(failure: Failure, i18n: Translator): FieldErrors {
  return translateProblems(problemsOf(failure), i18n, { labels: memberLabels(i18n) });
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
    const { members, invitations } = await loadMemberList(kysely, process.id);
    return reply.page(<MembersPage process={process} members={members} invitations={invitations} />);
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
    const { i18n } = request;
    const fields = formFields(request.body);
    const kind = fields.kind === 'organisation' ? 'organisation' : 'person';
    // Only the field of the chosen kind counts, whatever else the form carries.
    const input =
      kind === 'person'
        ? { email: fields.email ?? '', role: fields.role }
        : { organisationId: fields.organisationId ?? '', role: fields.role };
    const show = async (errors: FieldErrors, status: number) =>
      reply.page(
        <InviteMemberPage
          process={process}
          kind={kind}
          values={keptValues(fields)}
          errors={errors}
          organisations={kind === 'organisation' ? await choices(process) : []}
        />,
        status,
      );
    const refused = (failure: Failure) => {
      if (failure.kind === 'not-found') throw notFound();
      return show(commandErrors(failure, i18n), failureStatus(failure));
    };
    const parsed = memberForm.safeParse(input);
    if (!parsed.success) return show(fieldErrors(parsed.error, i18n, memberLabels(i18n)), 422);
    if (kind === 'person' && !parsed.data.email)
      return show({ email: i18n.t('form.required', { field: i18n.t('process.members.emailField') }) }, 422);
    if (kind === 'organisation' && !parsed.data.organisationId)
      return show({ organisationId: i18n.t('process.members.error.organisation') }, 422);
    if (kind === 'person') {
      // The same answer whether or not the address has an account (decision 45).
      const invited = await invitePerson(kysely, actorId(request.actor), process.id, {
        email: parsed.data.email!,
        role: parsed.data.role,
      });
      if (!invited.ok) return refused(invited);
      return reply.seeOther(base(process), {
        kind: 'success',
        key: 'process.invite.sent',
        values: { email: invited.value.email },
      });
    }
    const result = await addOrganisation(kysely, actorId(request.actor), process.id, {
      organisationId: parsed.data.organisationId!,
      role: parsed.data.role,
    });
    if (!result.ok) return refused(result);
    return reply.seeOther(base(process), { kind: 'success', key: 'process.members.added' });
  });

  app.post('/processes/:id/invitations/:invitationId/withdraw', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'manage');
    const { invitationId } = parseParams(invitationParams, request.params);
    const result = await withdrawInvitation(kysely, actorId(request.actor), process.id, invitationId);
    if (!result.ok) throw notFound(); // its one failure: the invitation is gone
    return reply.seeOther(base(process), { kind: 'success', key: 'process.invite.withdrawn' });
  });

  app.get('/processes/:id/members/:itemId/edit', signedIn, async (request, reply) => {
    const { process, member } = await loadMember(kysely, request);
    return reply.page(<MemberRolePage process={process} member={member} values={{}} errors={{}} />);
  });

  app.post('/processes/:id/members/:itemId/edit', signedIn, async (request, reply) => {
    const { process, member } = await loadMember(kysely, request);
    const fields = formFields(request.body);
    const show = (errors: FieldErrors, status: number) =>
      reply.page(
        <MemberRolePage process={process} member={member} values={keptValues(fields)} errors={errors} />,
        status,
      );
    const parsed = memberRoleForm.safeParse(fields);
    if (!parsed.success)
      return show(fieldErrors(parsed.error, request.i18n, memberLabels(request.i18n)), 422);
    const result = await changeMemberRole(
      kysely,
      actorId(request.actor),
      process.id,
      member.id,
      parsed.data.role,
    );
    if (!result.ok) {
      if (result.kind === 'not-found') throw notFound();
      return show(commandErrors(result, request.i18n), failureStatus(result));
    }
    return reply.seeOther(await placeAfterMemberChange(kysely, request.actor, process), {
      kind: 'success',
      key: 'process.members.saved',
    });
  });

  function removePage(request: FastifyRequest, process: Process, member: Member, error?: string) {
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
    const { process, member } = await loadMember(kysely, request);
    return reply.page(removePage(request, process, member));
  });

  app.post('/processes/:id/members/:itemId/remove', signedIn, async (request, reply) => {
    const { process, member } = await loadMember(kysely, request);
    const result = await removeMember(kysely, actorId(request.actor), process.id, member.id);
    if (!result.ok) {
      if (result.kind === 'not-found') throw notFound();
      // Its refusal (the last owner stays) is about the whole form.
      const errors = commandErrors(result, request.i18n);
      return reply.page(removePage(request, process, member, errors._form), failureStatus(result));
    }
    return reply.seeOther(await placeAfterMemberChange(kysely, request.actor, process), {
      kind: 'success',
      key: 'process.members.removed',
    });
  });
}
