import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Translator } from '../../i18n/translator.ts';
import { type FieldErrors, fieldErrors } from '../../web/forms.ts';
import type { FieldKeys } from './process.result.ts';

/** Every value of a repeated form field (checkboxes), as strings. */
export function formList(body: unknown, name: string): string[] {
  if (!body || typeof body !== 'object') return [];
  const value = (body as Record<string, unknown>)[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** What the user typed, to show it again (never the CSRF token). */
export function kept(fields: Record<string, string>): Record<string, string> {
  const { _csrf: _token, ...rest } = fields;
  return rest;
}

function lower(label: string, i18n: Translator): string {
  return label.charAt(0).toLocaleLowerCase(i18n.locale) + label.slice(1);
}

/** Turns a command's field → key errors into sentences, naming the field where the message does. */
export function commandErrors(
  errors: FieldKeys,
  i18n: Translator,
  labels: Record<string, string>,
): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [
      field,
      i18n.t(key, { field: lower(labels[field] ?? field, i18n) }),
    ]),
  );
}

/** Zod issues in words that say how to fix each field. */
export function inputErrors(
  error: z.ZodError,
  i18n: Translator,
  labels: Record<string, string>,
): FieldErrors {
  return fieldErrors(error, i18n, labels);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The form's Zod errors, plus the period's order when both dates are well formed, in form order
 * (the order of `labels`): the service checks the order only once everything else is valid, and a
 * form must show every problem at once rather than one more after each fix.
 */
export function processInputErrors(
  error: z.ZodError,
  fields: Record<string, string>,
  i18n: Translator,
  labels: Record<string, string>,
): FieldErrors {
  const errors = inputErrors(error, i18n, labels);
  const start = fields.periodStart?.trim() ?? '';
  const end = fields.periodEnd?.trim() ?? '';
  if (!errors.periodStart && !errors.periodEnd && ISO_DATE.test(start) && ISO_DATE.test(end) && end <= start)
    errors.periodEnd = i18n.t('process.error.endBeforeStart');
  const order = Object.keys(labels);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}

/** The signed-in user's id, or null (the route policy has already turned anonymous visitors away). */
export function actorIdOf(request: FastifyRequest): string | null {
  return request.actor.kind === 'user' ? request.actor.user.id : null;
}
