import { DateInput } from '../../web/components/date-input.tsx';
import { Button, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import { BLANK_ROWS, ConflictNotice, type FieldErrors } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { ProcessFrame, type ProcessSpace } from '../processes/index.ts';
import { TagPicker } from '../taxonomy/index.ts';
import { agesFor, sexesFor } from './indicator.rules.ts';
import type { IndicatorDraft, ValueDraft } from './indicator.schema.ts';
import { LIMITS } from './monitoring.limits.ts';
import { DIRECTIONS, DISAGGREGATIONS, type Disaggregation, INDICATOR_UNITS } from './monitoring.table.ts';
import type { TermRecord } from './monitoring.tags.ts';

/** The form for an indicator's definition, baseline and targets per year. */
export function IndicatorFormPage({
  context,
  mode,
  draft,
  errors,
  version,
  conflict,
  indicatorId,
  terms,
  hasValues,
}: {
  context: ProcessSpace;
  mode: 'create' | 'update';
  draft: IndicatorDraft;
  errors: FieldErrors;
  version?: number;
  conflict?: boolean;
  indicatorId?: string;
  terms: TermRecord[];
  hasValues?: boolean;
}) {
  const { t } = useT();
  const base = `/processes/${context.process.id}/indicators`;
  const title = mode === 'create' ? t('indicator.form.createTitle') : t('indicator.form.editTitle');
  const cancelHref = mode === 'create' ? base : `${base}/${indicatorId}`;
  const targetRows = [
    ...draft.targets,
    ...Array.from({ length: BLANK_ROWS }, () => ({ year: '', value: '' })),
  ];
  const period =
    context.process.period_start || context.process.period_end
      ? t('indicator.hint.processPeriod', {
          start: context.process.period_start ?? '…',
          end: context.process.period_end ?? '…',
        })
      : '';
  return (
    <ProcessFrame
      process={context.frame}
      active="indicators"
      title={title}
      trail={
        mode === 'update'
          ? [{ label: draft.name || t('indicator.caption'), href: cancelHref }, { label: title }]
          : [{ label: title }]
      }
    >
      {conflict ? <ConflictNotice savedHref={cancelHref} savedLabelKey="action.form.seeSaved" /> : null}
      <ErrorSummary errors={errors} />
      <Form action={mode === 'create' ? base : `${base}/${indicatorId}/edit`} class="form form--wide">
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        <TextField
          name="name"
          label={t('indicator.field.name')}
          hint={t('indicator.hint.name')}
          value={draft.name}
          error={errors.name}
          maxLength={LIMITS.indicatorName}
        />
        <TextArea
          name="definition"
          label={t('indicator.field.definition')}
          hint={t('indicator.hint.definition')}
          value={draft.definition}
          error={errors.definition}
          optional
          rows={3}
        />
        <SelectField
          name="unit"
          label={t('indicator.field.unit')}
          hint={hasValues ? t('indicator.hint.unitFixed') : undefined}
          value={draft.unit}
          error={errors.unit}
          placeholder={t('indicator.form.chooseUnit')}
          options={INDICATOR_UNITS.map((u) => ({ value: u, label: t(`indicator.unit.${u}`) }))}
        />
        <fieldset class="field" id="direction">
          <legend class="field__label">{t('indicator.field.direction')}</legend>
          {errors.direction ? <p class="field__error">{errors.direction}</p> : null}
          <ul class="choice-list">
            {DIRECTIONS.map((d) => (
              <li class="radios__item">
                <input
                  type="radio"
                  id={`direction-${d}`}
                  name="direction"
                  value={d}
                  checked={draft.direction === d}
                />
                <label for={`direction-${d}`}>{t(`indicator.direction.${d}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <SelectField
          name="disaggregation"
          label={t('indicator.field.disaggregation')}
          hint={t('indicator.hint.disaggregation')}
          value={draft.disaggregation}
          error={errors.disaggregation}
          options={DISAGGREGATIONS.map((d) => ({ value: d, label: t(`indicator.disaggregation.${d}`) }))}
        />
        <fieldset class="field">
          <legend class="field__label">
            {t('indicator.field.baseline')} <span class="field__optional">{t('form.optional')}</span>
          </legend>
          <p class="field__hint">{t('indicator.hint.baseline')}</p>
          <div class="inline-fields">
            <TextField
              name="baselineValue"
              label={t('indicator.field.value')}
              value={draft.baselineValue}
              error={errors.baselineValue}
              width="half"
            />
            <TextField
              name="baselineYear"
              label={t('indicator.year')}
              value={draft.baselineYear}
              error={errors.baselineYear}
              width="short"
              maxLength={4}
            />
          </div>
        </fieldset>
        <fieldset class="field" id="targets">
          <legend class="field__label">
            {t('indicator.targets')} <span class="field__optional">{t('form.optional')}</span>
          </legend>
          <p class="field__hint">
            {t('indicator.hint.targets', { count: BLANK_ROWS })} {period}
          </p>
          {errors.targets ? <p class="field__error">{errors.targets}</p> : null}
          {targetRows.map((row, i) => (
            <div class="inline-fields">
              <TextField
                name={`targets.${i}.year`}
                label={t('indicator.form.targetYear', { number: i + 1 })}
                value={row.year}
                error={errors[`targets.${i}.year`]}
                width="short"
                maxLength={4}
              />
              <TextField
                name={`targets.${i}.value`}
                label={t('indicator.form.targetValue', { number: i + 1 })}
                value={row.value}
                error={errors[`targets.${i}.value`]}
                width="half"
              />
            </div>
          ))}
        </fieldset>
        <TextField
          name="dataCode"
          label={t('indicator.field.dataCode')}
          hint={t('indicator.hint.dataCode')}
          value={draft.dataCode}
          error={errors.dataCode}
          optional
          width="half"
          maxLength={LIMITS.dataCode}
        />
        {terms.length > 0 ? <TagPicker terms={terms} selected={draft.tags} error={errors.tags} /> : null}
        <div class="button-group">
          <Button>{mode === 'create' ? t('indicator.form.create') : t('indicator.form.save')}</Button>
          <a href={cancelHref}>{t('monitoring.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}

/** The form to report a value (or change one: period and group then stay as they are). */
export function ValueFormPage({
  context,
  indicator,
  mode,
  draft,
  errors,
  version,
  conflict,
  valueId,
  locked,
}: {
  context: ProcessSpace;
  indicator: { id: string; name: string; unit: string; disaggregation: Disaggregation };
  mode: 'create' | 'update';
  draft: ValueDraft;
  errors: FieldErrors;
  version?: number;
  conflict?: boolean;
  valueId?: string;
  /** A year the value falls in that is locked: shown in words above the form. */
  locked?: number;
}) {
  const { t } = useT();
  const base = `/processes/${context.process.id}/indicators/${indicator.id}`;
  const title = mode === 'create' ? t('indicator.value.addTitle') : t('indicator.value.editTitle');
  const dateLabels = {
    day: t('monitoring.date.day'),
    month: t('monitoring.date.month'),
    year: t('monitoring.date.year'),
  };
  const sexes = sexesFor(indicator.disaggregation);
  const ages = agesFor(indicator.disaggregation);
  return (
    <ProcessFrame
      process={context.frame}
      active="indicators"
      title={title}
      trail={[{ label: indicator.name, href: base }, { label: title }]}
    >
      <p class="lead" dir="auto">
        {indicator.name} · {t(`indicator.unit.${indicator.unit}`)}
      </p>
      {locked !== undefined ? (
        <div class="notice notice--error" role="alert">
          <p>{t('indicator.error.locked', { year: locked })}</p>
        </div>
      ) : null}
      {conflict ? <ConflictNotice savedHref={base} savedLabelKey="action.form.seeSaved" /> : null}
      <ErrorSummary errors={errors} />
      <Form action={mode === 'create' ? `${base}/values` : `${base}/values/${valueId}/edit`}>
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        {mode === 'create' ? (
          <>
            <TextField
              name="period"
              label={t('indicator.field.period')}
              hint={t('indicator.hint.period')}
              value={draft.period}
              error={errors.period}
              width="short"
              maxLength={10}
            />
            {sexes.length > 1 ? (
              <SelectField
                name="sex"
                label={t('indicator.field.sex')}
                value={draft.sex}
                error={errors.sex}
                options={sexes.map((s) => ({ value: s, label: t(`indicator.sex.${s}`) }))}
              />
            ) : (
              <input type="hidden" name="sex" value="_T" />
            )}
            {ages.length > 1 ? (
              <SelectField
                name="age"
                label={t('indicator.field.age')}
                value={draft.age}
                error={errors.age}
                options={ages.map((a) => ({ value: a, label: t(`indicator.age.${a}`) }))}
              />
            ) : (
              <input type="hidden" name="age" value="_T" />
            )}
          </>
        ) : (
          <dl class="details">
            <dt>{t('indicator.field.period')}</dt>
            <dd>{draft.period}</dd>
            <dt>{t('indicator.field.group')}</dt>
            <dd>
              {[
                draft.sex !== '_T' ? t(`indicator.sex.${draft.sex}`) : '',
                draft.age !== '_T' ? t(`indicator.age.${draft.age}`) : '',
              ]
                .filter(Boolean)
                .join(', ') || t('indicator.sex._T')}
            </dd>
          </dl>
        )}
        <TextField
          name="value"
          label={t('indicator.field.value')}
          hint={t(`indicator.hint.value.${indicator.unit}`)}
          value={draft.value}
          error={errors.value}
          width="half"
        />
        <TextField
          name="source"
          label={t('indicator.field.source')}
          hint={t('indicator.hint.source')}
          value={draft.source}
          error={errors.source}
          optional
          maxLength={LIMITS.source}
        />
        <DateInput
          name="reportedOn"
          legend={t('indicator.field.reportedOn')}
          hint={t('indicator.hint.reportedOn')}
          value={draft.reportedOn}
          error={errors.reportedOn}
          labels={dateLabels}
        />
        <div class="button-group">
          <Button>{mode === 'create' ? t('indicator.value.save') : t('indicator.value.saveChange')}</Button>
          <a href={base}>{t('monitoring.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}
