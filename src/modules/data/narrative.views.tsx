import { Button, ErrorSummary, Form, SelectField, TextField } from '../../web/components/form.tsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { ConflictNotice, type FieldErrors } from '../../web/form/index.ts';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import { NarrativeText } from './profile.views.tsx';

/** One saved version of a narrative, as the history page shows it. */
export interface HistoryEntry {
  version: number;
  body: string;
  lang: string;
  createdAt: string;
  author: string | null;
  revertedFrom: number | null;
}

/** Every version of a narrative, newest first, each older one with a "restore" button. */
export function NarrativeHistoryPage({
  alpha3,
  name,
  entries,
  canRevert,
  conflict,
}: {
  alpha3: string;
  name: string;
  entries: HistoryEntry[];
  canRevert: boolean;
  conflict: boolean;
}) {
  const i18n = useT();
  const { t } = i18n;
  const profile = `/countries/${alpha3}/profile`;
  const current = entries[0]?.version ?? 0;
  return (
    <Layout
      title={t('data.history.title', { country: name })}
      breadcrumbs={[
        { label: t('data.crumb.countries'), href: '/countries' },
        { label: name, href: `/countries/${alpha3}` },
        { label: t('data.profile.heading'), href: profile },
        { label: t('data.history.heading') },
      ]}
    >
      <PageHeading caption={name} title={t('data.history.heading')} lead={t('data.history.lead')} />
      {conflict ? <ConflictNotice messageKey="data.history.conflict" /> : null}
      {entries.length === 0 ? <p class="muted">{t('data.history.empty')}</p> : null}
      {entries.map((entry) => (
        <section class="narrative" aria-labelledby={`version-${entry.version}`}>
          <h2 id={`version-${entry.version}`}>
            {t('data.history.version', { version: entry.version })}
            {entry.version === current ? ` · ${t('data.history.current')}` : ''}
          </h2>
          <p class="muted small">
            {entry.author
              ? t('data.history.by', { date: i18n.dateTime(entry.createdAt), name: entry.author })
              : t('data.history.byUnknown', { date: i18n.dateTime(entry.createdAt) })}
            {entry.revertedFrom !== null
              ? ` ${t('data.history.restoredFrom', { version: entry.revertedFrom })}`
              : ''}
          </p>
          <NarrativeText narrative={{ ...entry, updatedAt: entry.createdAt, updatedBy: entry.author }} />
          {canRevert && entry.version !== current ? (
            <Form action={`${profile}/narrative/history/${entry.version}/revert`}>
              <input type="hidden" name="current" value={String(current)} />
              <Button kind="secondary">{t('data.history.revert', { version: entry.version })}</Button>
            </Form>
          ) : null}
        </section>
      ))}
    </Layout>
  );
}

/** One grant on the country editors page. */
export interface EditorEntry {
  id: string;
  country: string;
  alpha3: string;
  name: string;
  email: string;
  grantedAt: string;
  grantedBy: string | null;
}

/** Administrators' and moderators' page: who writes which country's narrative, and a form to name one. */
export function CountryEditorsPage({
  editors,
  countries,
  values,
  errors,
}: {
  editors: EditorEntry[];
  countries: { value: string; label: string }[];
  values: { country?: string; email?: string };
  errors: FieldErrors;
}) {
  const i18n = useT();
  const { t } = i18n;
  return (
    <Layout title={t('data.editors.title')} breadcrumbs={[{ label: t('data.editors.title') }]}>
      <PageHeading title={t('data.editors.title')} lead={t('data.editors.lead')} />
      <ErrorSummary errors={errors} />
      {editors.length === 0 ? (
        <p class="muted">{t('data.editors.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('data.editors.country')}</th>
                <th scope="col">{t('data.editors.person')}</th>
                <th scope="col">{t('data.editors.granted')}</th>
                <th scope="col">{t('data.editors.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {editors.map((e) => (
                <tr>
                  <td>
                    <a href={`/countries/${e.alpha3}/profile`}>{e.country}</a>
                  </td>
                  <th scope="row">
                    {e.name} <span class="muted">({e.email})</span>
                  </th>
                  <td>
                    {e.grantedBy
                      ? t('data.editors.grantedBy', { date: i18n.date(e.grantedAt), name: e.grantedBy })
                      : i18n.date(e.grantedAt)}
                  </td>
                  <td>
                    <Form action={`/country-editors/${e.id}/revoke`} class="inline-form">
                      <button
                        type="submit"
                        class="button button--warning"
                        aria-label={t('data.editors.revoke', { name: e.name, country: e.country })}
                      >
                        {t('data.editors.revokeShort')}
                      </button>
                    </Form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('data.editors.add')}</h2>
      <Form action="/country-editors">
        <SelectField
          name="country"
          label={t('data.editors.country')}
          value={values.country}
          error={errors.country}
          placeholder={t('data.editors.choose')}
          options={countries}
        />
        <TextField
          name="email"
          type="email"
          label={t('data.editors.email')}
          value={values.email}
          error={errors.email}
          autocomplete="off"
        />
        <Button>{t('data.editors.submit')}</Button>
      </Form>
    </Layout>
  );
}
