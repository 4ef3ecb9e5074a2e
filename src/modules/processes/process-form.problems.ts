import type { z } from 'zod';
import type { Translator } from '../../i18n/translator.ts';
import { type FieldErrors, fieldErrors } from '../../web/form/index.ts';

/** Labels of the process form's fields, in form order, as error messages name them. */
export function processLabels(i18n: Translator): Record<string, string> {
  const { t } = i18n;
  return {
    title: t('process.field.title'),
    countryAlpha3: t('process.field.country'),
    areaId: t('process.field.areaExisting'),
    newAreaName: t('process.field.newAreaName'),
    newAreaLevel: t('process.field.newAreaLevel'),
    newAreaParentId: t('process.field.newAreaParent'),
    planName: t('process.field.planName'),
    periodStart: t('process.field.periodStart'),
    periodEnd: t('process.field.periodEnd'),
    leadOrganisationId: t('process.field.lead'),
    visibility: t('process.field.visibility'),
    summary: t('process.field.summary'),
    tags: t('taxonomy.picker.legend'),
    version: t('process.field.title'),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The process form's schema errors, plus the period's order when both dates are well formed, in
 * form order: the service checks the order only once everything else is valid, and a form must
 * show every problem at once rather than one more after each fix.
 */
export function processFormErrors(
  error: z.ZodError,
  fields: Record<string, string>,
  i18n: Translator,
): FieldErrors {
  const labels = processLabels(i18n);
  const errors = fieldErrors(error, i18n, labels);
  const start = fields.periodStart?.trim() ?? '';
  const end = fields.periodEnd?.trim() ?? '';
  if (!errors.periodStart && !errors.periodEnd && ISO_DATE.test(start) && ISO_DATE.test(end) && end <= start)
    errors.periodEnd = i18n.t('process.error.endBeforeStart');
  const order = Object.keys(labels);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return Object.fromEntries(Object.entries(errors).sort(([a], [b]) => rank(a) - rank(b)));
}
