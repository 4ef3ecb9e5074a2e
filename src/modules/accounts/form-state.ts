import type { Translator } from '../../i18n/translator.ts';
import type { FieldErrors } from '../../web/forms.ts';
import type { FieldKeys } from './result.ts';

/** What a form page is rendered with: the user's input (never passwords) and messages per field. */
export interface FormState {
  values: Record<string, string>;
  errors: FieldErrors;
}

export const EMPTY_FORM: FormState = { values: {}, errors: {} };

/** Keeps what the user typed to show it again, dropping every password field. */
export function keptValues(fields: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (key === '_csrf' || /password|confirmation/i.test(key)) continue;
    kept[key] = value;
  }
  return kept;
}

/** Translates a command's field → catalogue key errors. */
export function translateErrors(errors: FieldKeys, i18n: Translator): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, i18n.t(key)]));
}

/** The label of each account form field, as `fieldErrors` needs them to word its messages. */
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
