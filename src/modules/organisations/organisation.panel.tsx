import type { CountryPanelProvider } from '../../module-kit/manifest.ts';
import { Tag } from '../../web/components/tag.tsx';
import { useT } from '../../web/view-context.ts';
import { countOrganisations, listOrganisationsInCountry } from './organisation.repository.ts';
import type { OrganisationRow } from './organisation.table.ts';
import { directoryHref } from './organisation.views.tsx';

const PANEL_SIZE = 10;

function CountryOrganisations({
  alpha2,
  alpha3,
  rows,
  total,
}: {
  alpha2: string;
  alpha3: string;
  rows: OrganisationRow[];
  total: number;
}) {
  const i18n = useT();
  const { t } = i18n;
  const country = i18n.countryName(alpha2) ?? alpha3;
  return (
    <section aria-labelledby="org-panel-heading" class="org-panel">
      <h2 id="org-panel-heading">{t('org.panel.title')}</h2>
      <ul class="item-list">
        {rows.map((o) => (
          <li>
            <a href={`/organisations/${o.id}`}>
              <bdi>{o.name}</bdi>
            </a>{' '}
            <Tag label={t(`org.type.${o.type}`)} />
          </li>
        ))}
      </ul>
      <p>
        <a href={directoryHref({ country: alpha3 })}>{t('org.panel.all', { count: total, country })}</a>
      </p>
    </section>
  );
}

/** On a country page: the organisations based there (the first ten) and a link to all of them. */
export const organisationCountryPanel: CountryPanelProvider = async (db, country) => {
  const [rows, total] = await Promise.all([
    listOrganisationsInCountry(db.kysely, country.alpha3, PANEL_SIZE),
    countOrganisations(db.kysely, db.dialect, { country: country.alpha3 }),
  ]);
  if (rows.length === 0) return null;
  return {
    order: 30,
    node: <CountryOrganisations alpha2={country.alpha2} alpha3={country.alpha3} rows={rows} total={total} />,
  };
};
