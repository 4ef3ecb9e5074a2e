import { Button, SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import { BLANK_ROWS, type FieldErrors, FormPage } from '../../web/form/index.ts';
import { useT } from '../../web/view-context.ts';
import { TagPicker, type TermRecord } from '../taxonomy/index.ts';
import { PRACTICE_LIMITS, type PracticeDraft } from './practice.schema.ts';
import {
  GOVERNMENT_LEVELS,
  LINK_KINDS,
  LOCALES,
  PARTNER_ROLES,
  REPLICATION_PROGRESS,
} from './practice.table.ts';

/** The order of fields on the form, which is also the order of the error summary. */
export const PRACTICE_FIELDS = [
  'title',
  'summary',
  'locale',
  'translations',
  'organisations',
  'country',
  'region',
  'city',
  'level',
  'origin',
  'destination',
  'tags',
  'targetGroups',
  'startYear',
  'endYear',
  'budget',
  'currency',
  'funders',
  'activities',
  'results',
  'evidence',
  'links',
  'callId',
  'replicatesId',
  'replicationProgress',
];

export interface PracticeFormChoices {
  countries: { value: string; label: string }[];
  calls: { value: string; label: string }[];
  terms: TermRecord[];
}

function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div class="checkbox field">
      <input type="checkbox" id={name} name={name} value="yes" checked={checked} />
      <label for={name}>{label}</label>
    </div>
  );
}

export function PracticeFormPage({
  mode,
  action,
  draft,
  errors,
  version,
  conflict,
  recordId,
  choices,
}: {
  mode: 'create' | 'update';
  action: string;
  draft: PracticeDraft;
  errors: FieldErrors;
  version?: number;
  conflict?: boolean;
  recordId?: string;
  choices: PracticeFormChoices;
}) {
  const { t } = useT();
  const rows = <T,>(filled: T[], blank: T, count = BLANK_ROWS) => [...filled, ...Array(count).fill(blank)];
  const localeOptions = LOCALES.map((l) => ({ value: l, label: t(`practice.locale.${l}`) }));
  const title = t(mode === 'create' ? 'practice.form.createTitle' : 'practice.form.editTitle');
  return (
    <FormPage
      title={title}
      caption={mode === 'update' ? draft.title : undefined}
      breadcrumbs={[
        { label: t('practice.list.title'), href: '/practices' },
        ...(recordId ? [{ label: draft.title, href: `/practices/${recordId}` }] : []),
        { label: title },
      ]}
      action={action}
      errors={errors}
      version={version}
      conflict={conflict}
      savedHref={recordId ? `/practices/${recordId}` : undefined}
      wide
    >
      <h2>{t('practice.form.about')}</h2>
      <TextField
        name="title"
        label={t('practice.field.title')}
        value={draft.title}
        error={errors.title}
        maxLength={PRACTICE_LIMITS.title}
      />
      <TextArea
        name="summary"
        label={t('practice.field.summary')}
        hint={t('practice.hint.summary')}
        value={draft.summary}
        error={errors.summary}
        rows={5}
      />
      <SelectField
        name="locale"
        label={t('practice.field.locale')}
        hint={t('practice.hint.locale')}
        value={draft.locale}
        error={errors.locale}
        options={localeOptions}
      />
      <h3>{t('practice.form.translations')}</h3>
      <p class="field__hint">{t('practice.hint.translations')}</p>
      {rows(
        draft.translations,
        { locale: '', title: '', summary: '' },
        Math.max(0, 3 - draft.translations.length),
      ).map((row, i) => (
        <fieldset class="row-group">
          <legend>{t('practice.form.translation', { number: i + 1 })}</legend>
          <SelectField
            name={`translations.${i}.locale`}
            label={t('practice.field.locale')}
            value={row.locale}
            error={errors[`translations.${i}.locale`]}
            options={localeOptions}
          />
          <TextField
            name={`translations.${i}.title`}
            label={t('practice.field.title')}
            value={row.title}
            error={errors[`translations.${i}.title`]}
            optional
          />
          <TextArea
            name={`translations.${i}.summary`}
            label={t('practice.field.summary')}
            value={row.summary}
            error={errors[`translations.${i}.summary`]}
            optional
            rows={3}
          />
        </fieldset>
      ))}

      <h2>{t('practice.form.who')}</h2>
      <p class="field__hint">{t('practice.hint.organisations')}</p>
      {rows(draft.organisations, { organisation: '', role: '' }).map((row, i) => (
        <fieldset class="row-group">
          <legend>{t('practice.form.organisation', { number: i + 1 })}</legend>
          <TextField
            name={`organisations.${i}.organisation`}
            label={t('practice.field.organisation')}
            value={row.organisation}
            error={errors[`organisations.${i}.organisation`]}
          />
          <SelectField
            name={`organisations.${i}.role`}
            label={t('practice.field.role')}
            value={row.role}
            error={errors[`organisations.${i}.role`]}
            placeholder={t('practice.form.choose')}
            options={PARTNER_ROLES.map((r) => ({ value: r, label: t(`practice.partner.${r}`) }))}
          />
        </fieldset>
      ))}

      <h2>{t('practice.form.where')}</h2>
      <div class="inline-fields">
        <SelectField
          name="country"
          label={t('practice.field.country')}
          value={draft.country}
          error={errors.country}
          placeholder={t('practice.form.none')}
          options={choices.countries}
          optional
        />
        <TextField
          name="region"
          label={t('practice.field.region')}
          value={draft.region}
          error={errors.region}
          optional
          width="half"
        />
        <TextField
          name="city"
          label={t('practice.field.city')}
          value={draft.city}
          error={errors.city}
          optional
          width="half"
        />
      </div>
      <SelectField
        name="level"
        label={t('practice.field.level')}
        value={draft.level}
        error={errors.level}
        placeholder={t('practice.form.none')}
        options={GOVERNMENT_LEVELS.map((l) => ({ value: l, label: t(`practice.level.${l}`) }))}
        optional
      />
      <div class="inline-fields">
        <SelectField
          name="origin"
          label={t('practice.field.origin')}
          value={draft.origin}
          error={errors.origin}
          placeholder={t('practice.form.none')}
          options={choices.countries}
          optional
        />
        <SelectField
          name="destination"
          label={t('practice.field.destination')}
          value={draft.destination}
          error={errors.destination}
          placeholder={t('practice.form.none')}
          options={choices.countries}
          optional
        />
      </div>
      <TagPicker
        terms={choices.terms}
        selected={draft.tags}
        error={errors.tags}
        legend={t('practice.field.tags')}
        hint={t('practice.hint.tags')}
      />
      <TextField
        name="targetGroups"
        label={t('practice.field.targetGroups')}
        value={draft.targetGroups}
        error={errors.targetGroups}
        optional
      />

      <h2>{t('practice.form.means')}</h2>
      <div class="inline-fields">
        <TextField
          name="startYear"
          label={t('practice.field.startYear')}
          value={draft.startYear}
          error={errors.startYear}
          optional
          width="short"
        />
        <TextField
          name="endYear"
          label={t('practice.field.endYear')}
          value={draft.endYear}
          error={errors.endYear}
          optional
          width="short"
        />
      </div>
      <div class="inline-fields">
        <TextField
          name="budget"
          label={t('practice.field.budget')}
          value={draft.budget}
          error={errors.budget}
          optional
          width="half"
        />
        <TextField
          name="currency"
          label={t('practice.field.currency')}
          hint={t('practice.hint.currency')}
          value={draft.currency}
          error={errors.currency}
          optional
          width="short"
        />
      </div>
      <TextField
        name="funders"
        label={t('practice.field.funders')}
        value={draft.funders}
        error={errors.funders}
        optional
      />
      <TextArea
        name="activities"
        label={t('practice.field.activities')}
        value={draft.activities}
        error={errors.activities}
        optional
        rows={5}
      />
      <TextArea
        name="results"
        label={t('practice.field.results')}
        value={draft.results}
        error={errors.results}
        optional
        rows={5}
      />
      <h3>{t('practice.form.evidence')}</h3>
      <p class="field__hint">{t('practice.hint.evidence')}</p>
      {rows(draft.evidence, { label: '', figure: '', source: '' }).map((row, i) => (
        <fieldset class="row-group">
          <legend>{t('practice.form.evidenceRow', { number: i + 1 })}</legend>
          <TextField
            name={`evidence.${i}.label`}
            label={t('practice.field.evidenceLabel')}
            value={row.label}
            error={errors[`evidence.${i}.label`]}
          />
          <div class="inline-fields">
            <TextField
              name={`evidence.${i}.figure`}
              label={t('practice.field.figure')}
              value={row.figure}
              error={errors[`evidence.${i}.figure`]}
              optional
              width="half"
            />
            <TextField
              name={`evidence.${i}.source`}
              label={t('practice.field.source')}
              value={row.source}
              error={errors[`evidence.${i}.source`]}
              optional
              width="half"
            />
          </div>
        </fieldset>
      ))}
      <fieldset class="field">
        <legend class="field__label">{t('practice.field.institutionalised')}</legend>
        <Checkbox
          name="budgetLine"
          label={t('practice.inst.budgetLine')}
          checked={draft.budgetLine === 'yes'}
        />
        <Checkbox name="localLaw" label={t('practice.inst.localLaw')} checked={draft.localLaw === 'yes'} />
        <Checkbox name="plan" label={t('practice.inst.plan')} checked={draft.plan === 'yes'} />
      </fieldset>

      <h2>{t('practice.form.links')}</h2>
      <p class="field__hint">{t('practice.hint.links')}</p>
      {rows(draft.links, { kind: '', id: '' }, 2).map((row, i) => (
        <div class="inline-fields">
          <SelectField
            name={`links.${i}.kind`}
            label={t('practice.field.linkKind')}
            value={row.kind}
            error={errors[`links.${i}.kind`]}
            options={LINK_KINDS.map((k) => ({ value: k, label: t(`practice.link.${k}`) }))}
          />
          <TextField
            name={`links.${i}.id`}
            label={t('practice.field.linkId')}
            value={row.id}
            error={errors[`links.${i}.id`]}
            optional
            width="half"
          />
        </div>
      ))}
      <SelectField
        name="callId"
        label={t('practice.field.call')}
        hint={t('practice.hint.call')}
        value={draft.callId}
        error={errors.callId}
        placeholder={t('practice.form.noCall')}
        options={choices.calls}
        optional
      />
      <TextField
        name="replicatesId"
        label={t('practice.field.replicates')}
        hint={t('practice.hint.replicates')}
        value={draft.replicatesId}
        error={errors.replicatesId}
        optional
        width="half"
      />
      <SelectField
        name="replicationProgress"
        label={t('practice.field.progress')}
        value={draft.replicationProgress}
        error={errors.replicationProgress}
        placeholder={t('practice.form.none')}
        options={REPLICATION_PROGRESS.map((p) => ({ value: p, label: t(`practice.progress.${p}`) }))}
        optional
      />
      <div class="button-group">
        <Button>{t(mode === 'create' ? 'practice.form.create' : 'practice.form.save')}</Button>
      </div>
    </FormPage>
  );
}
