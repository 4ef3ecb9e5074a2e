import type { z } from 'zod';
import type { Translator } from '../i18n/translator.ts';
import { REQUIRED_MESSAGE } from './zod-messages.ts';

/** Field name → message already in the reader's language. Insertion order is form order. */
export type FieldErrors = Record<string, string>;

/**
 * Turns Zod issues into sentences that say how to fix the field ("Enter your email address"),
 * using each field's label. A schema may also carry a catalogue key as a custom message.
 */
export function fieldErrors(
  error: z.ZodError,
  i18n: Translator,
  labels: Record<string, string>,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    if (errors[field]) continue;
    const label = labels[field] ?? field;
    errors[field] = describeIssue(issue, i18n, label);
  }
  return errors;
}

function describeIssue(issue: z.core.$ZodIssue, i18n: Translator, label: string): string {
  const { t } = i18n;
  const lower = label.charAt(0).toLocaleLowerCase(i18n.locale) + label.slice(1);
  if (issue.message?.includes('.') && !issue.message.includes(' ')) return t(issue.message, { field: lower });
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1 && issue.origin === 'string'
        ? t('form.required', { field: lower })
        : t('form.tooShort', { field: label, min: Number(issue.minimum) });
    case 'too_big':
      return t('form.tooLong', { field: label, max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('form.invalidEmail') : t('form.invalid', { field: lower });
    case 'invalid_value':
      return t('form.invalidChoice', { field: lower });
    case 'invalid_type':
      return issue.message === REQUIRED_MESSAGE
        ? t('form.required', { field: lower })
        : t('form.invalid', { field: lower });
    default:
      return t('form.invalid', { field: lower });
  }
}

/** Form bodies arrive as strings (or arrays for repeated fields); keep only the first string of each. */
export function formFields(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!body || typeof body !== 'object') return out;
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string') out[key] = value;
    else if (Array.isArray(value) && typeof value[0] === 'string') out[key] = value[0];
  }
  return out;
}
