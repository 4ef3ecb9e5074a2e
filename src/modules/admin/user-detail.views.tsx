import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, ErrorSummary, Form, SelectField } from '../../web/components/form.tsx';
import { Tag } from '../../web/components/tag.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { AdminLayout, ErrorNotice } from './admin.layout.tsx';
import { PLATFORM_ROLES } from './admin.schema.ts';
import { type AdminUserDetail, STATUS_TONES } from './user-admin.presenter.ts';

function userCrumbs(user: { id: string; name: string }, t: (key: string) => string, current?: string) {
  return [
    { label: t('admin.users.title'), href: '/admin/users' },
    current ? { label: user.name, href: `/admin/users/${user.id}` } : { label: user.name },
    ...(current ? [{ label: current }] : []),
  ];
}

function Details({ user }: { user: AdminUserDetail }) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <dl class="details">
      <dt>{t('admin.col.email')}</dt>
      <dd>
        <bdi>{user.email}</bdi>
      </dd>
      <dt>{t('admin.col.role')}</dt>
      <dd>{t(`admin.role.${user.role}`)}</dd>
      <dt>{t('admin.col.status')}</dt>
      <dd>
        <Tag label={t(`admin.status.${user.status}`)} tone={STATUS_TONES[user.status]} />
      </dd>
      <dt>{t('admin.col.created')}</dt>
      <dd>{i18n.dateTime(user.createdAt)}</dd>
      <dt>{t('admin.user.approved')}</dt>
      <dd>
        {user.approvedAt
          ? user.approvedByName
            ? t('admin.user.approvedBy', { date: i18n.date(user.approvedAt), name: user.approvedByName })
            : i18n.date(user.approvedAt)
          : t('admin.user.notApproved')}
      </dd>
      <dt>{t('admin.user.updated')}</dt>
      <dd>{i18n.dateTime(user.updatedAt)}</dd>
      <dt>{t('admin.user.sessions')}</dt>
      <dd>{i18n.number(user.sessions)}</dd>
      <dt>{t('admin.user.apiTokens')}</dt>
      <dd>{i18n.number(user.apiTokens)}</dd>
    </dl>
  );
}

function Actions({ user, errors }: { user: AdminUserDetail; errors: FieldErrors }) {
  const { t } = useT();
  const can = (action: string) => user.actions.includes(action as never);
  const version = String(user.version);
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('admin.user.actions')}</h2>
      {can('approve') ? (
        <Form action={`/admin/users/${user.id}/approve`} class="admin-action">
          <input type="hidden" name="version" value={version} />
          <p>{t('admin.user.approveHint')}</p>
          <Button>{t('admin.user.approve')}</Button>
        </Form>
      ) : null}
      {can('reactivate') ? (
        <Form action={`/admin/users/${user.id}/reactivate`} class="admin-action">
          <input type="hidden" name="version" value={version} />
          <p>{t('admin.user.reactivateHint')}</p>
          <Button>{t('admin.user.reactivate')}</Button>
        </Form>
      ) : null}
      {can('changeRole') ? (
        <form method="get" action={`/admin/users/${user.id}/role`} class="admin-action" novalidate>
          <input type="hidden" name="version" value={version} />
          <SelectField
            name="role"
            label={t('admin.user.role')}
            hint={t('admin.user.roleHint')}
            value={user.role}
            error={errors.role}
            options={PLATFORM_ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`) }))}
          />
          <Button kind="secondary">{t('admin.user.changeRole')}</Button>
        </form>
      ) : null}
      {can('resetPassword') ? (
        <Form action={`/admin/users/${user.id}/password-reset`} class="admin-action">
          <input type="hidden" name="version" value={version} />
          <p>{t('admin.user.resetHint')}</p>
          <Button kind="secondary">{t('admin.user.reset')}</Button>
        </Form>
      ) : null}
      {can('deactivate') ? (
        <div class="admin-action">
          <p>{user.status === 'pending' ? t('admin.user.declineHint') : t('admin.user.deactivateHint')}</p>
          <a class="button button--warning" href={`/admin/users/${user.id}/deactivate?version=${version}`}>
            {user.status === 'pending' ? t('admin.user.decline') : t('admin.user.deactivate')}
          </a>
        </div>
      ) : null}
      {!can('changeRole') ? <p class="muted">{t('admin.user.selfNote')}</p> : null}
    </section>
  );
}

/** `/admin/users/:id`: the account, its organisations, and what an admin can do with it. */
export function UserDetailPage({
  user,
  error,
  errors = {},
}: {
  user: AdminUserDetail;
  /** A refusal to show at the top (conflict, last admin…). */
  error?: string;
  errors?: FieldErrors;
}) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <AdminLayout title={user.name} section="users" crumbs={userCrumbs(user, t)}>
      <ErrorSummary errors={errors} />
      <ErrorNotice message={error} />
      <h2>{t('admin.user.details')}</h2>
      <Details user={user} />
      <Actions user={user} errors={errors} />
      <h2>{t('admin.user.memberships')}</h2>
      {user.memberships.length === 0 ? (
        <EmptyState message={t('admin.user.noMemberships')} />
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.col.organisation')}</th>
                <th scope="col">{t('admin.col.membershipRole')}</th>
                <th scope="col">{t('admin.col.since')}</th>
              </tr>
            </thead>
            <tbody>
              {user.memberships.map((m) => (
                <tr>
                  <th scope="row">
                    <a href={`/organisations/${m.organisationId}`}>{m.organisationName}</a>
                  </th>
                  <td>{t(`admin.membership.${m.role}`)}</td>
                  <td>{i18n.date(m.since)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={`/admin/audit?type=user&entity=${user.id}`}>{t('admin.user.history')}</a>
      </p>
    </AdminLayout>
  );
}

/** The separate step before deactivating: what will happen, then one red button. */
export function DeactivateConfirmPage({ user }: { user: AdminUserDetail }) {
  const i18n = useT();
  const { t } = i18n;
  const decline = user.status === 'pending';
  const title = decline
    ? t('admin.deactivate.declineTitle', { name: user.name })
    : t('admin.deactivate.title', { name: user.name });
  return (
    <AdminLayout title={title} section="users" crumbs={userCrumbs(user, t, title)}>
      <p>{t('admin.deactivate.body', { sessions: user.sessions, shown: i18n.number(user.sessions) })}</p>
      <p>{t('admin.deactivate.undo')}</p>
      <Form action={`/admin/users/${user.id}/deactivate`}>
        <input type="hidden" name="version" value={String(user.version)} />
        <div class="button-group">
          <Button kind="warning">{decline ? t('admin.user.decline') : t('admin.user.deactivate')}</Button>
          <a href={`/admin/users/${user.id}`}>{t('admin.cancel')}</a>
        </div>
      </Form>
    </AdminLayout>
  );
}

/** The separate step before a role change: from what to what, and what the new role may do. */
export function RoleConfirmPage({ user, role }: { user: AdminUserDetail; role: string }) {
  const { t } = useT();
  const title = t('admin.role.confirmTitle', { name: user.name });
  return (
    <AdminLayout title={title} section="users" crumbs={userCrumbs(user, t, title)}>
      <p>
        {t('admin.role.confirmBody', {
          name: user.name,
          from: t(`admin.role.${user.role}`),
          to: t(`admin.role.${role}`),
        })}
      </p>
      <p>{t(`admin.role.explain.${role}`)}</p>
      <Form action={`/admin/users/${user.id}/role`}>
        <input type="hidden" name="version" value={String(user.version)} />
        <input type="hidden" name="role" value={role} />
        <div class="button-group">
          <Button>{t('admin.user.changeRole')}</Button>
          <a href={`/admin/users/${user.id}`}>{t('admin.cancel')}</a>
        </div>
      </Form>
    </AdminLayout>
  );
}

/** Shown once, right after the reset link is made: only its hash is kept. */
export function ResetLinkPage({
  user,
  link,
  expiresAt,
}: {
  user: AdminUserDetail;
  link: string;
  expiresAt: string;
}) {
  const i18n = useT();
  const { t } = i18n;
  const title = t('admin.reset.title', { name: user.name });
  return (
    <AdminLayout title={title} section="users" crumbs={userCrumbs(user, t, title)}>
      <div class="notice notice--success" role="status">
        <p>{t('admin.reset.created', { name: user.name, expires: i18n.dateTime(expiresAt) })}</p>
      </div>
      <p class="secret" id="reset-link">
        {link}
      </p>
      <p>
        <button type="button" class="button button--secondary" data-copy="reset-link" hidden>
          {t('admin.copyLink')}
        </button>
      </p>
      <p>{t('admin.reset.once')}</p>
      <p>
        <a href={`/admin/users/${user.id}`}>{t('admin.backToUser', { name: user.name })}</a>
      </p>
    </AdminLayout>
  );
}
