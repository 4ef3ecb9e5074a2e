import { EmptyState } from '../../web/components/empty-state.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { Account } from './account.presenter.ts';
import type { MembershipSummary } from './account.repository.ts';
import { MembershipRoleLabel, RoleLabel } from './labels.tsx';

export interface AccountOverview {
  account: Account;
  memberships: MembershipSummary[];
  sessionCount: number;
  tokenCount: number;
}

/** The account page: who you are, where you belong, and how you are signed in. */
export function AccountPage({ account, memberships, sessionCount, tokenCount }: AccountOverview) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <Layout title={t('account.title')} breadcrumbs={[{ label: t('account.title') }]}>
      <PageHeading title={t('account.title')} caption={account.name} />
      <h2>{t('account.details')}</h2>
      <dl class="details">
        <dt>{t('account.field.name')}</dt>
        <dd>
          {account.name} · <a href="/account/name">{t('account.name.change')}</a>
        </dd>
        <dt>{t('account.field.email')}</dt>
        <dd>
          <bdi dir="ltr">{account.email}</bdi>
        </dd>
        <dt>{t('account.role')}</dt>
        <dd>
          <RoleLabel role={account.role} />
        </dd>
        <dt>{t('account.memberSince')}</dt>
        <dd>{i18n.date(account.createdAt, 'long')}</dd>
      </dl>
      <h2>{t('account.organisations')}</h2>
      {memberships.length === 0 ? (
        <EmptyState message={t('account.organisations.none')} />
      ) : (
        <div class="table-wrap account-table">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('account.organisations.name')}</th>
                <th scope="col">{t('account.organisations.role')}</th>
              </tr>
            </thead>
            <tbody>
              {memberships.map((m) => (
                <tr>
                  <td>
                    <a href={`/organisations/${m.organisationId}`}>{m.name}</a>
                    {m.acronym ? <span class="muted"> ({m.acronym})</span> : null}
                  </td>
                  <td>
                    <MembershipRoleLabel role={m.role} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('account.security')}</h2>
      <dl class="details">
        <dt>{t('account.field.password')}</dt>
        <dd>
          <a href="/account/password">{t('account.password.change')}</a>
        </dd>
        <dt>{t('account.sessions')}</dt>
        <dd>
          {t('account.sessions.count', { count: sessionCount })} ·{' '}
          <a href="/account/sessions/revoke-all">{t('account.sessions.revokeAll')}</a>
        </dd>
        <dt>{t('account.tokens')}</dt>
        <dd>
          {t('account.tokens.count', { count: tokenCount })} ·{' '}
          <a href="/account/tokens">{t('account.tokens.manage')}</a>
        </dd>
      </dl>
    </Layout>
  );
}
