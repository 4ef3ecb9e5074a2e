import { Button, ErrorSummary, Form, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { FormState } from './form-state.ts';

/** Why a correct password still did not sign someone in. */
export type SignInNotice = 'pending' | 'deactivated';

export function SignInPage({
  values,
  errors,
  next,
  notice,
}: FormState & { next: string; notice?: SignInNotice }) {
  const { t } = useT();
  return (
    <Layout title={t('account.signIn.title')} breadcrumbs={[{ label: t('account.signIn.title') }]}>
      <ErrorSummary errors={errors} />
      {notice ? (
        <div class="notice notice--warning" role="alert">
          <h2 class="notice__title">
            {notice === 'pending' ? t('account.signIn.pending.title') : t('account.signIn.deactivated.title')}
          </h2>
          <p>
            {notice === 'pending' ? t('account.signIn.pending.body') : t('account.signIn.deactivated.body')}
          </p>
        </div>
      ) : null}
      <PageHeading title={t('account.signIn.title')} />
      <Form action="/sign-in">
        <input type="hidden" name="next" value={next} />
        <TextField
          name="email"
          type="email"
          label={t('account.field.email')}
          value={values.email}
          error={errors.email}
          autocomplete="username"
        />
        <TextField
          name="password"
          type="password"
          label={t('account.field.password')}
          error={errors.password}
          autocomplete="current-password"
          width="half"
        />
        <Button>{t('account.signIn.submit')}</Button>
      </Form>
      <h2>{t('account.signIn.noAccountTitle')}</h2>
      <p>
        <a href="/sign-up">{t('account.signIn.createAccount')}</a>
      </p>
      <h2>{t('account.signIn.forgotTitle')}</h2>
      <p>{t('account.signIn.forgotBody')}</p>
    </Layout>
  );
}
