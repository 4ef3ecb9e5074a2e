import { Button, ErrorSummary, Form, SelectField, TextArea, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { ConflictNotice, type FieldErrors } from '../../web/form/index.ts';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { Organisation } from './organisation.presenter.ts';
import { CountryCell, useTypeOptions } from './organisation.views.tsx';

/** The form's values as typed (strings), so a re-rendered form keeps exactly what the user wrote. */
export type OrganisationFormValues = Partial<
  Record<'name' | 'acronym' | 'type' | 'country' | 'website' | 'description', string>
>;

export function formValuesOf(o: Organisation): OrganisationFormValues {
  return {
    name: o.name,
    acronym: o.acronym ?? '',
    type: o.type,
    country: o.country ?? '',
    website: o.website ?? '',
    description: o.description ?? '',
  };
}

/** The version saved by someone else, shown beside the user's kept text after a conflict. */
function TheirVersion({ organisation: o }: { organisation: Organisation }) {
  const { t } = useT();
  return (
    <details class="org-their-version" open>
      <summary>{t('org.edit.theirVersion')}</summary>
      <dl class="details">
        <dt>{t('org.field.name')}</dt>
        <dd>
          <bdi>{o.name}</bdi>
        </dd>
        <dt>{t('org.field.acronym')}</dt>
        <dd>{o.acronym ? <bdi>{o.acronym}</bdi> : '—'}</dd>
        <dt>{t('org.field.type')}</dt>
        <dd>{o.typeLabel}</dd>
        <dt>{t('org.field.country')}</dt>
        <dd>
          <CountryCell organisation={o} />
        </dd>
        <dt>{t('org.field.website')}</dt>
        <dd class="ltr">{o.website ?? '—'}</dd>
        <dt>{t('org.field.description')}</dt>
        <dd class="org-description">{o.description ?? '—'}</dd>
      </dl>
    </details>
  );
}

export interface OrganisationFormProps {
  /** Absent when adding a new organisation. */
  organisation?: Organisation;
  values: OrganisationFormValues;
  errors: FieldErrors;
  countryOptions: { value: string; label: string }[];
  /** The version the next save is based on (edit only). */
  version?: number;
  /** Set after a stale save: the version now stored. */
  conflict?: Organisation;
}

export function OrganisationFormPage(props: OrganisationFormProps) {
  const { organisation, values, errors, countryOptions, version, conflict } = props;
  const { t } = useT();
  const editing = organisation !== undefined;
  const title = editing ? t('org.edit.title') : t('org.new.title');
  const crumbs = editing
    ? [
        { label: t('org.list.title'), href: '/organisations' },
        { label: organisation.name, href: `/organisations/${organisation.id}` },
        { label: title },
      ]
    : [{ label: t('org.list.title'), href: '/organisations' }, { label: title }];
  return (
    <Layout title={editing ? `${title}: ${organisation.name}` : title} breadcrumbs={crumbs}>
      <PageHeading
        caption={organisation?.name}
        title={title}
        lead={editing ? undefined : t('org.new.lead')}
      />
      {conflict ? <ConflictNotice /> : null}
      <ErrorSummary errors={errors} />
      {conflict ? <TheirVersion organisation={conflict} /> : null}
      <Form
        action={editing ? `/organisations/${organisation.id}/edit` : '/organisations'}
        class="form org-form"
      >
        {version !== undefined ? <input type="hidden" name="version" value={String(version)} /> : null}
        <TextField
          name="name"
          label={t('org.field.name')}
          hint={t('org.field.name.hint')}
          value={values.name}
          error={errors.name}
          maxLength={200}
        />
        <TextField
          name="acronym"
          label={t('org.field.acronym')}
          hint={t('org.field.acronym.hint')}
          value={values.acronym}
          error={errors.acronym}
          optional
          maxLength={20}
          width="short"
        />
        <SelectField
          name="type"
          label={t('org.field.type')}
          value={values.type}
          error={errors.type}
          options={useTypeOptions()}
          placeholder={t('org.field.type.placeholder')}
        />
        <SelectField
          name="country"
          label={t('org.field.country')}
          hint={t('org.field.country.hint')}
          value={values.country}
          error={errors.country}
          options={countryOptions}
          placeholder={t('org.field.country.placeholder')}
          optional
        />
        <TextField
          name="website"
          type="url"
          label={t('org.field.website')}
          hint={t('org.field.website.hint')}
          value={values.website}
          error={errors.website}
          optional
          maxLength={500}
          autocomplete="url"
        />
        <TextArea
          name="description"
          label={t('org.field.description')}
          hint={t('org.field.description.hint')}
          value={values.description}
          error={errors.description}
          optional
          rows={8}
          maxLength={5000}
        />
        <div class="button-group">
          <Button>{editing ? t('org.edit.submit') : t('org.new.submit')}</Button>
          <a href={editing ? `/organisations/${organisation.id}` : '/organisations'}>
            {t('org.edit.cancel')}
          </a>
        </div>
      </Form>
    </Layout>
  );
}
