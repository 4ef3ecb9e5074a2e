import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, ErrorSummary, Form, SelectField, TextField } from '../../web/components/form.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { AdminLayout } from './admin.layout.tsx';
import { PLATFORM_ROLES } from './admin.schema.ts';
import type { OpenInvitation } from './invitation.repository.ts';

export interface CreatedInvitation {
  email: string;
  link: string;
  expiresAt: string;
  replaced: number;
}

/** `/admin/invitations`: invite by email with a role, then the open invitations with revoke. */
export function InvitationsPage({
  invitations,
  values = {},
  errors = {},
  created,
}: {
  invitations: OpenInvitation[];
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** The invitation just made: its link is shown this once. */
  created?: CreatedInvitation;
}) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <AdminLayout
      title={t('admin.invitations.title')}
      section="invitations"
      crumbs={[{ label: t('admin.invitations.title') }]}
    >
      {created ? (
        <section class="invitation-created" aria-labelledby="created-heading">
          <div class="notice notice--success" role="status">
            <h2 id="created-heading" class="notice__title">
              {t('admin.invitations.created', { email: created.email })}
            </h2>
            <p>{t('admin.invitations.createdBody', { expires: i18n.dateTime(created.expiresAt) })}</p>
            {created.replaced > 0 ? <p>{t('admin.invitations.replaced')}</p> : null}
          </div>
          <p class="secret" id="invitation-link">
            {created.link}
          </p>
          <p>
            <button type="button" class="button button--secondary" data-copy="invitation-link" hidden>
              {t('admin.copyLink')}
            </button>
          </p>
        </section>
      ) : null}
      <ErrorSummary errors={errors} />
      <h2>{t('admin.invitations.new')}</h2>
      <p>{t('admin.invitations.lead')}</p>
      <Form action="/admin/invitations">
        <TextField
          name="email"
          type="email"
          label={t('admin.invitations.email')}
          hint={t('admin.invitations.emailHint')}
          autocomplete="off"
          value={values.email}
          error={errors.email}
          maxLength={254}
        />
        <SelectField
          name="role"
          label={t('admin.col.role')}
          value={values.role ?? 'user'}
          error={errors.role}
          options={PLATFORM_ROLES.map((r) => ({ value: r, label: t(`admin.role.${r}`) }))}
        />
        <Button>{t('admin.invitations.submit')}</Button>
      </Form>
      <h2 id="open-heading">{t('admin.invitations.open')}</h2>
      {invitations.length === 0 ? (
        <EmptyState message={t('admin.invitations.none')} />
      ) : (
        <div class="table-wrap">
          <table aria-labelledby="open-heading">
            <thead>
              <tr>
                <th scope="col">{t('admin.col.email')}</th>
                <th scope="col">{t('admin.col.role')}</th>
                <th scope="col">{t('admin.col.expires')}</th>
                <th scope="col">{t('admin.col.createdBy')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('admin.col.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((inv) => (
                <tr>
                  <th scope="row">
                    <bdi>{inv.email}</bdi>
                  </th>
                  <td>{t(`admin.role.${inv.role}`)}</td>
                  <td>{i18n.date(inv.expiresAt)}</td>
                  <td>
                    {inv.createdBy ? (
                      <a href={`/admin/users/${inv.createdBy}`}>{inv.createdByName ?? inv.createdBy}</a>
                    ) : (
                      t('admin.audit.system')
                    )}
                  </td>
                  <td>
                    <Form action={`/admin/invitations/${inv.id}/revoke`} class="inline-form">
                      <button type="submit" class="link-button">
                        {t('admin.invitations.revoke')}
                        <span class="visually-hidden"> {inv.email}</span>
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}
