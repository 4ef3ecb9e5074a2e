import { Form } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { MyInvitation } from './invitation.service.ts';

/** The invitations waiting for the reader's answer, each with "accept" and "decline". */
export function InvitationsPage({ invitations }: { invitations: MyInvitation[] }) {
  const i18n = useT();
  const { t } = i18n;
  const title = t('process.invitations.title');
  return (
    <Layout
      title={title}
      breadcrumbs={[{ label: t('process.list.title'), href: '/processes' }, { label: title }]}
    >
      <PageHeading title={title} lead={t('process.invitations.lead')} />
      {invitations.length === 0 ? <p class="muted">{t('process.invitations.empty')}</p> : null}
      <ul class="item-list">
        {invitations.map((invitation) => {
          const role = t(`process.role.${invitation.role}`);
          const date = i18n.date(invitation.createdAt);
          return (
            <li>
              <h2>{invitation.processTitle}</h2>
              <p>
                {invitation.invitedBy
                  ? t('process.invitations.by', { role, name: invitation.invitedBy, date })
                  : t('process.invitations.byUnknown', { role, date })}{' '}
                <span class="muted">{t(`process.role.${invitation.role}.hint`)}</span>
              </p>
              <div class="button-group">
                <Form action={`/processes/invitations/${invitation.id}/accept`} class="inline-form">
                  <button
                    type="submit"
                    class="button button--primary"
                    aria-label={t('process.invitations.acceptLabel', { title: invitation.processTitle })}
                  >
                    {t('process.invitations.accept')}
                  </button>
                </Form>
                <Form action={`/processes/invitations/${invitation.id}/decline`} class="inline-form">
                  <button
                    type="submit"
                    class="button button--secondary"
                    aria-label={t('process.invitations.declineLabel', { title: invitation.processTitle })}
                  >
                    {t('process.invitations.decline')}
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
