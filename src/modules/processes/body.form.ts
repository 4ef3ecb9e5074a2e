import type { z } from 'zod';
import { type Failure, problemsOf } from '../../commands/index.ts';
import type { Translator } from '../../i18n/translator.ts';
import { type FieldErrors, fieldErrors, translateProblems } from '../../web/form/index.ts';
import type { GovernmentRowInput } from './body.service.ts';
import type { governmentRowForm } from './process.schema.ts';

/** Labels of the coordinating body's form fields, as error messages name them. */
function bodyLabels(i18n: Translator): Record<string, string> {
  const { t } = i18n;
  return {
    name: t('body.field.name'),
    kind: t('body.field.kind'),
    mandate: t('body.field.mandate'),
    organisationId: t('body.members.organisation'),
    role: t('body.members.role'),
    ministryName: t('body.map.ministryName'),
    national: t('body.level.national'),
    regional: t('body.level.regional'),
    local: t('body.level.local'),
    nationalNote: t('body.map.note'),
    regionalNote: t('body.map.note'),
    localNote: t('body.map.note'),
    version: t('body.field.name'),
  };
}

/** A body form's schema errors, beside its fields. */
export function bodyInputErrors(error: z.ZodError, i18n: Translator): FieldErrors {
  return fieldErrors(error, i18n, bodyLabels(i18n));
}

/** A body command's failure, beside the form's fields. */
export function bodyCommandErrors(failure: Failure, i18n: Translator): FieldErrors {
  return translateProblems(problemsOf(failure), i18n, { labels: bodyLabels(i18n) });
}

/** A row of the whole-of-government map as the form sent it, as the service takes it. */
export function governmentInput(data: z.output<typeof governmentRowForm>): GovernmentRowInput {
  return {
    organisationId: data.organisationId ?? null,
    ministryName: data.ministryName ?? null,
    levels: {
      national: { takesPart: data.national, note: data.nationalNote ?? null },
      regional: { takesPart: data.regional, note: data.regionalNote ?? null },
      local: { takesPart: data.local, note: data.localNote ?? null },
    },
  };
}
