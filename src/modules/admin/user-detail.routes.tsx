import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { fieldErrors, formFields } from '../../web/forms.ts';
import { ADMIN_ERRORS, type AdminError, type AdminResult } from './admin.errors.ts';
import { roleChangeBody, userActionBody, userParams } from './admin.schema.ts';
import { adminActor, readUserDetail } from './user-admin.read.ts';
import type { AdminUserRow } from './user-admin.repository.ts';
import {
  type AdminActor,
  approveUser,
  changeUserRole,
  deactivateUser,
  issuePasswordReset,
  reactivateUser,
  type VersionedTarget,
} from './user-admin.service.ts';
import {
  DeactivateConfirmPage,
  ResetLinkPage,
  RoleConfirmPage,
  UserDetailPage,
} from './user-detail.views.tsx';

function userId(request: FastifyRequest): string {
  const params = userParams.safeParse(request.params);
  if (!params.success) throw notFound();
  return params.data.id;
}

/** The simple commands: one POST each with the version, then back to the user page. */
const COMMANDS: Record<
  'approve' | 'reactivate' | 'deactivate',
  {
    run: (db: AppDeps['db'], actor: AdminActor, t: VersionedTarget) => Promise<AdminResult<unknown>>;
    flash: string;
  }
> = {
  approve: { run: approveUser, flash: 'admin.flash.approved' },
  reactivate: { run: reactivateUser, flash: 'admin.flash.reactivated' },
  deactivate: { run: deactivateUser, flash: 'admin.flash.deactivated' },
};

export function userDetailRoutes(app: App, { db, config }: AppDeps): void {
  /** The user page again, with a refusal at the top and the status that says what went wrong. */
  async function refuse(request: FastifyRequest, reply: FastifyReply, id: string, errors: AdminError[]) {
    const error = errors[0]!;
    if (error.code === 'NotFound') throw notFound();
    const user = await readUserDetail(db.kysely, request.actor, id);
    if (!user) throw notFound();
    const { status, key } = ADMIN_ERRORS[error.code];
    return reply.page(<UserDetailPage user={user} error={request.i18n.t(key)} />, status);
  }

  /**
   * A form that could not be read: a role the list does not offer is the admin's to fix; a missing
   * or damaged version means the page itself is out of date.
   */
  async function badForm(request: FastifyRequest, reply: FastifyReply, id: string, error: ZodError) {
    const user = await readUserDetail(db.kysely, request.actor, id);
    if (!user) throw notFound();
    const { t } = request.i18n;
    const errors = fieldErrors(error, request.i18n, { role: t('admin.user.role') });
    if (errors.role) return reply.page(<UserDetailPage user={user} errors={{ role: errors.role }} />, 400);
    return reply.page(<UserDetailPage user={user} error={t('admin.error.staleForm')} />, 400);
  }

  app.get('/admin/users/:id', { config: { policy: 'admin' } }, async (request, reply) => {
    const user = await readUserDetail(db.kysely, request.actor, userId(request));
    if (!user) throw notFound();
    return reply.page(<UserDetailPage user={user} />);
  });

  for (const [name, command] of Object.entries(COMMANDS)) {
    app.post(`/admin/users/:id/${name}`, { config: { policy: 'admin' } }, async (request, reply) => {
      const id = userId(request);
      const body = userActionBody.safeParse(formFields(request.body));
      if (!body.success) return badForm(request, reply, id, body.error);
      const result = await command.run(db, adminActor(request), { userId: id, version: body.data.version });
      if (!result.ok) return refuse(request, reply, id, result.errors);
      const user = await readUserDetail(db.kysely, request.actor, id);
      return reply.seeOther(`/admin/users/${id}`, {
        kind: 'success',
        key: command.flash,
        values: { name: user?.name ?? '' },
      });
    });
  }

  // Deactivation is confirmed on its own page first.
  app.get('/admin/users/:id/deactivate', { config: { policy: 'admin' } }, async (request, reply) => {
    const id = userId(request);
    const user = await readUserDetail(db.kysely, request.actor, id);
    if (!user) throw notFound();
    const seen = userActionBody.safeParse(request.query);
    if (seen.success && seen.data.version !== user.version) {
      return refuse(request, reply, id, [{ code: 'VersionConflict' }]);
    }
    if (!user.actions.includes('deactivate')) {
      const code = user.status === 'deactivated' ? 'InvalidState' : 'SelfChange';
      return refuse(request, reply, id, [{ code }]);
    }
    return reply.page(<DeactivateConfirmPage user={user} />);
  });

  // Role changes too: the user page's role form comes here with GET, the confirmation POSTs.
  app.get('/admin/users/:id/role', { config: { policy: 'admin' } }, async (request, reply) => {
    const id = userId(request);
    const user = await readUserDetail(db.kysely, request.actor, id);
    if (!user) throw notFound();
    const parsed = roleChangeBody.safeParse(request.query);
    if (!parsed.success) return badForm(request, reply, id, parsed.error);
    if (parsed.data.version !== user.version)
      return refuse(request, reply, id, [{ code: 'VersionConflict' }]);
    if (!user.actions.includes('changeRole')) return refuse(request, reply, id, [{ code: 'SelfChange' }]);
    if (parsed.data.role === user.role) return refuse(request, reply, id, [{ code: 'SameRole' }]);
    return reply.page(<RoleConfirmPage user={user} role={parsed.data.role} />);
  });

  app.post('/admin/users/:id/role', { config: { policy: 'admin' } }, async (request, reply) => {
    const id = userId(request);
    const body = roleChangeBody.safeParse(formFields(request.body));
    if (!body.success) return badForm(request, reply, id, body.error);
    const result = await changeUserRole(db, adminActor(request), { userId: id, ...body.data });
    if (!result.ok) return refuse(request, reply, id, result.errors);
    const user: AdminUserRow = result.value;
    return reply.seeOther(`/admin/users/${id}`, {
      kind: 'success',
      key: 'admin.flash.roleChanged',
      values: { name: user.name, role: request.i18n.t(`admin.role.${user.role}`) },
    });
  });

  app.post('/admin/users/:id/password-reset', { config: { policy: 'admin' } }, async (request, reply) => {
    const id = userId(request);
    const body = userActionBody.safeParse(formFields(request.body));
    if (!body.success) return badForm(request, reply, id, body.error);
    const result = await issuePasswordReset(db, adminActor(request), {
      userId: id,
      version: body.data.version,
    });
    if (!result.ok) return refuse(request, reply, id, result.errors);
    const user = await readUserDetail(db.kysely, request.actor, id);
    if (!user) throw notFound();
    const link = `${config.PUBLIC_URL.replace(/\/$/, '')}/reset-password/${result.value.secret}`;
    return reply.page(<ResetLinkPage user={user} link={link} expiresAt={result.value.expiresAt} />);
  });
}
