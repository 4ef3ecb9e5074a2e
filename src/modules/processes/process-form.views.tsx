import { Button, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import type { FieldErrors } from '../../web/form/index.ts';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import { TagPicker, type TermRecord } from '../taxonomy/index.ts';
import type { Process } from './process.presenter.ts';
import type { OrganisationChoice } from './process.repository.ts';
import { LIMITS } from './process.schema.ts';
import { AREA_LEVELS, type AreaRow } from './process.table.ts';
import { frameOf, ProcessFrame } from './process-frame.tsx';

/** What the process form needs to offer its choices. */
export interface ProcessFormChoices {
  countries: { alpha3: string; name: string }[];
  areas: AreaRow[];
  organisations: OrganisationChoice[];
  terms: TermRecord[];
}

export interface ProcessFormState {
  values: Record<string, string>;
  tags: string[];
  errors: FieldErrors;
}

/** Radio buttons in a fieldset, with the legend as the question. */
export function Radios({
  name,
  legend,
  hint,
  options,
  value,
  error,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string; hint?: string }[];
  value?: string;
  error?: string;
}) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <fieldset
        class="radios"
        id={name}
        aria-describedby={error ? `${name}-error` : hint ? `${name}-hint` : undefined}
      >
        <legend class="field__label">{legend}</legend>
        {hint ? (
          <p class="field__hint" id={`${name}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p class="field__error" id={`${name}-error`}>
            {error}
          </p>
        ) : null}
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div class="radios__item">
              <input type="radio" id={id} name={name} value={option.value} checked={option.value === value} />
              <label for={id}>
                {option.label}
                {option.hint ? <span class="radios__hint">{option.hint}</span> : null}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

/** The area picker: an existing area of the country, or a new one typed in with its level and parent. */
function AreaFields({
  choices,
  values,
  errors,
}: {
  choices: ProcessFormChoices;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const { t } = useT();
  const byCountry = new Map<string, AreaRow[]>();
  for (const area of choices.areas)
    byCountry.set(area.country_alpha3, [...(byCountry.get(area.country_alpha3) ?? []), area]);
  const countryName = new Map(choices.countries.map((c) => [c.alpha3, c.name]));
  const groups = [...byCountry.entries()].sort((a, b) =>
    (countryName.get(a[0]) ?? a[0]).localeCompare(countryName.get(b[0]) ?? b[0]),
  );
  const areaOptions = (name: string, selected: string | undefined) => (
    <select class="input" id={name} name={name} aria-invalid={errors[name] ? 'true' : undefined}>
      <option value="">{t('process.field.areaNone')}</option>
      {groups.map(([alpha3, areas]) => (
        <optgroup label={countryName.get(alpha3) ?? alpha3}>
          {areas.map((area) => (
            <option value={area.id} selected={area.id === selected}>
              {area.name} ({t(`process.areaLevel.${area.level}`)})
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
  return (
    <fieldset class="form-group">
      <legend class="form-group__legend">
        {t('process.field.area')} <span class="field__optional">{t('form.optional')}</span>
      </legend>
      <p class="field__hint">{t('process.field.areaHint')}</p>
      <div class={errors.areaId ? 'field field--error' : 'field'}>
        <label class="field__label" for="areaId">
          {t('process.field.areaExisting')}
        </label>
        {errors.areaId ? (
          <p class="field__error" id="areaId-error">
            {errors.areaId}
          </p>
        ) : null}
        {areaOptions('areaId', values.areaId)}
      </div>
      <details
        class="reveal"
        open={
          Boolean(
            values.newAreaName || errors.newAreaName || errors.newAreaLevel || errors.newAreaParentId,
          ) || undefined
        }
      >
        <summary>{t('process.field.newArea')}</summary>
        <TextField
          name="newAreaName"
          label={t('process.field.newAreaName')}
          hint={t('process.field.newAreaNameHint')}
          value={values.newAreaName}
          error={errors.newAreaName}
          maxLength={LIMITS.title}
        />
        <SelectField
          name="newAreaLevel"
          label={t('process.field.newAreaLevel')}
          value={values.newAreaLevel}
          error={errors.newAreaLevel}
          placeholder={t('process.field.choose')}
          options={AREA_LEVELS.map((level) => ({ value: level, label: t(`process.areaLevel.${level}`) }))}
        />
        <div class={errors.newAreaParentId ? 'field field--error' : 'field'}>
          <label class="field__label" for="newAreaParentId">
            {t('process.field.newAreaParent')} <span class="field__optional">{t('form.optional')}</span>
          </label>
          <p class="field__hint">{t('process.field.newAreaParentHint')}</p>
          {errors.newAreaParentId ? (
            <p class="field__error" id="newAreaParentId-error">
              {errors.newAreaParentId}
            </p>
          ) : null}
          {areaOptions('newAreaParentId', values.newAreaParentId)}
        </div>
      </details>
    </fieldset>
  );
}

/** The fields of a process, shared by the create and settings forms. */
function ProcessFields({
  choices,
  values,
  tags,
  errors,
}: ProcessFormState & { choices: ProcessFormChoices }) {
  const { t } = useT();
  return (
    <>
      <TextField
        name="title"
        label={t('process.field.title')}
        hint={t('process.field.titleHint')}
        value={values.title}
        error={errors.title}
        maxLength={LIMITS.title}
      />
      <SelectField
        name="countryAlpha3"
        label={t('process.field.country')}
        value={values.countryAlpha3}
        error={errors.countryAlpha3}
        placeholder={t('process.field.choose')}
        options={choices.countries.map((c) => ({ value: c.alpha3, label: c.name }))}
      />
      <AreaFields choices={choices} values={values} errors={errors} />
      <TextField
        name="planName"
        label={t('process.field.planName')}
        hint={t('process.field.planNameHint')}
        value={values.planName}
        error={errors.planName}
        maxLength={LIMITS.title}
      />
      <fieldset class="form-group" aria-describedby="period-hint">
        <legend class="form-group__legend">
          {t('process.field.period')} <span class="field__optional">{t('form.optional')}</span>
        </legend>
        <p class="field__hint" id="period-hint">
          {t('process.field.periodEndHint')}
        </p>
        <div class="date-pair">
          <TextField
            name="periodStart"
            type="date"
            label={t('process.field.periodStart')}
            value={values.periodStart}
            error={errors.periodStart}
            width="half"
          />
          <TextField
            name="periodEnd"
            type="date"
            label={t('process.field.periodEnd')}
            value={values.periodEnd}
            error={errors.periodEnd}
            width="half"
          />
        </div>
      </fieldset>
      <SelectField
        name="leadOrganisationId"
        label={t('process.field.lead')}
        hint={t('process.field.leadHint')}
        optional
        value={values.leadOrganisationId}
        error={errors.leadOrganisationId}
        placeholder={t('process.field.none')}
        options={choices.organisations.map((o) => ({
          value: o.id,
          label: o.acronym ? `${o.name} (${o.acronym})` : o.name,
        }))}
      />
      <Radios
        name="visibility"
        legend={t('process.field.visibility')}
        value={values.visibility ?? 'public'}
        error={errors.visibility}
        options={[
          {
            value: 'public',
            label: t('process.visibility.public'),
            hint: t('process.visibility.publicHint'),
          },
          {
            value: 'private',
            label: t('process.visibility.private'),
            hint: t('process.visibility.privateHint'),
          },
        ]}
      />
      <TextArea
        name="summary"
        label={t('process.field.summary')}
        hint={t('process.field.summaryHint')}
        optional
        value={values.summary}
        error={errors.summary}
        maxLength={LIMITS.text}
        rows={6}
      />
      <TagPicker terms={choices.terms} selected={tags} error={errors.tags} />
    </>
  );
}

export function NewProcessPage({ choices, ...state }: ProcessFormState & { choices: ProcessFormChoices }) {
  const { t } = useT();
  const title = t('process.new.title');
  return (
    <Layout
      title={title}
      breadcrumbs={[{ label: t('process.list.title'), href: '/processes' }, { label: title }]}
    >
      <ErrorSummary errors={state.errors} />
      <PageHeading title={title} lead={t('process.new.lead')} />
      <Form action="/processes">
        <ProcessFields choices={choices} {...state} />
        <div class="button-group">
          <Button>{t('process.new.submit')}</Button>
          <a href="/processes">{t('process.cancel')}</a>
        </div>
      </Form>
    </Layout>
  );
}

export function ProcessSettingsPage({
  process,
  choices,
  version,
  ...state
}: ProcessFormState & {
  process: Process;
  choices: ProcessFormChoices;
  version: number;
}) {
  const { t } = useT();
  return (
    <ProcessFrame process={frameOf(process, t)} active="settings">
      <ErrorSummary errors={state.errors} />
      <Form action={`/processes/${process.id}/settings`}>
        <input type="hidden" name="version" value={String(version)} />
        <ProcessFields choices={choices} {...state} />
        <div class="button-group">
          <Button>{t('process.settings.submit')}</Button>
          <a href={`/processes/${process.id}`}>{t('process.cancel')}</a>
        </div>
      </Form>
    </ProcessFrame>
  );
}

/** The form values of an existing process. */
export function processValues(process: Process): ProcessFormState['values'] {
  return {
    title: process.title,
    countryAlpha3: process.country.alpha3,
    areaId: process.area?.id ?? '',
    planName: process.planName,
    periodStart: process.periodStart ?? '',
    periodEnd: process.periodEnd ?? '',
    leadOrganisationId: process.leadOrganisation?.id ?? '',
    visibility: process.visibility,
    summary: process.summary ?? '',
  };
}
