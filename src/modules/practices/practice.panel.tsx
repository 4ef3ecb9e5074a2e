import type { CorridorPanelProvider, CountryPanelProvider } from '../../module-kit/manifest.ts';
import { useT } from '../../web/view-context.ts';
import { listCatalogue } from './practice.catalogue.ts';
import { presentPracticeSummary } from './practice.presenter.ts';
import type { PracticeListRow } from './practice.repository.ts';
import { PracticeItem } from './practice.views.tsx';

function Panel({ rows, href }: { rows: PracticeListRow[]; href: string }) {
  const i18n = useT();
  return (
    <section aria-labelledby="practices-panel">
      <h2 id="practices-panel">{i18n.t('practice.list.title')}</h2>
      <ul class="item-list">
        {rows.slice(0, 10).map((r) => (
          <PracticeItem practice={presentPracticeSummary(r, i18n)} />
        ))}
      </ul>
      {rows.length > 10 ? (
        <p>
          <a href={href}>{i18n.t('practice.panel.all')}</a>
        </p>
      ) : null}
    </section>
  );
}

/** Published practices in a country, newest first, for its page. */
export const practiceCountryPanel: CountryPanelProvider = async (db, country) => {
  const rows = await listCatalogue(db.kysely, { country: country.alpha3 }, { limit: 11 });
  return rows.length === 0
    ? null
    : { order: 55, node: <Panel rows={rows} href={`/practices?country=${country.alpha3}`} /> };
};

/** Published practices serving a corridor, for the corridor explorer. */
export const practiceCorridorPanel: CorridorPanelProvider = async (db, corridor) => {
  const rows = await listCatalogue(
    db.kysely,
    { origin: corridor.origin, destination: corridor.destination },
    { limit: 11 },
  );
  return rows.length === 0
    ? null
    : {
        order: 55,
        node: (
          <Panel
            rows={rows}
            href={`/practices?origin=${corridor.origin}&destination=${corridor.destination}`}
          />
        ),
      };
};
