import { PASSWORD_MIN_LENGTH } from '../../auth/passwords.ts';
import { Button, ErrorSummary, Form, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { FormState } from './form-state.ts';

/** An invitation or reset link that is unknown, expired or already used: what to do instead. */
export function LinkInvalidPage({ kind }: { kind: 'invitation' | 'password-reset' }) {
  const { t } = useT();
  const title =
    kind === 'invitation' ? t('account.invitation.invalid.title') : t('account.reset.invalid.title');
  return (
    <Layout title={title}>
      <PageHeading title={title} />
      <p>{kind === 'invitation' ? t('account.invitation.invalid.body') : t('account.reset.invalid.body')}</p>
      <p>{t('account.link.invalid.why')}</p>
      <p>
        <a href="/sign-in">{t('account.link.invalid.signIn')}</a>
      </p>
    </Layout>
  );
}

function PasswordFields({ errors, label }: { errors: FormState['errors']; label: string }) {
  const { t } = useT();
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={label}
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
    </>
  );
}

/** Accepting an invitation: choose a name and a password; the account is active at once. */
export function InvitationPage({
  secret,
  email,
  values,
  errors,
}: FormState & { secret: string; email: string | null }) {
  const { t } = useT();
  return (
    <Layout title={t('account.invitation.title')}>
      <ErrorSummary errors={errors} />
      <PageHeading title={t('account.invitation.title')} lead={t('account.invitation.lead')} />
      <Form action={`/invitations/${secret}`}>
        {email ? (
          <div class={errors.email ? 'field field--error' : 'field'}>
            <p class="field__label" id="email">
              {t('account.field.email')}
            </p>
            {errors.email ? <p class="field__error">{errors.email}</p> : null}
            <p>
              <bdi dir="ltr">{email}</bdi>
            </p>
          </div>
        ) : (
          <TextField
            name="email"
            type="email"
            label={t('account.field.email')}
            value={values.email}
            error={errors.email}
            autocomplete="email"
          />
        )}
        <TextField
          name="name"
          label={t('account.field.name')}
          hint={t('account.field.nameHint')}
          value={values.name}
          error={errors.name}
          autocomplete="name"
        />
        <PasswordFields errors={errors} label={t('account.field.password')} />
        <Button>{t('account.invitation.submit')}</Button>
      </Form>
    </Layout>
  );
}

/** Choosing a new password from a reset link. */
export function ResetPasswordPage({
  secret,
  email,
  errors,
}: Omit<FormState, 'values'> & { secret: string; email: string }) {
  const { t } = useT();
  return (
    <Layout title={t('account.reset.title')}>
      <ErrorSummary errors={errors} />
      <PageHeading title={t('account.reset.title')} lead={t('account.reset.lead', { email })} />
      <Form action={`/reset-password/${secret}`}>
        <PasswordFields errors={errors} label={t('account.field.newPassword')} />
        <Button>{t('account.reset.submit')}</Button>
      </Form>
    </Layout>
  );
}
