import { actorId } from '../../auth/actor.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { failureStatus } from '../../web/command-reply.ts';
import { notFound } from '../../web/errors.ts';
import { type FieldErrors, formFields, keptValues } from '../../web/form/index.ts';
import { bodyCommandErrors, bodyInputErrors } from './body.form.ts';
import { bodyChoices, loadBodyMember } from './body.load.ts';
import { addBodyMember, changeBodyMemberRole, removeBodyMember } from './body.service.ts';
import { BodyMemberFormPage } from './body.views.tsx';
import { bodyMemberForm } from './process.schema.ts';
import { ConfirmPage } from './stage.views.tsx';
import { loadWorkspace } from './workspace.ts';

/** The organisations that sit on the coordinating body: added with a role, changed, removed. */
export function bodyMemberRoutes(app: App, { db }: AppDeps): void {
  const kysely = db.kysely;
  const signedIn = { config: { policy: 'signed-in' as const } };
  const base = (processId: string) => `/processes/${processId}/body`;

  app.get('/processes/:id/body/members/new', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    return reply.page(
      <BodyMemberFormPage
        process={process}
        values={{}}
        errors={{}}
        organisations={await bodyChoices(kysely, process)}
      />,
    );
  });

  app.post('/processes/:id/body/members', signedIn, async (request, reply) => {
    const { process } = await loadWorkspace(kysely, request, 'edit');
    const fields = formFields(request.body);
    const show = async (errors: FieldErrors, status: number) =>
      reply.page(
        <BodyMemberFormPage
          process={process}
          values={keptValues(fields)}
          errors={errors}
          organisations={await bodyChoices(kysely, process)}
        />,
        status,
      );
    const parsed = bodyMemberForm.safeParse(fields);
    if (!parsed.success) return show(bodyInputErrors(parsed.error, request.i18n), 422);
    const result = await addBodyMember(kysely, actorId(request.actor), process.id, parsed.data);
    if (!result.ok) return show(bodyCommandErrors(result, request.i18n), failureStatus(result));
    return reply.seeOther(base(process.id), { kind: 'success', key: 'body.members.added' });
  });

  app.get('/processes/:id/body/members/:itemId/edit', signedIn, async (request, reply) => {
    const { process, member } = await loadBodyMember(kysely, request);
    return reply.page(
      <BodyMemberFormPage
        process={process}
        values={{ role: member.role }}
        errors={{}}
        organisations={[]}
        member={{ id: member.id, name: member.organisation_name }}
      />,
    );
  });

  app.post('/processes/:id/body/members/:itemId/edit', signedIn, async (request, reply) => {
    const { process, member } = await loadBodyMember(kysely, request);
    const fields = formFields(request.body);
    const parsed = bodyMemberForm.pick({ role: true }).safeParse(fields);
    if (!parsed.success)
      return reply.page(
        <BodyMemberFormPage
          process={process}
          values={keptValues(fields)}
          errors={bodyInputErrors(parsed.error, request.i18n)}
          organisations={[]}
          member={{ id: member.id, name: member.organisation_name }}
        />,
        422,
      );
    const result = await changeBodyMemberRole(
      kysely,
      actorId(request.actor),
      process.id,
      member.id,
      parsed.data.role,
    );
    if (!result.ok) throw notFound(); // its one failure: the member is gone
    return reply.seeOther(base(process.id), { kind: 'success', key: 'body.members.saved' });
  });

  app.get('/processes/:id/body/members/:itemId/remove', signedIn, async (request, reply) => {
    const { process, member } = await loadBodyMember(kysely, request);
    const { t } = request.i18n;
    return reply.page(
      <ConfirmPage
        process={process}
        title={t('body.members.remove')}
        question={t('body.members.removeQuestion', { name: member.organisation_name })}
        action={`${base(process.id)}/members/${member.id}/remove`}
        submit={t('body.members.removeSubmit')}
        cancelHref={base(process.id)}
        active="body"
      />,
    );
  });

  app.post('/processes/:id/body/members/:itemId/remove', signedIn, async (request, reply) => {
    const { process, member } = await loadBodyMember(kysely, request);
    const result = await removeBodyMember(kysely, actorId(request.actor), process.id, member.id);
    if (!result.ok) throw notFound(); // its one failure: the member is gone
    return reply.seeOther(base(process.id), { kind: 'success', key: 'body.members.removed' });
  });
}
