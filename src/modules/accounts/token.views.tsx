import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { ApiToken } from './account.presenter.ts';
import type { CreatedToken } from './api-token.service.ts';
import type { FormState } from './form-state.ts';

function useTokenCrumbs(label?: string) {
  const { t } = useT();
  const account = { label: t('account.title'), href: '/account' };
  const tokens = { label: t('account.tokens'), href: '/account/tokens' };
  return label ? [account, tokens, { label }] : [account, { label: t('account.tokens') }];
}

/** The user's API tokens that still work, with a way to make a new one. */
export function TokenListPage({ tokens }: { tokens: ApiToken[] }) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <Layout title={t('account.tokens')} breadcrumbs={useTokenCrumbs()}>
      <PageHeading
        title={t('account.tokens')}
        lead={t('account.tokens.lead')}
        actions={
          <a class="button button--primary" href="/account/tokens/new">
            {t('account.tokens.create')}
          </a>
        }
      />
      {tokens.length === 0 ? (
        <EmptyState message={t('account.tokens.none')} />
      ) : (
        <div class="table-wrap account-table">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('account.tokens.name')}</th>
                <th scope="col">{t('account.tokens.prefix')}</th>
                <th scope="col">{t('account.tokens.created')}</th>
                <th scope="col">{t('account.tokens.lastUsed')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('account.tokens.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr>
                  <td>{token.name}</td>
                  <td>
                    <code dir="ltr">{token.prefix}…</code>
                  </td>
                  <td>{i18n.date(token.createdAt)}</td>
                  <td>
                    {token.lastUsedAt ? i18n.dateTime(token.lastUsedAt) : t('account.tokens.neverUsed')}
                  </td>
                  <td>
                    <a href={`/account/tokens/${token.id}/revoke`}>
                      {t('account.tokens.revoke')}
                      <span class="visually-hidden"> {token.name}</span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        {t('account.tokens.docs')} <a href="/api">{t('layout.footer.api')}</a>
      </p>
    </Layout>
  );
}

export function NewTokenPage({ values, errors }: FormState) {
  const { t } = useT();
  const title = t('account.tokens.new.title');
  return (
    <Layout title={title} breadcrumbs={useTokenCrumbs(title)}>
      <ErrorSummary errors={errors} />
      <PageHeading title={title} />
      <Form action="/account/tokens">
        <TextField
          name="name"
          label={t('account.tokens.name')}
          hint={t('account.tokens.nameHint')}
          value={values.name}
          error={errors.name}
          autocomplete="off"
        />
        <div class="button-group">
          <Button>{t('account.tokens.new.submit')}</Button>
          <a href="/account/tokens">{t('account.cancel')}</a>
        </div>
      </Form>
    </Layout>
  );
}

/** The one and only time the token is shown. */
export function TokenCreatedPage({ token, apiUrl }: { token: CreatedToken; apiUrl: string }) {
  const { t } = useT();
  const title = t('account.tokens.created.title');
  return (
    <Layout title={title} breadcrumbs={useTokenCrumbs(title)}>
      <PageHeading title={title} caption={token.name} />
      <div class="notice notice--warning" role="alert">
        <p>{t('account.tokens.created.once')}</p>
      </div>
      <p class="field__label">{t('account.tokens.created.label')}</p>
      <p class="secret" id="new-token">
        {token.secret}
      </p>
      <p>
        <button type="button" class="button button--secondary" data-copy="new-token" hidden>
          {t('account.tokens.created.copy')}
        </button>
      </p>
      <h2>{t('account.tokens.created.howTitle')}</h2>
      <p>{t('account.tokens.created.how')}</p>
      <pre>
        <code>{`curl -H "Authorization: Bearer ${token.secret}" ${apiUrl}/api/v1/me`}</code>
      </pre>
      <p>
        <a href="/account/tokens">{t('account.tokens.created.done')}</a>
      </p>
    </Layout>
  );
}

/** The confirmation step before revoking a token. */
export function RevokeTokenPage({ token }: { token: ApiToken }) {
  const i18n = useT();
  const { t } = i18n;
  const title = t('account.tokens.revoke.title');
  return (
    <Layout title={title} breadcrumbs={useTokenCrumbs(title)}>
      <PageHeading title={title} caption={token.name} />
      <p>{t('account.tokens.revoke.body', { name: token.name, prefix: token.prefix })}</p>
      <Form action={`/account/tokens/${token.id}/revoke`}>
        <div class="button-group">
          <Button kind="warning">{t('account.tokens.revoke.submit')}</Button>
          <a href="/account/tokens">{t('account.cancel')}</a>
        </div>
      </Form>
    </Layout>
  );
}
