import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodError } from 'zod';
import { conflict, type Failure, type Result, refused } from '../../commands/index.ts';
import type { App, AppDeps } from '../../web/app-types.ts';
import { notFound } from '../../web/errors.ts';
import { fieldErrors, formFields } from '../../web/form/index.ts';
import { ADMIN_REFUSED, adminProblem } from './admin.problems.ts';
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
    run: (db: AppDeps['db'], actor: AdminActor, t: VersionedTarget) => Promise<Result<unknown>>;
    flash: string;
  }
> = {
  approve: { run: approveUser, flash: 'admin.flash.approved' },
  reactivate: { run: reactivateUser, flash: 'admin.flash.reactivated' },
  deactivate: { run: deactivateUser, flash: 'admin.flash.deactivated' },
};

export function userDetailRoutes(app: App, { db, config }: AppDeps): void {
  /** The user page again, with the failure at the top and the status that says what went wrong. */
  async function refuse(request: FastifyRequest, reply: FastifyReply, id: string, failure: Failure) {
    const { status, key, values } = adminProblem(failure);
    const user = await readUserDetail(db.kysely, request.actor, id);
    if (!user) throw notFound();
    return reply.page(<UserDetailPage user={user} error={request.i18n.t(key, values)} />, status);
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
    if (errors.role) return reply.page(<UserDetailPage user={user} errors={{ role: errors.role }} />, 422);
    // Without the version it was drawn with, the form cannot be acted on: a request we cannot read.
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
      if (!result.ok) return refuse(request, reply, id, result);
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
      return refuse(request, reply, id, conflict(user.version));
    }
    if (!user.actions.includes('deactivate')) {
      const key = user.status === 'deactivated' ? ADMIN_REFUSED.invalidState : ADMIN_REFUSED.selfChange;
      return refuse(request, reply, id, refused({ _form: key }));
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
    if (parsed.data.version !== user.version) return refuse(request, reply, id, conflict(user.version));
    if (!user.actions.includes('changeRole'))
      return refuse(request, reply, id, refused({ _form: ADMIN_REFUSED.selfChange }));
    if (parsed.data.role === user.role)
      return refuse(request, reply, id, refused({ role: ADMIN_REFUSED.sameRole }));
    return reply.page(<RoleConfirmPage user={user} role={parsed.data.role} />);
  });

  app.post('/admin/users/:id/role', { config: { policy: 'admin' } }, async (request, reply) => {
    const id = userId(request);
    const body = roleChangeBody.safeParse(formFields(request.body));
    if (!body.success) return badForm(request, reply, id, body.error);
    const result = await changeUserRole(db, adminActor(request), { userId: id, ...body.data });
    if (!result.ok) return refuse(request, reply, id, result);
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
    if (!result.ok) return refuse(request, reply, id, result);
    const user = await readUserDetail(db.kysely, request.actor, id);
    if (!user) throw notFound();
    const link = `${config.PUBLIC_URL.replace(/\/$/, '')}/reset-password/${result.value.secret}`;
    return reply.page(<ResetLinkPage user={user} link={link} expiresAt={result.value.expiresAt} />);
  });
}
