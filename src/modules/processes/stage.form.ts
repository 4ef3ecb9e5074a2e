import type { z } from 'zod';
import { type Failure, problemsOf } from '../../commands/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import { type FieldErrors, fieldErrors, translateProblems } from '../../web/form/index.ts';

/** Labels of the stage and deliverable forms' fields, as error messages name them. */
function stageLabels(i18n: Translator): Record<string, string> {
  const { t } = i18n;
  return {
    status: t('stage.field.status'),
    startDate: t('stage.field.start'),
    endDate: t('stage.field.end'),
    notes: t('stage.field.notes'),
    version: t('stage.field.status'),
    title: t('stage.deliverable.field.title'),
    url: t('stage.deliverable.field.url'),
    note: t('stage.deliverable.field.note'),
  };
}

/** A stage form's schema errors, beside its fields. */
export function stageInputErrors(error: z.ZodError, i18n: Translator): FieldErrors {
  return fieldErrors(error, i18n, stageLabels(i18n));
}

/** A stage command's failure, beside the form's fields. */
export function stageCommandErrors(failure: Failure, i18n: Translator): FieldErrors {
  return translateProblems(problemsOf(failure), i18n, { labels: stageLabels(i18n) });
}
