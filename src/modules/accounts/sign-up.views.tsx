import { PASSWORD_MIN_LENGTH } from '../../auth/passwords.ts';
import { Button, ErrorSummary, Form, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { FormState } from './form-state.ts';

/** The sign-up form: a request for an account that an administrator approves. */
export function SignUpPage({ values, errors }: FormState) {
  const { t } = useT();
  return (
    <Layout title={t('account.signUp.title')} breadcrumbs={[{ label: t('account.signUp.title') }]}>
      <ErrorSummary errors={errors} />
      <PageHeading title={t('account.signUp.title')} lead={t('account.signUp.lead')} />
      <Form action="/sign-up">
        <TextField
          name="name"
          label={t('account.field.name')}
          hint={t('account.field.nameHint')}
          value={values.name}
          error={errors.name}
          autocomplete="name"
        />
        <TextField
          name="email"
          type="email"
          label={t('account.field.email')}
          hint={t('account.signUp.emailHint')}
          value={values.email}
          error={errors.email}
          autocomplete="email"
        />
        <TextField
          name="organisation"
          label={t('account.field.organisation')}
          hint={t('account.signUp.organisationHint')}
          value={values.organisation}
          error={errors.organisation}
          autocomplete="organization"
          optional
        />
        <TextField
          name="password"
          type="password"
          label={t('account.field.password')}
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
        <Button>{t('account.signUp.submit')}</Button>
      </Form>
      <p>
        {t('account.signUp.haveAccount')} <a href="/sign-in">{t('account.signUp.signInLink')}</a>
      </p>
    </Layout>
  );
}

/** Shown after signing up: nothing more to do until an administrator approves the account. */
export function SignUpPendingPage() {
  const { t } = useT();
  return (
    <Layout title={t('account.pending.title')}>
      <PageHeading title={t('account.pending.title')} />
      <div class="notice notice--success" role="status">
        <p>{t('account.pending.received')}</p>
      </div>
      <p>{t('account.pending.body')}</p>
      <p>{t('account.pending.noEmail')}</p>
      <p>{t('account.pending.haveAccount')}</p>
      <p>
        <a href="/">{t('error.backHome')}</a>
      </p>
    </Layout>
  );
}
