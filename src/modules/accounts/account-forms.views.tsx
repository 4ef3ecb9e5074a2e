import { PASSWORD_MIN_LENGTH } from '../../auth/passwords.ts';
import { Button, ErrorSummary, Form, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { FormState } from './form-state.ts';

function useAccountCrumbs(label: string) {
  const { t } = useT();
  return [{ label: t('account.title'), href: '/account' }, { label }];
}

/** Changing your name; the form carries the version it was loaded with. */
export function ChangeNamePage({ values, errors, version }: FormState & { version: number }) {
  const { t } = useT();
  const title = t('account.name.title');
  return (
    <Layout title={title} breadcrumbs={useAccountCrumbs(title)}>
      <ErrorSummary errors={errors} />
      <PageHeading title={title} />
      <Form action="/account/name">
        <input type="hidden" name="version" value={String(version)} />
        <TextField
          name="name"
          label={t('account.field.name')}
          hint={t('account.field.nameHint')}
          value={values.name}
          error={errors.name}
          autocomplete="name"
        />
        <div class="button-group">
          <Button>{t('account.name.submit')}</Button>
          <a href="/account">{t('account.cancel')}</a>
        </div>
      </Form>
    </Layout>
  );
}

/** Changing your password: the current one first, then the new one twice. */
export function ChangePasswordPage({ errors }: Pick<FormState, 'errors'>) {
  const { t } = useT();
  const title = t('account.password.title');
  return (
    <Layout title={title} breadcrumbs={useAccountCrumbs(title)}>
      <ErrorSummary errors={errors} />
      <PageHeading title={title} lead={t('account.password.lead')} />
      <Form action="/account/password">
        <TextField
          name="currentPassword"
          type="password"
          label={t('account.field.currentPassword')}
          error={errors.currentPassword}
          autocomplete="current-password"
          width="half"
        />
        <TextField
          name="password"
          type="password"
          label={t('account.field.newPassword')}
          hint={t('account.field.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          error={errors.password}
          autocomplete="new-password"
          width="half"
        />
        <TextField
          name="confirmation"
          type="password"
          label={t('account.field.confirmation')}
          error={errors.confirmation}
          autocomplete="new-password"
          width="half"
        />
        <div class="button-group">
          <Button>{t('account.password.submit')}</Button>
          <a href="/account">{t('account.cancel')}</a>
        </div>
      </Form>
    </Layout>
  );
}

/** The confirmation step before ending every session, this one included. */
export function SignOutEverywherePage({
  sessionCount,
  tokenCount,
}: {
  sessionCount: number;
  tokenCount: number;
}) {
  const { t } = useT();
  const title = t('account.sessions.revokeAll.title');
  return (
    <Layout title={title} breadcrumbs={useAccountCrumbs(title)}>
      <PageHeading title={title} />
      <p>{t('account.sessions.revokeAll.body', { count: sessionCount })}</p>
      <p>{t('account.sessions.revokeAll.when')}</p>
      <Form action="/account/sessions/revoke-all">
        {tokenCount > 0 ? (
          <div class="field checkbox">
            <input type="checkbox" id="revokeTokens" name="revokeTokens" value="1" checked />
            <label for="revokeTokens">{t('account.sessions.revokeAll.tokens', { count: tokenCount })}</label>
          </div>
        ) : null}
        <div class="button-group">
          <Button kind="warning">{t('account.sessions.revokeAll.submit')}</Button>
          <a href="/account">{t('account.cancel')}</a>
        </div>
      </Form>
    </Layout>
  );
}
