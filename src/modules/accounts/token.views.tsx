import { TOKEN_SCOPES } from '../../auth/auth.table.ts';
import { EmptyState } from '../../web/components/empty-state.tsx';
import { Button, ErrorSummary, Form, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import { type ApiToken, hasExpired } from './account.presenter.ts';
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
                <th scope="col">{t('account.tokens.scope')}</th>
                <th scope="col">{t('account.tokens.created')}</th>
                <th scope="col">{t('account.tokens.expires')}</th>
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
                  <td>{t(`account.tokens.scope.${token.scope}`)}</td>
                  <td>{i18n.date(token.createdAt)}</td>
                  <td>
                    {token.expiresAt === null ? (
                      t('account.tokens.neverExpires')
                    ) : hasExpired(token) ? (
                      <span class="tag tag--error">
                        {t('account.tokens.expired', { date: i18n.date(token.expiresAt) })}
                      </span>
                    ) : (
                      i18n.date(token.expiresAt)
                    )}
                  </td>
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

/** Read only or read and change, as radios with a hint each (no choice is sent if none is ticked). */
function ScopeChoice({ value, error }: { value?: string; error?: string }) {
  const { t } = useT();
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset class="radios" id="scope" aria-describedby={error ? 'scope-error' : undefined}>
        <legend class="field__label">{t('account.tokens.scope.legend')}</legend>
        {error ? (
          <p class="field__error" id="scope-error">
            {error}
          </p>
        ) : null}
        {TOKEN_SCOPES.map((scope) => (
          <div class="radios__item">
            <input type="radio" id={`scope-${scope}`} name="scope" value={scope} checked={scope === value} />
            <label for={`scope-${scope}`}>
              {t(`account.tokens.scope.${scope}`)}
              <span class="radios__hint">{t(`account.tokens.scope.${scope}.hint`)}</span>
            </label>
          </div>
        ))}
      </fieldset>
    </div>
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
        <ScopeChoice value={values.scope} error={errors.scope} />
        <TextField
          name="expiresOn"
          type="date"
          label={t('account.tokens.expiresOn')}
          hint={t('account.tokens.expiresHint')}
          value={values.expiresOn}
          error={errors.expiresOn}
          width="short"
          optional
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
