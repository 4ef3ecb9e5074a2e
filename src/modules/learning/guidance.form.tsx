import { Button, SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import { type FieldErrors, FormPage } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { TagPicker, type TermRecord } from '../taxonomy/index.ts';
import { GUIDANCE_LIMITS, type GuidanceDraft } from './guidance.schema.ts';
import { CONTENT_LOCALES, GUIDANCE_KINDS } from './learning.table.ts';

/** The order of the fields, for the error summary. */
export const GUIDANCE_FIELDS = [
  'kind',
  'locale',
  'translationOf',
  'title',
  'summary',
  'body',
  'checklistTemplateId',
  'tags',
  'changeNote',
];

/** The form to add a guidance document (or a translation of one) or to save a new version. */
export function GuidanceFormPage({
  mode,
  action,
  draft,
  errors,
  version,
  conflict,
  recordId,
  terms,
  translations,
}: {
  mode: 'create' | 'update';
  action: string;
  draft: GuidanceDraft;
  errors: FieldErrors;
  version?: number;
  conflict?: boolean;
  recordId?: string;
  terms: TermRecord[];
  translations: { value: string; label: string }[];
}) {
  const { t } = useT();
  const title = mode === 'create' ? t('guidance.form.createTitle') : t('guidance.form.editTitle');
  return (
    <FormPage
      title={title}
      breadcrumbs={[
        { label: t('guidance.list.title'), href: '/guidance' },
        ...(recordId ? [{ label: draft.title, href: `/guidance/${recordId}` }] : []),
        { label: title },
      ]}
      action={action}
      errors={errors}
      version={version}
      conflict={conflict}
      savedHref={recordId ? `/guidance/${recordId}` : undefined}
      wide
    >
      <SelectField
        name="kind"
        label={t('guidance.field.kind')}
        value={draft.kind}
        error={errors.kind}
        options={GUIDANCE_KINDS.map((k) => ({ value: k, label: t(`guidance.kind.${k}`) }))}
      />
      <SelectField
        name="locale"
        label={t('guidance.field.locale')}
        value={draft.locale}
        error={errors.locale}
        options={CONTENT_LOCALES.map((l) => ({ value: l, label: t(`learning.locale.${l}`) }))}
      />
      {mode === 'create' ? (
        <SelectField
          name="translationOf"
          label={t('guidance.field.translationOf')}
          hint={t('guidance.field.translationOfHint')}
          value={draft.translationOf}
          error={errors.translationOf}
          optional
          placeholder={t('guidance.field.translationNone')}
          options={translations}
        />
      ) : null}
      <TextField
        name="title"
        label={t('guidance.field.title')}
        value={draft.title}
        error={errors.title}
        maxLength={GUIDANCE_LIMITS.title}
      />
      <TextArea
        name="summary"
        label={t('guidance.field.summary')}
        value={draft.summary}
        error={errors.summary}
        rows={3}
        maxLength={GUIDANCE_LIMITS.summary}
      />
      <TextArea
        name="body"
        label={t('guidance.field.body')}
        hint={t('guidance.field.bodyHint')}
        value={draft.body}
        error={errors.body}
        rows={16}
        maxLength={GUIDANCE_LIMITS.body}
      />
      <TextField
        name="checklistTemplateId"
        label={t('guidance.field.checklist')}
        hint={t('guidance.field.checklistHint')}
        value={draft.checklistTemplateId}
        error={errors.checklistTemplateId}
        optional
        width="half"
      />
      <TagPicker terms={terms} selected={draft.tags} error={errors.tags} legend={t('guidance.field.tags')} />
      <TextField
        name="changeNote"
        label={t('guidance.field.changeNote')}
        hint={mode === 'create' ? t('guidance.field.changeNoteFirst') : t('guidance.field.changeNoteHint')}
        value={draft.changeNote}
        error={errors.changeNote}
        optional={mode === 'create'}
        maxLength={GUIDANCE_LIMITS.changeNote}
      />
      <Button>{mode === 'create' ? t('guidance.form.create') : t('guidance.form.save')}</Button>
    </FormPage>
  );
}
