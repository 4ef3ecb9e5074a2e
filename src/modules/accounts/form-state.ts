import type { Translator } from '../../i18n/translator.ts';
import type { FieldErrors } from '../../web/form/index.ts';

/** What an account form page is drawn with: the user's input (never passwords) and messages per field. */
export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
}

export const EMPTY_FORM: FormState = { values: {}, errors: {} };

/** The label of each account form field, as the form kit needs them to word its messages. */
export function fieldLabels(
  i18n: Translator,
  overrides: Record<string, string> = {},
): Record<string, string> {
  const { t } = i18n;
  return {
    name: t('account.field.name'),
    email: t('account.field.email'),
    organisation: t('account.field.organisation'),
    password: t('account.field.password'),
    confirmation: t('account.field.confirmation'),
    currentPassword: t('account.field.currentPassword'),
    version: t('account.field.name'),
    ...overrides,
  };
}
