import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { fieldErrors, formFields } from '../../web/form/index.ts';
import { adminProblem } from './admin.problems.ts';
import { invitationBody, invitationParams } from './admin.schema.ts';
import { listOpenInvitations } from './invitation.repository.ts';
import { inviteUser, revokeInvitation } from './invitation.service.ts';
import { InvitationsPage } from './invitation.views.tsx';
import { adminActor } from './user-admin.read.ts';

export function invitationRoutes(app: App, { db, config }: AppDeps): void {
  app.get('/admin/invitations', { config: { policy: 'admin' } }, async (_request, reply) => {
    return reply.page(<InvitationsPage invitations={await listOpenInvitations(db.kysely)} />);
  });

  app.post('/admin/invitations', { config: { policy: 'admin' } }, async (request, reply) => {
    const { t } = request.i18n;
    const values = formFields(request.body);
    const parsed = invitationBody.safeParse(values);
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error, request.i18n, {
        email: t('admin.invitations.email'),
        role: t('admin.col.role'),
      });
      const invitations = await listOpenInvitations(db.kysely);
      return reply.page(<InvitationsPage invitations={invitations} values={values} errors={errors} />, 422);
    }
    const result = await inviteUser(db, adminActor(request), parsed.data);
    if (!result.ok) {
      const { status, key, field, values: named } = adminProblem(result);
      const invitations = await listOpenInvitations(db.kysely);
      return reply.page(
        <InvitationsPage invitations={invitations} values={values} errors={{ [field]: t(key, named) }} />,
        status,
      );
    }
    const { secret, email, expiresAt, replaced } = result.value;
    const link = `${config.PUBLIC_URL.replace(/\/$/, '')}/invitations/${secret}`;
    // Shown in this answer only (not redirected): the secret must never sit in a cookie or a URL.
    return reply.page(
      <InvitationsPage
        invitations={await listOpenInvitations(db.kysely)}
        created={{ email, link, expiresAt, replaced }}
      />,
    );
  });

  app.post('/admin/invitations/:id/revoke', { config: { policy: 'admin' } }, async (request, reply) => {
    const params = invitationParams.safeParse(request.params);
    if (!params.success) throw notFound();
    const result = await revokeInvitation(db, adminActor(request), params.data.id);
    if (!result.ok) throw notFound(); // its one failure: the invitation is gone
    return reply.seeOther('/admin/invitations', {
      kind: 'success',
      key: 'admin.flash.invitationRevoked',
      values: { email: result.value.email },
    });
  });
}
