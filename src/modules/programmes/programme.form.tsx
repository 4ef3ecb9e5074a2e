import { DateInput } from '../../web/components/date-input.tsx';
import { SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import { BLANK_ROWS } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { CountryCheckboxes } from './country-checkboxes.tsx';
import type { CountryChoice } from './country-choices.ts';
import { LIMITS, type ProgrammeDraft } from './programme.schema.ts';
import { LESSON_THEMES, PARTICIPANT_ROLES, PROGRAMME_STATUSES } from './programme.table.ts';
import { RecordFormPage, type RecordFrame, useDateLabels } from './record-form-page.tsx';

/** The order of fields on the form, which is also the order of the error summary. */
export const PROGRAMME_FIELDS = [
  'title',
  'shortName',
  'summary',
  'status',
  'startDate',
  'endDate',
  'budgetAmount',
  'currency',
  'leadOrganisation',
  'participants',
  'countries',
  'outputs',
  'lessons',
];

export function ProgrammeFormPage({
  draft,
  countries,
  ...frame
}: RecordFrame & { draft: ProgrammeDraft; countries: CountryChoice[] }) {
  const { errors } = frame;
  const { t } = useT();
  const dateLabels = useDateLabels();
  const participantRows = [...draft.participants, ...Array(BLANK_ROWS).fill({ organisation: '', role: '' })];
  const outputRows = [...draft.outputs, ...Array(BLANK_ROWS).fill('')];
  const lessonRows = [...draft.lessons, ...Array(BLANK_ROWS).fill({ label: '', text: '', theme: '' })];
  return (
    <RecordFormPage prefix="programme" listHref="/programmes" recordTitle={draft.title} {...frame}>
      <h2>{t('programme.form.about')}</h2>
      <TextField
        name="title"
        label={t('programme.field.title')}
        value={draft.title}
        error={errors.title}
        maxLength={LIMITS.title}
      />
      <TextField
        name="shortName"
        label={t('programme.field.shortName')}
        hint={t('programme.hint.shortName')}
        value={draft.shortName}
        error={errors.shortName}
        optional
        width="half"
      />
      <TextArea
        name="summary"
        label={t('programme.field.summary')}
        hint={t('programme.hint.summary')}
        value={draft.summary}
        error={errors.summary}
        optional
        rows={6}
      />
      <SelectField
        name="status"
        label={t('programme.field.status')}
        value={draft.status}
        error={errors.status}
        options={PROGRAMME_STATUSES.map((s) => ({ value: s, label: t(`programme.status.${s}`) }))}
      />
      <DateInput
        name="startDate"
        legend={t('programme.field.startDate')}
        hint={t('programme.hint.date')}
        value={draft.startDate}
        error={errors.startDate}
        labels={dateLabels}
        optional
      />
      <DateInput
        name="endDate"
        legend={t('programme.field.endDate')}
        hint={t('programme.hint.date')}
        value={draft.endDate}
        error={errors.endDate}
        labels={dateLabels}
        optional
      />
      <fieldset class="field">
        <legend class="field__label">
          {t('programme.field.budget')} <span class="field__optional">{t('form.optional')}</span>
        </legend>
        <p class="field__hint">{t('programme.hint.budget')}</p>
        <div class="inline-fields">
          <TextField
            name="budgetAmount"
            label={t('programme.field.budgetAmount')}
            value={draft.budgetAmount}
            error={errors.budgetAmount}
            width="half"
          />
          <TextField
            name="currency"
            label={t('programme.field.currency')}
            hint={t('programme.hint.currency')}
            value={draft.currency}
            error={errors.currency}
            width="short"
            maxLength={3}
          />
        </div>
      </fieldset>

      <h2>{t('programme.form.organisations')}</h2>
      <TextField
        name="leadOrganisation"
        label={t('programme.field.lead')}
        hint={t('programme.hint.organisation')}
        value={draft.leadOrganisation}
        error={errors.leadOrganisation}
      />
      <p class="field__hint">{t('programme.hint.participants', { count: BLANK_ROWS })}</p>
      {participantRows.map((row, i) => (
        <fieldset class="row-group">
          <legend>{t('programme.form.participant', { number: i + 1 })}</legend>
          <TextField
            name={`participants.${i}.organisation`}
            label={t('programme.field.organisation')}
            value={row.organisation}
            error={errors[`participants.${i}.organisation`]}
          />
          <SelectField
            name={`participants.${i}.role`}
            label={t('programme.field.role')}
            value={row.role}
            error={errors[`participants.${i}.role`]}
            placeholder={t('programme.form.chooseRole')}
            options={PARTICIPANT_ROLES.map((r) => ({ value: r, label: t(`programme.role.${r}`) }))}
          />
        </fieldset>
      ))}

      <CountryCheckboxes
        name="countries"
        legend={t('programme.field.countries')}
        hint={t('programme.hint.countries')}
        error={errors.countries}
        choices={countries}
        selected={draft.countries}
      />

      <h2>{t('programme.outputs')}</h2>
      <p class="field__hint">{t('programme.hint.outputs', { count: BLANK_ROWS })}</p>
      {outputRows.map((text, i) => (
        <TextArea
          name={`outputs.${i}`}
          label={t('programme.form.output', { number: i + 1 })}
          value={text}
          error={errors[`outputs.${i}`]}
          rows={3}
        />
      ))}

      <h2>{t('programme.lessons')}</h2>
      <p class="field__hint">{t('programme.hint.lessons', { count: BLANK_ROWS })}</p>
      {lessonRows.map((row, i) => (
        <fieldset class="row-group">
          <legend>{t('programme.form.lesson', { number: i + 1 })}</legend>
          <TextField
            name={`lessons.${i}.label`}
            label={t('lesson.field.label')}
            hint={t('lesson.hint.label')}
            value={row.label}
            error={errors[`lessons.${i}.label`]}
            width="short"
            maxLength={LIMITS.lessonLabel}
          />
          <TextArea
            name={`lessons.${i}.text`}
            label={t('lesson.field.text')}
            value={row.text}
            error={errors[`lessons.${i}.text`]}
            rows={3}
          />
          <SelectField
            name={`lessons.${i}.theme`}
            label={t('lesson.field.theme')}
            value={row.theme}
            error={errors[`lessons.${i}.theme`]}
            placeholder={t('lesson.theme.none')}
            options={LESSON_THEMES.map((theme) => ({ value: theme, label: t(`lesson.theme.${theme}`) }))}
            optional
          />
        </fieldset>
      ))}
    </RecordFormPage>
  );
}
