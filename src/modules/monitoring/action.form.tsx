import { DateInput } from '../../web/components/date-input.tsx';
import { Button, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import { BLANK_ROWS, ConflictNotice, type FieldErrors } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { ProcessFrame, type ProcessSpace } from '../processes/index.ts';
import { TagPicker } from '../taxonomy/index.ts';
import type { ActionDraft } from './action.schema.ts';
import { OrganisationField, OrganisationSuggestions } from './monitoring.components.tsx';
import { LIMITS } from './monitoring.limits.ts';
import { ACTION_STATUSES, STAGE_KEYS } from './monitoring.table.ts';
import type { TermRecord } from './monitoring.tags.ts';
import type { OrganisationRef } from './organisation-lookup.ts';

/** The form to add or change an action. Works without JavaScript; keeps the user's text on error. */
export function ActionFormPage({
  context,
  mode,
  draft,
  errors,
  version,
  conflict,
  actionId,
  organisations,
  terms,
}: {
  context: ProcessSpace;
  mode: 'create' | 'update';
  draft: ActionDraft;
  errors: FieldErrors;
  version?: number;
  conflict?: boolean;
  actionId?: string;
  organisations: OrganisationRef[];
  terms: TermRecord[];
}) {
  const { t } = useT();
  const base = `/processes/${context.process.id}/actions`;
  const title = mode === 'create' ? t('action.form.createTitle') : t('action.form.editTitle');
  const dateLabels = {
    day: t('monitoring.date.day'),
    month: t('monitoring.date.month'),
    year: t('monitoring.date.year'),
  };
  const partnerRows = [...draft.partners, ...Array<string>(BLANK_ROWS).fill('')];
  const cancelHref = mode === 'create' ? base : `${base}/${actionId}`;
  return (
    <ProcessFrame
      process={context.frame}
      active="actions"
      title={title}
      trail={
        mode === 'update'
          ? [{ label: draft.title || t('action.caption'), href: cancelHref }, { label: title }]
          : [{ label: title }]
      }
    >
      {conflict ? <ConflictNotice savedHref={cancelHref} savedLabelKey="action.form.seeSaved" /> : null}
      <ErrorSummary errors={errors} />
      <Form action={mode === 'create' ? base : `${base}/${actionId}/edit`} class="form form--wide">
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        <TextField
          name="title"
          label={t('action.field.title')}
          hint={t('action.hint.title')}
          value={draft.title}
          error={errors.title}
          maxLength={LIMITS.title}
        />
        <TextArea
          name="answers"
          label={t('action.field.answers')}
          hint={t('action.hint.answers')}
          value={draft.answers}
          error={errors.answers}
          optional
          rows={3}
        />
        <TextField
          name="gapRef"
          label={t('action.field.gapRef')}
          hint={t('action.hint.gapRef')}
          value={draft.gapRef}
          error={errors.gapRef}
          optional
          maxLength={LIMITS.gapRef}
        />
        <OrganisationSuggestions id="organisation-suggestions" organisations={organisations} />
        <OrganisationField
          name="responsibleOrganisation"
          label={t('action.field.responsible')}
          hint={t('action.hint.organisation')}
          value={draft.responsibleOrganisation}
          error={errors.responsibleOrganisation}
          listId="organisation-suggestions"
          optional
        />
        <fieldset class="field" id="partners">
          <legend class="field__label">
            {t('action.field.partners')} <span class="field__optional">{t('form.optional')}</span>
          </legend>
          <p class="field__hint">{t('action.hint.partners', { count: BLANK_ROWS })}</p>
          {errors.partners ? <p class="field__error">{errors.partners}</p> : null}
          {partnerRows.map((value, i) => (
            <OrganisationField
              name={`partners.${i}`}
              label={t('action.form.partner', { number: i + 1 })}
              value={value}
              error={errors[`partners.${i}`]}
              listId="organisation-suggestions"
            />
          ))}
        </fieldset>
        <DateInput
          name="startDate"
          legend={t('action.field.startDate')}
          hint={t('action.hint.date')}
          value={draft.startDate}
          error={errors.startDate}
          labels={dateLabels}
          optional
        />
        <DateInput
          name="endDate"
          legend={t('action.field.endDate')}
          hint={t('action.hint.endDate')}
          value={draft.endDate}
          error={errors.endDate}
          labels={dateLabels}
          optional
        />
        <fieldset class="field">
          <legend class="field__label">
            {t('action.field.budget')} <span class="field__optional">{t('form.optional')}</span>
          </legend>
          <p class="field__hint">{t('action.hint.budget')}</p>
          <div class="inline-fields">
            <TextField
              name="budgetAmount"
              label={t('action.field.budgetAmount')}
              value={draft.budgetAmount}
              error={errors.budgetAmount}
              width="half"
            />
            <TextField
              name="currency"
              label={t('action.field.currency')}
              hint={t('action.hint.currency')}
              value={draft.currency}
              error={errors.currency}
              width="short"
              maxLength={3}
            />
          </div>
        </fieldset>
        <TextField
          name="fundingSource"
          label={t('action.field.fundingSource')}
          hint={t('action.hint.fundingSource')}
          value={draft.fundingSource}
          error={errors.fundingSource}
          optional
          maxLength={LIMITS.fundingSource}
        />
        <SelectField
          name="status"
          label={t('action.field.status')}
          value={draft.status}
          error={errors.status}
          options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`action.status.${s}`) }))}
        />
        <TextField
          name="progress"
          label={t('action.field.progress')}
          hint={t('action.hint.progress')}
          value={draft.progress}
          error={errors.progress}
          width="short"
        />
        <SelectField
          name="stage"
          label={t('action.field.stage')}
          hint={t('action.hint.stage')}
          value={draft.stage}
          error={errors.stage}
          placeholder={t('action.form.noStage')}
          options={STAGE_KEYS.map((s) => ({ value: s, label: t(`monitoring.stage.${s}`) }))}
          optional
        />
        {terms.length > 0 ? <TagPicker terms={terms} selected={draft.tags} error={errors.tags} /> : null}
        <div class="field checkbox">
          <input
            type="checkbox"
            id="sharedWithPair"
            name="sharedWithPair"
            value="1"
            checked={draft.sharedWithPair}
          />
          <label for="sharedWithPair">{t('action.field.sharedWithPair')}</label>
        </div>
        <div class="button-group">
          <Button>{mode === 'create' ? t('action.form.create') : t('action.form.save')}</Button>
          <a href={cancelHref}>{t('monitoring.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}
