import { Form } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';

/** An invitation to join an organisation, as the invited person sees it. */
export interface MyOrganisationInvitation {
  id: string;
  organisationName: string;
  role: string;
  invitedBy: string | null;
  createdAt: string;
}

/** The invitations to organisations waiting for the reader's answer. */
export function OrganisationInvitationsPage({ invitations }: { invitations: MyOrganisationInvitation[] }) {
  const i18n = useT();
  const { t } = i18n;
  const title = t('org.invitations.title');
  return (
    <Layout
      title={title}
      breadcrumbs={[{ label: t('org.list.title'), href: '/organisations' }, { label: title }]}
    >
      <PageHeading title={title} lead={t('org.invitations.lead')} />
      {invitations.length === 0 ? <p class="muted">{t('org.invitations.empty')}</p> : null}
      <ul class="item-list">
        {invitations.map((invitation) => {
          const role = t(`org.role.${invitation.role}`);
          const date = i18n.date(invitation.createdAt);
          const name = invitation.organisationName;
          return (
            <li>
              <h2>{name}</h2>
              <p>
                {invitation.invitedBy
                  ? t('org.invitations.by', { role, name: invitation.invitedBy, date })
                  : t('org.invitations.byUnknown', { role, date })}
              </p>
              <div class="button-group">
                <Form action={`/organisations/invitations/${invitation.id}/accept`} class="inline-form">
                  <button
                    type="submit"
                    class="button button--primary"
                    aria-label={t('org.invitations.acceptLabel', { name })}
                  >
                    {t('org.invitations.accept')}
                  </button>
                </Form>
                <Form action={`/organisations/invitations/${invitation.id}/decline`} class="inline-form">
                  <button
                    type="submit"
                    class="button button--secondary"
                    aria-label={t('org.invitations.declineLabel', { name })}
                  >
                    {t('org.invitations.decline')}
                  </button>
                </Form>
              </div>
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}
