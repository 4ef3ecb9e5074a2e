import type { Child } from 'hono/jsx';
import { PageHeading } from '../../web/components/page-heading.tsx';
import { Layout } from '../../web/layout.tsx';
import { useT } from '../../web/view-context.ts';
import type { Country } from './country.presenter.ts';
import { M49_REGIONS } from './m49.ts';

export function CountryListPage({
  countries,
  region,
  otherAreas = [],
}: {
  countries: Country[];
  region?: string;
  /** Areas outside ISO 3166 that publishers report (decision 39), named in the reader's language. */
  otherAreas?: { code: string; name: string }[];
}) {
  const i18n = useT();
  const { t } = i18n;
  const regionName = (code: string | undefined) => (code ? t(`region.${code}`) : t('region.none'));
  return (
    <Layout title={t('countries.title')} breadcrumbs={[{ label: t('countries.title') }]}>
      <PageHeading title={t('countries.title')} lead={t('countries.lead')} />
      <form method="get" action="/countries" class="filters">
        <div class="field">
          <label class="field__label" for="region">
            {t('countries.filter.region')}
          </label>
          <select class="input" id="region" name="region">
            <option value="">{t('countries.filter.all')}</option>
            {Object.values(M49_REGIONS).map((r) => (
              <option value={r.code} selected={r.code === region}>
                {t(`region.${r.code}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button--secondary">
          {t('countries.filter.apply')}
        </button>
      </form>
      <p class="muted">{t('countries.count', { count: countries.length })}</p>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('countries.col.name')}</th>
              <th scope="col">{t('countries.col.iso')}</th>
              <th scope="col" class="num hide-narrow">
                {t('countries.col.m49')}
              </th>
              <th scope="col">{t('countries.col.subregion')}</th>
            </tr>
          </thead>
          <tbody>
            {countries.map((c) => (
              <tr>
                <th scope="row">
                  <a href={`/countries/${c.alpha3}`}>{c.name}</a>
                </th>
                <td>
                  <bdi>{c.alpha3}</bdi>
                </td>
                <td class="num hide-narrow">{c.m49}</td>
                <td>{regionName(c.subregion?.code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {otherAreas.length > 0 ? (
        <section aria-labelledby="other-areas">
          <h2 id="other-areas">{t('countries.other.title')}</h2>
          <p>{t('countries.other.lead')}</p>
          <ul>
            {otherAreas.map((a) => (
              <li>
                <a href={`/countries/${a.code}/profile`}>{t('countries.other.profile', { area: a.name })}</a>{' '}
                <bdi class="muted">{a.code}</bdi>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

export function CountryPage({ country, panels }: { country: Country; panels: Child[] }) {
  const { t } = useT();
  return (
    <Layout
      title={country.name}
      breadcrumbs={[{ label: t('countries.title'), href: '/countries' }, { label: country.name }]}
    >
      <PageHeading
        title={country.name}
        caption={country.subregion ? t(`region.${country.subregion.code}`) : undefined}
      />
      {panels.length > 0 ? (
        panels
      ) : (
        <p class="empty-state">{t('country.nothingYet', { country: country.name })}</p>
      )}
      <h2>{t('country.about')}</h2>
      <dl class="details">
        <dt>{t('country.codes')}</dt>
        <dd>
          <bdi>
            {country.alpha3} · {country.alpha2} · M49 {country.m49}
          </bdi>
        </dd>
        <dt>{t('country.region')}</dt>
        <dd>{country.region ? t(`region.${country.region.code}`) : t('region.none')}</dd>
        <dt>{t('country.subregion')}</dt>
        <dd>{country.subregion ? t(`region.${country.subregion.code}`) : t('region.none')}</dd>
        <dt>{t('country.unMember')}</dt>
        <dd>{country.unMember ? t('country.yes') : t('country.no')}</dd>
      </dl>
    </Layout>
  );
}
