import { DateInput } from '../../web/components/date-input.tsx';
import { SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import { BLANK_ROWS } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { RecordFormPage, type RecordFrame, useDateLabels } from '../programmes/index.ts';
import { EVENT_LIMITS, type EventDraft } from './event.schema.ts';
import { EVENT_ITEM_TYPES, EVENT_KINDS, ORGANISER_ROLES } from './event.table.ts';

/** The order of fields on the form, which is also the order of the error summary. */
export const EVENT_FIELDS = [
  'title',
  'kind',
  'startDate',
  'endDate',
  'city',
  'country',
  'summary',
  'participantsCount',
  'organisers',
  'items',
  'programmeId',
  'parentEventId',
  'photoSubmissions',
  'videoSubmissions',
];

export interface EventFormChoices {
  countries: { value: string; label: string }[];
  programmes: { value: string; label: string }[];
  events: { value: string; label: string }[];
}

export function EventFormPage({
  draft,
  choices,
  ...frame
}: RecordFrame & { draft: EventDraft; choices: EventFormChoices }) {
  const { errors } = frame;
  const { t } = useT();
  const dateLabels = useDateLabels();
  const organiserRows = [...draft.organisers, ...Array(BLANK_ROWS).fill({ organisation: '', role: '' })];
  const itemRows = [...draft.items, ...Array(BLANK_ROWS).fill({ type: '', text: '' })];
  return (
    <RecordFormPage prefix="event" listHref="/events" recordTitle={draft.title} {...frame}>
      <h2>{t('event.form.about')}</h2>
      <TextField
        name="title"
        label={t('event.field.title')}
        value={draft.title}
        error={errors.title}
        maxLength={EVENT_LIMITS.title}
      />
      <SelectField
        name="kind"
        label={t('event.field.kind')}
        value={draft.kind}
        error={errors.kind}
        placeholder={t('event.form.chooseKind')}
        options={EVENT_KINDS.map((k) => ({ value: k, label: t(`event.kind.${k}`) }))}
      />
      <DateInput
        name="startDate"
        legend={t('event.field.startDate')}
        hint={t('event.hint.date')}
        value={draft.startDate}
        error={errors.startDate}
        labels={dateLabels}
      />
      <DateInput
        name="endDate"
        legend={t('event.field.endDate')}
        hint={t('event.hint.endDate')}
        value={draft.endDate}
        error={errors.endDate}
        labels={dateLabels}
        optional
      />
      <div class="inline-fields">
        <TextField
          name="city"
          label={t('event.field.city')}
          value={draft.city}
          error={errors.city}
          optional
          width="half"
          maxLength={EVENT_LIMITS.city}
        />
        <SelectField
          name="country"
          label={t('event.field.country')}
          value={draft.country}
          error={errors.country}
          placeholder={t('event.form.noCountry')}
          options={choices.countries}
          optional
        />
      </div>
      <TextArea
        name="summary"
        label={t('event.field.summary')}
        hint={t('event.hint.summary')}
        value={draft.summary}
        error={errors.summary}
        optional
        rows={6}
      />
      <TextField
        name="participantsCount"
        label={t('event.field.participants')}
        hint={t('event.hint.participants')}
        value={draft.participantsCount}
        error={errors.participantsCount}
        optional
        width="short"
      />
      <div class="checkbox field">
        <input
          type="checkbox"
          id="participantsApproximate"
          name="participantsApproximate"
          value="yes"
          checked={draft.participantsApproximate === 'yes'}
        />
        <label for="participantsApproximate">{t('event.field.approximate')}</label>
      </div>

      <h2>{t('event.form.organisers')}</h2>
      <p class="field__hint">{t('event.hint.organisers', { count: BLANK_ROWS })}</p>
      {organiserRows.map((row, i) => (
        <fieldset class="row-group">
          <legend>{t('event.form.organiser', { number: i + 1 })}</legend>
          <TextField
            name={`organisers.${i}.organisation`}
            label={t('programme.field.organisation')}
            value={row.organisation}
            error={errors[`organisers.${i}.organisation`]}
          />
          <SelectField
            name={`organisers.${i}.role`}
            label={t('programme.field.role')}
            value={row.role}
            error={errors[`organisers.${i}.role`]}
            placeholder={t('programme.form.chooseRole')}
            options={ORGANISER_ROLES.map((r) => ({ value: r, label: t(`event.role.${r}`) }))}
          />
        </fieldset>
      ))}

      <h2>{t('event.form.items')}</h2>
      <p class="field__hint">{t('event.hint.items', { count: BLANK_ROWS })}</p>
      {itemRows.map((row, i) => (
        <fieldset class="row-group">
          <legend>{t('event.form.item', { number: i + 1 })}</legend>
          <SelectField
            name={`items.${i}.type`}
            label={t('event.field.itemType')}
            value={row.type}
            error={errors[`items.${i}.type`]}
            placeholder={t('event.form.chooseItemType')}
            options={EVENT_ITEM_TYPES.map((type) => ({ value: type, label: t(`event.itemType.${type}`) }))}
          />
          <TextArea
            name={`items.${i}.text`}
            label={t('event.field.itemText')}
            value={row.text}
            error={errors[`items.${i}.text`]}
            rows={3}
          />
        </fieldset>
      ))}

      <h2>{t('event.form.links')}</h2>
      <SelectField
        name="programmeId"
        label={t('event.field.programme')}
        value={draft.programmeId}
        error={errors.programmeId}
        placeholder={t('event.form.noProgramme')}
        options={choices.programmes}
        optional
      />
      <SelectField
        name="parentEventId"
        label={t('event.field.parent')}
        hint={t('event.hint.parent')}
        value={draft.parentEventId}
        error={errors.parentEventId}
        placeholder={t('event.form.noParent')}
        options={choices.events}
        optional
      />
      <fieldset class="field">
        <legend class="field__label">
          {t('event.field.submissions')} <span class="field__optional">{t('form.optional')}</span>
        </legend>
        <p class="field__hint">{t('event.hint.submissions')}</p>
        <div class="inline-fields">
          <TextField
            name="photoSubmissions"
            label={t('event.field.photos')}
            value={draft.photoSubmissions}
            error={errors.photoSubmissions}
            width="short"
          />
          <TextField
            name="videoSubmissions"
            label={t('event.field.videos')}
            value={draft.videoSubmissions}
            error={errors.videoSubmissions}
            width="short"
          />
        </div>
      </fieldset>
    </RecordFormPage>
  );
}
